package org.paipmanager.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The key rules of the SDOH Clinical Care IG's referral pattern (Task for referral
 * management and ServiceRequest), checked on every Bundle before it is sent. The IG's own
 * package cannot be fetched here, so the HAPI validator checks the Bundle against base R4
 * and these rules stand in for the IG's profiles (ADR 0018). A minimum-necessary rule of
 * this program is added: the Patient carries no address, telecom or contact.
 */
final class SdohReferralRules {

	private SdohReferralRules() {
	}

	/** What breaks the rules; empty when the Bundle may be sent. */
	static List<String> problems(Bundle bundle) {
		List<String> problems = new ArrayList<>();
		if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
			problems.add("Bundle.type must be transaction");
		}
		Map<String, Resource> byUrl = bundle.getEntry()
			.stream()
			.collect(Collectors.toMap(Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource,
					(first, second) -> first));
		List<Task> tasks = ofType(bundle, Task.class);
		if (tasks.size() != 1) {
			problems.add("exactly one Task is required");
			return problems;
		}
		Task task = tasks.get(0);
		if (task.getIntent() != Task.TaskIntent.ORDER) {
			problems.add("Task.intent must be order");
		}
		if (task.getStatus() != Task.TaskStatus.REQUESTED) {
			problems.add("Task.status must be requested when sent");
		}
		if (!has(task.getCode().getCoding(), FhirReferralDocument.TASK_CODES, "fulfill")) {
			problems.add("Task.code must be task-code#fulfill");
		}
		if (!task.hasAuthoredOn()) {
			problems.add("Task.authoredOn is required");
		}
		ServiceRequest request = resolve(byUrl, task.getFocus(), ServiceRequest.class);
		Patient patient = resolve(byUrl, task.getFor(), Patient.class);
		if (request == null) {
			problems.add("Task.focus must reference the ServiceRequest in the Bundle");
		}
		if (patient == null) {
			problems.add("Task.for must reference the Patient in the Bundle");
		}
		if (resolve(byUrl, task.getOwner(), org.hl7.fhir.r4.model.Organization.class) == null) {
			problems.add("Task.owner must reference the performing Organization in the Bundle");
		}
		if (resolve(byUrl, task.getRequester(), org.hl7.fhir.r4.model.Organization.class) == null) {
			problems.add("Task.requester must reference the requesting Organization in the Bundle");
		}
		if (request != null) {
			if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE
					|| request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
				problems.add("ServiceRequest must be active with intent order");
			}
			if (request.getCategory()
				.stream()
				.noneMatch((category) -> category.getCoding()
					.stream()
					.anyMatch((coding) -> FhirReferralDocument.SDOHCC_CODES.equals(coding.getSystem())))) {
				problems.add("ServiceRequest.category must carry an SDOH category");
			}
			if (!request.hasCode()) {
				problems.add("ServiceRequest.code is required");
			}
			if (!request.getSubject().getReference().equals(task.getFor().getReference())) {
				problems.add("ServiceRequest.subject must be the Task's patient");
			}
			if (!request.getRequester().getReference().equals(task.getRequester().getReference())) {
				problems.add("ServiceRequest.requester must be the Task's requester");
			}
			if (request.getPerformer()
				.stream()
				.noneMatch((performer) -> performer.getReference().equals(task.getOwner().getReference()))) {
				problems.add("ServiceRequest.performer must include the Task's owner");
			}
			if (!request.hasReasonCode()) {
				problems.add("ServiceRequest.reasonCode is required");
			}
			for (Reference info : request.getSupportingInfo()) {
				if (!byUrl.containsKey(info.getReference())) {
					problems.add("ServiceRequest.supportingInfo must be in the Bundle");
				}
			}
		}
		if (patient != null && (patient.hasAddress() || patient.hasTelecom() || patient.hasContact()
				|| patient.hasPhoto() || patient.hasLink())) {
			problems.add("Patient must carry only the minimum that identifies the participant");
		}
		return problems;
	}

	private static boolean has(List<Coding> codings, String system, String code) {
		return codings.stream()
			.anyMatch((coding) -> system.equals(coding.getSystem()) && code.equals(coding.getCode()));
	}

	private static <T extends Resource> List<T> ofType(Bundle bundle, Class<T> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static <T extends Resource> T resolve(Map<String, Resource> byUrl, Reference reference, Class<T> type) {
		Resource resource = (reference.getReference() != null) ? byUrl.get(reference.getReference()) : null;
		return type.isInstance(resource) ? type.cast(resource) : null;
	}

}
