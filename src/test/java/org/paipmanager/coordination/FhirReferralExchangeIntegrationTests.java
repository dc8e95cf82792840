package org.paipmanager.coordination;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditEntry;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.RevocationCommand;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.victimcontact.ContactCommand;
import org.paipmanager.victimcontact.ContactDirection;
import org.paipmanager.victimcontact.ContactKind;
import org.paipmanager.victimcontact.Relationship;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimRecordCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.ATTENDANCE_AND_COMPLIANCE;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirReferralExchangeIntegrationTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExchangingReferrals exchange;

	@Autowired
	CoordinationManagement coordination;

	@Autowired
	ConsentManagement consent;

	@Autowired
	DisclosingInformation disclosures;

	@Autowired
	AuditLog audit;

	private AgencyFixture agencies;

	private ConsentFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	private UUID treatment;

	private ReleaseId release;

	private FhirPartnerServer partnerServer;

	@BeforeEach
	void referParticipant() throws Exception {
		this.agencies = AgencyFixture.in(this.context);
		this.fixture = ConsentFixture.in(this.context);
		this.agency = this.agencies.newAgency();
		this.participant = this.fixture.participant(this.agency, today().minusMonths(3));
		this.treatment = this.fixture.partnerAgency(this.agency, "New Roads Recovery",
				PartnerAgencyCategory.SUBSTANCE_ABUSE);
		this.release = this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(2), today().plusMonths(10), REFERRAL_FOR_SERVICES));
		this.partnerServer = FhirPartnerServer.start();
	}

	@AfterEach
	void stopPartner() {
		this.partnerServer.close();
	}

	@Test
	@DisplayName("COO-2, PAR-8: the referral's ServiceRequest and Task validate as FHIR R4 with the HAPI validator (no errors) and keep the SDOH Clinical Care rules")
	void buildsResourcesThatTheHapiValidatorAccepts() {
		// The release also covers attendance and compliance, so the program stage goes
		// along as supportingInfo.
		this.fixture.release(this.agency, this.participant, toPartner(this.treatment, today().minusMonths(2),
				today().plusMonths(10), REFERRAL_FOR_SERVICES, ATTENDANCE_AND_COMPLIANCE));
		UUID referral = refer();
		Bundle bundle = FHIR.newJsonParser()
			.parseResource(Bundle.class, as(() -> this.exchange.bundlePreview(this.participant, referral)));

		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
				unknownCodeSystemsWarn());
		FhirValidator validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
		ValidationResult result = validator.validateWithResult(bundle);
		List<SingleValidationMessage> errors = result.getMessages()
			.stream()
			.filter((message) -> message.getSeverity() == ResultSeverityEnum.ERROR
					|| message.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
		assertThat(errors)
			.as(() -> errors.stream()
				.map((message) -> message.getLocationString() + ": " + message.getMessage())
				.toList()
				.toString())
			.isEmpty();
		assertThat(SdohReferralRules.problems(bundle)).isEmpty();

		Task task = only(bundle, Task.class);
		ServiceRequest request = only(bundle, ServiceRequest.class);
		assertThat(task.getIdElement().getIdPart()).endsWith(referral.toString());
		assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(task.getFocus().getReference()).endsWith(request.getIdElement().getIdPart());
		assertThat(request.getPerformerFirstRep().getReference()).isEqualTo(task.getOwner().getReference());
		assertThat(request.getReasonCodeFirstRep().getText()).startsWith("Alcohol use");
		assertThat(only(bundle, Observation.class).getValueStringType().getValue()).isEqualTo("referred");
		Patient patient = only(bundle, Patient.class);
		assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Consent");
		assertThat(patient.hasAddress() || patient.hasTelecom()).isFalse();

		// The rules catch a Task that is not an order for the partner.
		task.setIntent(Task.TaskIntent.PLAN);
		request.getCategory().clear();
		assertThat(SdohReferralRules.problems(bundle)).contains("Task.intent must be order",
				"ServiceRequest.category must carry an SDOH category");
	}

	@Test
	@DisplayName("PAR-8, CON-2: without the attendance category in the release the Bundle carries no supportingInfo")
	void sendsOnlyWhatTheReleaseCovers() {
		UUID referral = refer();
		Bundle bundle = FHIR.newJsonParser()
			.parseResource(Bundle.class, as(() -> this.exchange.bundlePreview(this.participant, referral)));
		assertThat(only(bundle, ServiceRequest.class).hasSupportingInfo()).isFalse();
		assertThat(bundle.getEntry()).noneMatch((entry) -> entry.getResource() instanceof Observation);
	}

	@Test
	@DisplayName("PAR-8, CON-2: a referral sent by FHIR reaches the partner's server as a transaction Bundle, is ledgered, and the partner's Task updates show on the participant file")
	void roundTripsAReferralWithAPartnerFhirServer() throws Exception {
		IssuedToken token = as(
				() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		int ledgered = as(() -> this.disclosures.accounting(this.participant)).size();

		ReferralDispatch dispatch = as(() -> this.exchange.send(this.participant, referral));
		assertThat(dispatch.channel()).isEqualTo(ReferralChannel.FHIR);
		assertThat(this.partnerServer.received).hasSize(1);
		assertThat(this.partnerServer.contentTypes.get(0)).startsWith("application/fhir+json");
		Bundle received = FHIR.newJsonParser().parseResource(Bundle.class, this.partnerServer.received.get(0));
		assertThat(received.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
		assertThat(received.getEntry())
			.allSatisfy((entry) -> assertThat(entry.getRequest().getMethod().toCode()).isEqualTo("PUT"));
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(ledgered + 1)
			.first()
			.satisfies((entry) -> {
				assertThat(entry.release()).isEqualTo(this.release);
				assertThat(entry.categories()).containsExactly(REFERRAL_FOR_SERVICES);
				assertThat(entry.description()).contains("FHIR");
			});
		// Sent once: a second send is refused.
		assertThatThrownBy(() -> as(() -> this.exchange.send(this.participant, referral)))
			.isInstanceOf(OutgoingReferralRefused.class);

		// The partner accepts, then completes: the Task it was sent comes back.
		Task task = only(received, Task.class);
		task.setId(referral.toString());
		task.setStatus(Task.TaskStatus.ACCEPTED);
		HttpResponse<String> accepted = putTask(referral.toString(), token.token(), encode(task));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
		assertThat(putTask(referral.toString(), token.token(), encode(task)).statusCode()).isEqualTo(200);
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.setStatusReason(new CodeableConcept().setText("Assessment done; outpatient group weekly"));
		assertThat(putTask(referral.toString(), token.token(), encode(task)).statusCode()).isEqualTo(200);
		// Nothing after completion.
		task.setStatus(Task.TaskStatus.REJECTED);
		HttpResponse<String> late = putTask(referral.toString(), token.token(), encode(task));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("OperationOutcome");

		List<ReferralStatusEntry> history = as(() -> this.exchange.statuses(this.participant)).get(referral);
		assertThat(history).extracting(ReferralStatusEntry::status)
			.containsExactly(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
		assertThat(history.get(1).recordedBy()).isEqualTo(ExchangingReferrals.PARTNER_ACTOR);
		assertThat(history.get(2).reason()).isEqualTo("Assessment done; outpatient group weekly");

		// Sent and each answer audited, the partner's as fhir-partner, in the agency's
		// chain.
		List<AuditEntry> audited = as(() -> this.audit.recent(200));
		assertThat(audited).filteredOn((entry) -> referral.toString().equals(entry.recordId()))
			.extracting(AuditEntry::actorUsername, AuditEntry::action, AuditEntry::recordType)
			.contains(org.assertj.core.groups.Tuple.tuple("system", AuditAction.EXPORT, "outgoing-referral"),
					org.assertj.core.groups.Tuple.tuple(ExchangingReferrals.PARTNER_ACTOR, AuditAction.CREATE,
							ExchangingReferrals.STATUS_RECORD));
		assertThat(audited).filteredOn((entry) -> ExchangingReferrals.STATUS_RECORD.equals(entry.recordType()))
			.hasSize(2);
		assertThat(as(() -> this.audit.verifyCurrentAgency()).intact()).isTrue();

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String file = intake.get("/participants/" + this.participant).body();
		assertThat(file).contains("Accepted", "Completed", "Assessment done; outpatient group weekly")
			.containsPattern(
					"id=\"checklist-B\">[^/]*</th>\\s*<td><span class=\"usa-tag bg-green\">In the file</span>");
	}

	@Test
	@DisplayName("PAR-8, CON-2: sending is refused without a release in force covering the agency, with 501.115(b)(11)(B); nothing leaves and nothing is ledgered")
	void refusesToSendWithoutARelease() {
		as(() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		as(() -> this.consent.revoke(this.participant, this.release, new RevocationCommand(today(), "Withdrawn",
				this.consent.release(this.participant, this.release).version())));
		int ledgered = as(() -> this.disclosures.accounting(this.participant)).size();
		assertThatThrownBy(() -> as(() -> this.exchange.send(this.participant, referral)))
			.isInstanceOfSatisfying(OutgoingReferralRefused.class, (refusal) -> {
				assertThat(refusal.section()).isEqualTo("501.115(b)(11)(B)");
				assertThat(refusal.messageKey()).isEqualTo("coordination.exchange.noRelease");
			});
		// On the page the refusal quotes the rule.
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + this.participant + "/outgoing-referrals";
		HttpResponse<String> sent = intake.submit(page, page + "/" + referral + "/send", Map.of());
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(intake.get(page).body()).contains("id=\"send-refused\"",
				"with written consent to release information", "501.115(b)(11)(B)");
		assertThat(this.partnerServer.received).isEmpty();
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(ledgered);
		assertThat(as(() -> this.exchange.statuses(this.participant))).doesNotContainKey(referral);
		assertThat(this.context.getMessage("coordination.exchange.noRelease", new Object[] { "501.115(b)(11)(B)" },
				java.util.Locale.ENGLISH))
			.contains("with written consent to release information")
			.contains("501.115(b)(11)(B)");
	}

	@Test
	@DisplayName("CON-2: when the partner's server refuses the Bundle nothing is recorded as sent or disclosed, and it can be sent again")
	void recordsNothingWhenDeliveryFails() {
		as(() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		int ledgered = as(() -> this.disclosures.accounting(this.participant)).size();
		this.partnerServer.answer.set(503);
		assertThatThrownBy(() -> as(() -> this.exchange.send(this.participant, referral))).isInstanceOfSatisfying(
				ReferralDeliveryFailed.class, (failed) -> assertThat(failed.httpStatus()).isEqualTo(503));
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(ledgered);
		assertThat(as(() -> this.exchange.statuses(this.participant))).doesNotContainKey(referral);
		this.partnerServer.answer.set(200);
		assertThat(as(() -> this.exchange.send(this.participant, referral)).httpStatus()).isEqualTo(200);
		assertThat(this.partnerServer.received).hasSize(2);
	}

	@Test
	@DisplayName("COO-2: a status update without the partner's token, with a wrong or replaced token, or from another partner is 401 or 404 with an OperationOutcome")
	void refusesUpdatesWithoutTheRightToken() throws Exception {
		IssuedToken first = as(
				() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		as(() -> this.exchange.send(this.participant, referral));
		String accepted = taskJson(referral, Task.TaskStatus.ACCEPTED, null);

		HttpResponse<String> none = put(referral.toString(), null, "application/fhir+json", accepted);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.body()).contains("\"resourceType\":\"OperationOutcome\"", "\"code\":\"security\"");
		assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
		String credential = first.token().substring(0, first.token().indexOf('.'));
		assertThat(putTask(referral.toString(), credential + ".wrong-secret-wrong-secret", accepted).statusCode())
			.isEqualTo(401);
		assertThat(putTask(referral.toString(), "not-a-token", accepted).statusCode()).isEqualTo(401);
		assertThat(putTask(referral.toString(), UUID.randomUUID() + "." + first.token().substring(37), accepted)
			.statusCode()).isEqualTo(401);
		// A new token replaces the old one.
		IssuedToken second = as(
				() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		assertThat(putTask(referral.toString(), first.token(), accepted).statusCode()).isEqualTo(401);
		// Another partner's token cannot touch this referral.
		UUID otherPartner = this.fixture.partnerAgency(this.agency, "Mind Works", PartnerAgencyCategory.MENTAL_HEALTH);
		IssuedToken other = as(
				() -> this.exchange.connect(otherPartner, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		HttpResponse<String> foreign = putTask(referral.toString(), other.token(), accepted);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).contains("OperationOutcome");
		assertThat(as(() -> this.exchange.statuses(this.participant)).get(referral)).hasSize(1);

		assertThat(putTask(referral.toString(), second.token(), accepted).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("COO-2: a bad resource is refused with 400 and an OperationOutcome, never a server error, and changes nothing")
	void refusesBadResourcesWithAnOperationOutcome() throws Exception {
		IssuedToken token = as(
				() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		as(() -> this.exchange.send(this.participant, referral));
		String id = referral.toString();
		Map<String, String> bad = Map.of("not JSON", "{\"resourceType\": \"Task\", ", "a Patient",
				"{\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}", "an unknown element",
				"{\"resourceType\":\"Task\",\"id\":\"" + id
						+ "\",\"status\":\"accepted\",\"intent\":\"order\",\"colour\":\"blue\"}",
				"an unknown status code",
				"{\"resourceType\":\"Task\",\"id\":\"" + id + "\",\"status\":\"happy\",\"intent\":\"order\"}",
				"a status other than accepted, rejected or completed",
				taskJson(referral, Task.TaskStatus.INPROGRESS, null), "a rejection without reason",
				taskJson(referral, Task.TaskStatus.REJECTED, null), "another id",
				taskJson(UUID.randomUUID(), Task.TaskStatus.ACCEPTED, null).replace("\"id\":\"", "\"id\":\"x"),
				"an empty body", " ");
		for (Map.Entry<String, String> body : bad.entrySet()) {
			HttpResponse<String> answer = putTask(id, token.token(), body.getValue());
			assertThat(answer.statusCode()).as(body.getKey() + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.body()).as(body.getKey()).contains("\"resourceType\":\"OperationOutcome\"");
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
		}
		assertThat(
				put(id, token.token(), "text/plain", taskJson(referral, Task.TaskStatus.ACCEPTED, null)).statusCode())
			.isEqualTo(415);
		assertThat(
				putTask(UUID.randomUUID().toString(), token.token(), taskJson(referral, Task.TaskStatus.ACCEPTED, null))
					.statusCode())
			.isEqualTo(404);
		assertThat(
				putTask("not-a-uuid", token.token(), taskJson(referral, Task.TaskStatus.ACCEPTED, null)).statusCode())
			.isEqualTo(404);
		assertThat(as(() -> this.exchange.statuses(this.participant)).get(referral)).hasSize(1);

		HttpResponse<String> rejected = putTask(id, token.token(),
				taskJson(referral, Task.TaskStatus.REJECTED, "No opening before March"));
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(as(() -> this.exchange.statuses(this.participant)).get(referral)).last()
			.satisfies((entry) -> assertThat(entry.reason()).isEqualTo("No opening before March"));
	}

	@Test
	@DisplayName("PAR-8: a partner without FHIR gets a printed referral and PDF; staff enter its answers, a rejection only with a reason")
	void sendsOnPaperAndTakesAnswersFromStaff() {
		UUID referral = refer();
		assertThatThrownBy(() -> as(() -> this.exchange.printable(this.participant, referral)))
			.isInstanceOf(org.paipmanager.shared.RecordNotFoundException.class);
		ReferralDispatch dispatch = as(() -> this.exchange.send(this.participant, referral));
		assertThat(dispatch.channel()).isEqualTo(ReferralChannel.PAPER);
		assertThat(this.partnerServer.received).isEmpty();
		assertThat(as(() -> this.disclosures.accounting(this.participant))).first()
			.satisfies((entry) -> assertThat(entry.description()).startsWith("Printed referral"));

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + this.participant + "/outgoing-referrals";
		assertThat(intake.get(page + "/" + referral + "/print").body()).contains("Referral to New Roads Recovery",
				"Casey Consent", "1984-03-09", "Alcohol use reported");
		HttpResponse<String> pdf = intake.get(page + "/" + referral + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");

		HttpResponse<String> noReason = intake.submit(page, page + "/status", Map.of("referralId", referral.toString(),
				"status", "REJECTED", "reason", "", "reportedOn", today().toString()));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("id=\"reason-error\"").contains("501.115(b)(11)(B)");
		HttpResponse<String> accepted = intake.submit(page, page + "/status", Map.of("referralId", referral.toString(),
				"status", "ACCEPTED", "reason", "", "reportedOn", today().toString()));
		assertThat(accepted.statusCode()).isEqualTo(302);
		as(() -> {
			this.exchange.recordStatus(this.participant, new ReferralStatusCommand(referral, ReferralStatus.REJECTED,
					"No Spanish-speaking counsellor", today()));
			return null;
		});
		assertThatThrownBy(() -> as(() -> {
			this.exchange.recordStatus(this.participant,
					new ReferralStatusCommand(referral, ReferralStatus.COMPLETED, null, today()));
			return null;
		})).isInstanceOf(OutgoingReferralRefused.class);
		assertThat(intake.get(page).body()).contains("Accepted", "Rejected", "No Spanish-speaking counsellor");
	}

	@Test
	@DisplayName("SAF-1, CON-2: no resource built for a participant whose victim compartment holds canary data carries any of it")
	void carriesNoVictimDataInAnyResource() throws Exception {
		String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		VictimContactManagement victims = this.context.getBean(VictimContactManagement.class);
		UUID victim = as(() -> victims.addRecord(this.participant,
				new VictimRecordCommand("Vera " + canary + "name", Relationship.CURRENT_PARTNER,
						canary + "addr 7 Oak Lane", "555-" + canary + "phone",
						"Call only before noon " + canary + "safe", true, LocalDate.now().plusYears(1))));
		as(() -> victims.recordContact(victim,
				new ContactCommand(java.time.LocalDateTime.now().minusDays(1).withNano(0), ContactKind.PHONE_CALL,
						ContactDirection.FROM_VICTIM, "She said " + canary + "summary", true, true, true, true,
						false)));
		this.fixture.release(this.agency, this.participant, toPartner(this.treatment, today().minusMonths(2),
				today().plusMonths(10), REFERRAL_FOR_SERVICES, ATTENDANCE_AND_COMPLIANCE));
		IssuedToken token = as(
				() -> this.exchange.connect(this.treatment, new FhirEndpointCommand(this.partnerServer.baseUrl())));
		UUID referral = refer();
		String preview = as(() -> this.exchange.bundlePreview(this.participant, referral));
		as(() -> this.exchange.send(this.participant, referral));
		String sent = this.partnerServer.received.get(0);
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, sent);
		assertThat(bundle.getEntry()).extracting((entry) -> entry.getResource().fhirType())
			.containsExactlyInAnyOrder("Patient", "Organization", "Organization", "Observation", "ServiceRequest",
					"Task");
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			String resource = FHIR.newJsonParser().encodeResourceToString(entry.getResource());
			assertThat(resource).as(entry.getResource().fhirType()).doesNotContain(canary, "Vera", "Oak Lane");
		}
		assertThat(sent).contains("Casey").doesNotContain(canary);
		assertThat(preview).doesNotContain(canary);
		HttpResponse<String> answer = putTask(referral.toString(), token.token(),
				taskJson(referral, Task.TaskStatus.ACCEPTED, null));
		assertThat(answer.body()).doesNotContain(canary);
	}

	private UUID refer() {
		return as(() -> this.coordination.refer(this.participant,
				new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, this.treatment,
						"Alcohol use reported at screening (501.135(a)).", today().minusDays(1), null)));
	}

	private static String taskJson(UUID id, Task.TaskStatus status, String reason) {
		Task task = new Task();
		task.setId(id.toString());
		task.setStatus(status);
		task.setIntent(Task.TaskIntent.ORDER);
		if (reason != null) {
			task.setStatusReason(new CodeableConcept().setText(reason));
		}
		return encode(task);
	}

	private static String encode(Task task) {
		return FHIR.newJsonParser().encodeResourceToString(task);
	}

	private HttpResponse<String> putTask(String id, String token, String body) throws Exception {
		return put(id, token, "application/fhir+json", body);
	}

	private HttpResponse<String> put(String id, String token, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/r4/Task/" + id))
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static <T> T only(Bundle bundle, Class<T> type) {
		List<T> found = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static UnknownCodeSystemWarningValidationSupport unknownCodeSystemsWarn() {
		UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(FHIR);
		// Our own category code system and the IG's temporary codes are not in base R4.
		unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
		return unknown;
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
