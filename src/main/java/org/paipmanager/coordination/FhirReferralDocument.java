package org.paipmanager.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

import org.paipmanager.participant.Gender;

/**
 * A referral as HL7 FHIR R4 resources in the pattern of the SDOH Clinical Care IG: a Task
 * (intent order, code fulfill, status requested) whose focus is the ServiceRequest, owned
 * by the partner Organization and requested by the program's Organization; the
 * ServiceRequest names the participant as a Patient with the minimum that identifies them
 * (name, date of birth, gender and the program's id), the kind of service, and the
 * purpose as its reason. Built only from {@link Facts}, which hold nothing of a victim.
 * Sent as a transaction Bundle of PUTs so that a resend updates rather than duplicates.
 */
final class FhirReferralDocument {

	static final String SDOHCC = "http://hl7.org/fhir/us/sdoh-clinicalcare";

	static final String SDOHCC_CODES = SDOHCC + "/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

	static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";

	/** The program's own identifiers and codes, as URNs (RFC 3986 URIs with no host). */
	static final String IDENTIFIERS = "urn:ietf:rfc:3986";

	static final String CATEGORY_CODES = "urn:paip-manager:fhir:referral-category";

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private FhirReferralDocument() {
	}

	/**
	 * Everything a referral may carry.
	 *
	 * @param programStage the participant's program stage and since when, only when the
	 * release covers attendance and compliance; otherwise null
	 */
	record Facts(UUID referralId, UUID participantId, String firstName, String lastName, LocalDate dateOfBirth,
			Gender gender, UUID programId, String programName, String programPhone, UUID partnerAgencyId,
			String partnerAgencyName, ReferralCategory category, String purpose, Instant sentAt, String programStage,
			LocalDate programStageSince) {
	}

	static UUID serviceRequestId(UUID referralId) {
		return UUID
			.nameUUIDFromBytes(("service-request:" + referralId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static UUID observationId(UUID referralId) {
		return UUID
			.nameUUIDFromBytes(("program-stage:" + referralId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static Bundle bundle(Facts facts) {
		Patient patient = new Patient();
		patient.setId(facts.participantId().toString());
		patient.addIdentifier().setSystem(IDENTIFIERS).setValue("urn:uuid:" + facts.participantId());
		patient.addName().setFamily(facts.lastName()).addGiven(facts.firstName());
		if (facts.dateOfBirth() != null) {
			patient.setBirthDateElement(new DateType(facts.dateOfBirth().toString()));
		}
		if (facts.gender() != null) {
			patient.setGender(switch (facts.gender()) {
				case MALE -> AdministrativeGender.MALE;
				case FEMALE -> AdministrativeGender.FEMALE;
				case ANOTHER_GENDER -> AdministrativeGender.OTHER;
			});
		}

		Organization program = new Organization();
		program.setId(facts.programId().toString());
		program.addIdentifier().setSystem(IDENTIFIERS).setValue("urn:uuid:" + facts.programId());
		program.setName(facts.programName());
		if (facts.programPhone() != null && !facts.programPhone().isBlank()) {
			program.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(facts.programPhone());
		}

		Organization partner = new Organization();
		partner.setId(facts.partnerAgencyId().toString());
		partner.addIdentifier().setSystem(IDENTIFIERS).setValue("urn:uuid:" + facts.partnerAgencyId());
		partner.setName(facts.partnerAgencyName());

		DateTimeType sentAt = new DateTimeType(Date.from(facts.sentAt()), TemporalPrecisionEnum.SECOND,
				TimeZone.getTimeZone("UTC"));
		UUID serviceRequestId = serviceRequestId(facts.referralId());
		ServiceRequest request = new ServiceRequest();
		request.setId(serviceRequestId.toString());
		request.addIdentifier().setSystem(IDENTIFIERS).setValue("urn:uuid:" + facts.referralId());
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.addCategory(new CodeableConcept(
				new Coding(SDOHCC_CODES, "sdoh-category-unspecified", "SDOH Category Unspecified")));
		request.setCode(category(facts.category()));
		request.setSubject(reference(patient));
		request.setAuthoredOnElement(sentAt.copy());
		request.setRequester(reference(program));
		request.addPerformer(reference(partner));
		request.addReasonCode(new CodeableConcept().setText(facts.purpose()));

		Observation stage = null;
		if (facts.programStage() != null) {
			// Only when the release also covers attendance and compliance (501.210(b)).
			stage = new Observation();
			stage.setId(observationId(facts.referralId()).toString());
			stage.setStatus(Observation.ObservationStatus.FINAL);
			stage.setCode(new CodeableConcept().setText("Partner abuse intervention program stage"));
			stage.setSubject(reference(patient));
			if (facts.programStageSince() != null) {
				stage.setEffective(new DateTimeType(facts.programStageSince().toString()));
			}
			stage.setValue(new StringType(facts.programStage()));
			request.addSupportingInfo(reference(stage));
		}

		Task task = new Task();
		task.setId(facts.referralId().toString());
		task.addIdentifier().setSystem(IDENTIFIERS).setValue("urn:uuid:" + facts.referralId());
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(new CodeableConcept(new Coding(TASK_CODES, "fulfill", "Fulfill the focal request")));
		task.setFocus(reference(request));
		task.setFor(reference(patient));
		task.setAuthoredOnElement(sentAt.copy());
		task.setRequester(reference(program));
		task.setOwner(reference(partner));

		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.TRANSACTION);
		for (Resource resource : new Resource[] { patient, program, partner, stage, request, task }) {
			if (resource != null) {
				bundle.addEntry()
					.setFullUrl(fullUrl(resource))
					.setResource(resource)
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
			}
		}
		return bundle;
	}

	static String json(Resource resource) {
		return FHIR.newJsonParser().encodeResourceToString(resource);
	}

	/**
	 * Parses a Task sent by a partner. Unknown elements and malformed JSON are refused.
	 * @throws ca.uhn.fhir.parser.DataFormatException when the body is not a valid Task
	 */
	static Task parseTask(String body) {
		FhirNumbers.refuseUnreasonable(body);
		IParser parser = FHIR.newJsonParser();
		parser.setParserErrorHandler(new StrictErrorHandler());
		return parser.parseResource(Task.class, body);
	}

	/**
	 * What HAPI's parser says is wrong with a body, for the partner to read, with the
	 * Java exception names HAPI sometimes puts in its message taken out (found by Jazzer:
	 * "java.lang.NumberFormatException: For input string" reached the OperationOutcome).
	 */
	static String parserProblem(Exception refused) {
		String message = (refused.getMessage() != null) ? refused.getMessage() : "unreadable body";
		StringBuilder told = new StringBuilder();
		for (String word : message.split(" ")) {
			if (!isExceptionName(word)) {
				told.append((told.isEmpty()) ? "" : " ").append(word);
			}
		}
		return told.toString().strip();
	}

	/** "java.lang.NumberFormatException:" and the like: a qualified Java class name. */
	private static boolean isExceptionName(String word) {
		String name = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1 || !Character.isLowerCase(name.charAt(0))) {
			return false;
		}
		String simple = name.substring(dot + 1);
		return Character.isUpperCase(simple.charAt(0)) && (simple.endsWith("Exception") || simple.endsWith("Error"))
				&& name.chars().allMatch((c) -> Character.isJavaIdentifierPart(c) || c == '.');
	}

	static String outcome(OperationOutcome.IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
		return json(outcome);
	}

	private static CodeableConcept category(ReferralCategory category) {
		String display = switch (category) {
			case SUBSTANCE_ABUSE_TREATMENT -> "Substance abuse treatment";
			case MENTAL_HEALTH -> "Mental health services";
			case VICTIM_SERVICES -> "Domestic violence victim services";
			case MEDICAL -> "Medical care";
			case OTHER -> "Other services";
		};
		return new CodeableConcept(new Coding(CATEGORY_CODES, category.name(), display)).setText(display);
	}

	private static Reference reference(Resource resource) {
		return new Reference(fullUrl(resource));
	}

	private static String fullUrl(Resource resource) {
		return "urn:uuid:" + resource.getIdElement().getIdPart();
	}

}
