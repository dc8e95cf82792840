package org.paipmanager.victimcontact;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Collaborative service-planning meetings (COO-3, seed 004) inside the victim
 * compartment: invitations only under the victim's consent, distribution only while each
 * consent is in force, action items overdue by the clock, access for the liaison only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicePlanningIntegrationTests {

	private static final ZoneId ILLINOIS = ZoneId.of("America/Chicago");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	ServicePlanning planning;

	@Autowired
	JdbcClient applicationJdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private AgencyId agency;

	private ParticipantId participant;

	private UUID victim;

	private UUID shelter;

	private UUID probation;

	private UUID counselling;

	private LocalDate today;

	@BeforeEach
	void victimWithPartnerAgencies() {
		this.agency = AgencyFixture.in(this.context).newAgency();
		this.participant = VictimFixture.in(this.context).participant(this.agency, "Planning");
		this.victim = VictimFixture.in(this.context).victim(this.agency, this.participant, this.canary);
		this.shelter = partner("Harbor House Shelter", PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES);
		this.probation = partner("County Adult Probation", PartnerAgencyCategory.JUDICIARY_PROBATION);
		this.counselling = partner("Riverbend Counselling", PartnerAgencyCategory.MENTAL_HEALTH);
		this.today = LocalDate.now(ILLINOIS);
	}

	@Test
	@DisplayName("COO-3: an agency without the victim's consent to release and receive information cannot be invited; page and API quote the procedure")
	void refusesToInviteAnAgencyWithoutTheVictimsConsent() {
		UUID meeting = as(() -> this.planning.schedule(this.victim, meeting(yesterdayAtTen())));
		// No consent at all, and a consent to release only: both refused.
		assertRefused(() -> this.planning.invite(meeting, invitation(this.probation)), "partnerAgencyId",
				"victim.planning.refused.noConsent");
		as(() -> this.planning.recordConsent(this.victim, new PlanningConsentCommand(this.counselling, true, false,
				ConsentForm.AGENCY_FORM, this.today.minusDays(3), null)));
		assertRefused(() -> this.planning.invite(meeting, invitation(this.counselling)), "partnerAgencyId",
				"victim.planning.refused.noConsent");

		WebSession liaison = liaison();
		String page = "/victim/meetings/" + meeting;
		HttpResponse<String> refused = liaison.submit(page, page + "/invitations",
				Map.of("partnerAgencyId", this.probation.toString(), "consentSentOn",
						this.today.minusDays(2).toString(), "consentSentBy", "FAX"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("This agency cannot be invited")
			.contains("(Appendix 16) with the victim/survivor for all invited agencies.");
		HttpResponse<String> api = liaison.json("POST", "/api" + page + "/invitations",
				"{\"partnerAgencyId\":\"" + this.probation + "\",\"consentSentOn\":\"" + this.today.minusDays(2)
						+ "\",\"consentSentBy\":\"FAX\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"field\":\"partnerAgencyId\"")
			.contains("Consent to Release & Receive Information form (Appendix 16)");
		assertThat(as(() -> this.planning.meeting(meeting)).invitations()).isEmpty();

		// With her consent to release and receive, the invitation goes out; the form
		// cannot be sent after the meeting date (seed 004, step 3).
		UUID consent = as(() -> this.planning.recordConsent(this.victim, new PlanningConsentCommand(this.shelter, true,
				true, ConsentForm.APPENDIX_16, this.today.minusDays(3), null)));
		assertRefused(
				() -> this.planning.invite(meeting,
						new InvitationCommand(this.shelter, null, this.today, DeliveryMethod.FAX)),
				"consentSentOn", "victim.planning.refused.consentSentAfterMeeting");
		assertThat(liaison
			.submit(page, page + "/invitations",
					Map.of("partnerAgencyId", this.shelter.toString(), "representativeName", "Rosa Diaz",
							"consentSentOn", this.today.minusDays(2).toString(), "consentSentBy", "FAX"))
			.statusCode()).isEqualTo(302);
		PlanningMeeting invited = as(() -> this.planning.meeting(meeting));
		assertThat(invited.invitations()).singleElement().satisfies((invitation) -> {
			assertThat(invitation.partnerAgencyId()).isEqualTo(this.shelter);
			assertThat(invitation.consentId()).isEqualTo(consent);
			assertThat(invitation.agencyName()).isEqualTo("Harbor House Shelter");
			assertThat(invitation.consentInForce()).isTrue();
		});
		assertRefused(() -> this.planning.invite(meeting, invitation(this.shelter)), "partnerAgencyId",
				"victim.planning.refused.alreadyInvited");
		// Seed 004: two or more agencies, so at least one invited agency attended.
		assertRefused(
				() -> this.planning.recordSummary(meeting, 0,
						new SummaryCommand(true, List.of(), "Decided " + this.canary, null, null)),
				"attendedInvitations", "victim.planning.refused.twoAgencies");
	}

	@Test
	@DisplayName("COO-3: the summary cannot be distributed to an agency whose consent was revoked; nothing is half-saved, and nothing reaches the participant's disclosure ledger")
	void refusesToDistributeToAnAgencyWhoseConsentWasRevoked() throws SQLException {
		UUID shelterConsent = consent(this.shelter);
		UUID counsellingConsent = consent(this.counselling);
		UUID meeting = as(() -> this.planning.schedule(this.victim, meeting(yesterdayAtTen())));
		UUID atShelter = as(() -> this.planning.invite(meeting, invitation(this.shelter)));
		UUID atCounselling = as(() -> this.planning.invite(meeting, invitation(this.counselling)));
		assertRefused(
				() -> this.planning.distribute(meeting,
						new DistributionCommand(List.of(atShelter), this.today, DeliveryMethod.FAX)),
				"*", "victim.planning.refused.noSummary");
		as(() -> {
			this.planning.recordSummary(meeting, 0, new SummaryCommand(false, List.of(atShelter, atCounselling),
					"Decided " + this.canary, "Agreed to one contact point", "Shelter renews the order"));
			return null;
		});
		as(() -> {
			this.planning.revokeConsent(counsellingConsent, 0, this.today);
			return null;
		});

		assertRefused(
				() -> this.planning.distribute(meeting,
						new DistributionCommand(List.of(atShelter, atCounselling), this.today,
								DeliveryMethod.SECURE_EMAIL)),
				"recipients", "victim.planning.refused.consentWithdrawn");
		assertThat(as(() -> this.planning.meeting(meeting)).distributions()).isEmpty();

		WebSession liaison = liaison();
		String page = "/victim/meetings/" + meeting;
		assertThat(liaison.get(page).body()).contains("Riverbend Counselling (Not in force)");
		HttpResponse<String> refused = liaison.submit(page, page + "/distributions",
				Map.of("recipients", atCounselling.toString(), "distributedOn", this.today.toString(),
						"distributionMethod", "SECURE_EMAIL"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("whose consent to release and receive information was revoked");

		List<UUID> sent = as(() -> this.planning.distribute(meeting,
				new DistributionCommand(List.of(atShelter), this.today, DeliveryMethod.SECURE_EMAIL)));
		PlanningMeeting distributed = as(() -> this.planning.meeting(meeting));
		assertThat(distributed.distributions()).singleElement().satisfies((distribution) -> {
			assertThat(distribution.id()).isEqualTo(sent.get(0));
			assertThat(distribution.agencyName()).isEqualTo("Harbor House Shelter");
		});
		assertThat(distributed.awaitingSummary()).extracting(MeetingInvitation::id).containsExactly(atCounselling);
		// Once distributed, the summary is fixed.
		assertRefused(
				() -> this.planning.recordSummary(meeting, 1,
						new SummaryCommand(false, List.of(atShelter), "Changed", null, null)),
				"*", "victim.planning.refused.alreadyDistributed");

		// She did not attend: the chair reviews the summary with her (seed 004, step 6).
		assertThat(distributed.victimReviewDue()).isTrue();
		as(() -> {
			this.planning.recordVictimReview(meeting, 1,
					new VictimReviewCommand(this.today, DeliveryMethod.TELEPHONE, "She agrees " + this.canary));
			return null;
		});
		PlanningMeeting reviewed = as(() -> this.planning.meeting(meeting));
		assertThat(reviewed.victimReviewDue()).isFalse();
		assertThat(reviewed.victimResponse()).isEqualTo("She agrees " + this.canary);
		assertThat(shelterConsent).isNotNull();

		// Step 8: forwarded only what the interagency process did not address.
		assertRefused(
				() -> this.planning.forwardIssue(meeting,
						new ForwardedIssueCommand(ForwardedIssueKind.SERVICE_GAP, "No counsellor", false, "Chair",
								this.today, DeliveryMethod.MAIL)),
				"unresolved", "victim.planning.refused.resolvedElsewhere");
		as(() -> this.planning.forwardIssue(meeting, new ForwardedIssueCommand(ForwardedIssueKind.SERVICE_GAP,
				"No counsellor " + this.canary, true, "Pat Chair", this.today, DeliveryMethod.MAIL)));
		assertThat(as(() -> this.planning.meeting(meeting)).forwardedIssues()).singleElement()
			.satisfies((issue) -> assertThat(issue.committeeChair()).isEqualTo("Pat Chair"));

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(count(owner, "select count(*) from disclosure_ledger where agency_id = ?")).isZero();
		}
	}

	@Test
	@DisplayName("COO-3: an open action item is overdue from the day after its due date in Illinois, by the clock, until it is closed")
	void flagsOverdueActionItemsByTheClock() {
		consent(this.shelter);
		UUID meeting = as(() -> this.planning.schedule(this.victim, meeting(yesterdayAtTen())));
		UUID atShelter = as(() -> this.planning.invite(meeting, invitation(this.shelter)));
		LocalDate due = LocalDate.of(2026, 3, 10);
		UUID item = as(() -> this.planning.addActionItem(meeting,
				new ActionItemCommand(atShelter, "Rosa Diaz", "Court date " + this.canary, due)));

		// 23:59 on the due date in Chicago (CDT) is 04:59 UTC the next day: not overdue.
		assertThat(actionAt(meeting, "2026-03-11T04:59:00Z").overdue()).isFalse();
		assertThat(actionAt(meeting, "2026-03-10T12:00:00Z").overdue()).isFalse();
		PlanningMeeting late = at("2026-03-11T05:01:00Z").meeting(meeting);
		assertThat(late.overdueActions()).isEqualTo(1);
		assertThat(late.actionItems()).singleElement().satisfies((action) -> {
			assertThat(action.overdue()).isTrue();
			assertThat(action.ownerAgency()).isEqualTo("Harbor House Shelter");
			assertThat(action.description()).isEqualTo("Court date " + this.canary);
		});

		as(() -> this.planning.updateActionItem(item, 0, new ActionItemUpdate(ActionItemStatus.IN_PROGRESS, null)));
		assertThat(actionAt(meeting, "2026-04-01T12:00:00Z").overdue()).isTrue();
		as(() -> this.planning.updateActionItem(item, 1, new ActionItemUpdate(ActionItemStatus.DONE, "Went well")));
		ActionItem closed = actionAt(meeting, "2026-04-01T12:00:00Z");
		assertThat(closed.overdue()).isFalse();
		assertThat(closed.closedOn()).isEqualTo(this.today);
		assertThat(closed.closingNote()).isEqualTo("Went well");
		assertThatThrownBy(() -> as(
				() -> this.planning.updateActionItem(item, 1, new ActionItemUpdate(ActionItemStatus.OPEN, null))))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

		// The page flags an item due yesterday, on the real clock.
		as(() -> this.planning.addActionItem(meeting,
				new ActionItemCommand(null, "Liaison", "Call back", this.today.minusDays(1))));
		String page = liaison().get("/victim/meetings/" + meeting).body();
		assertThat(page).contains("Call back").contains(">Overdue<");
	}

	@Test
	@DisplayName("COO-3, SAF-1: only the victim liaison opens meetings; facilitator and intake get 403 or 404, the director only after step-up")
	void opensMeetingsToTheLiaisonOnly() {
		consent(this.shelter);
		UUID meeting = as(() -> this.planning.schedule(this.victim, meeting(yesterdayAtTen())));
		as(() -> this.planning.addActionItem(meeting,
				new ActionItemCommand(null, "Liaison", "Plan " + this.canary, this.today)));
		AgencyFixture fixture = AgencyFixture.in(this.context);
		List<String> pages = List.of("/victim/meetings/" + meeting, "/victim/records/" + this.victim + "/meetings",
				"/victim/records/" + this.victim + "/meetings/new");
		List<String> api = List.of("/api/victim/meetings/" + meeting,
				"/api/victim/records/" + this.victim + "/meetings",
				"/api/victim/records/" + this.victim + "/planning-consents");
		for (Role role : List.of(Role.FACILITATOR, Role.INTAKE_WORKER)) {
			WebSession outsider = new WebSession(this.port);
			outsider.signIn(fixture.newUser(this.agency, role));
			for (String path : pages) {
				HttpResponse<String> answer = outsider.get(path);
				assertThat(answer.statusCode()).as("%s %s", role, path).isIn(403, 404);
				assertThat(answer.body()).doesNotContain(this.canary);
			}
			for (String path : api) {
				HttpResponse<String> answer = outsider.json("GET", path, "");
				assertThat(answer.statusCode()).as("%s %s", role, path).isIn(403, 404);
				assertThat(answer.body()).doesNotContain(this.canary);
			}
			assertThat(outsider
				.json("POST", "/api/victim/meetings/" + meeting + "/invitations",
						"{\"partnerAgencyId\":\"" + this.shelter + "\",\"consentSentOn\":\"" + this.today.minusDays(2)
								+ "\",\"consentSentBy\":\"FAX\"}")
				.statusCode()).isIn(403, 404);
		}
		assertThat(as(() -> this.planning.meeting(meeting)).invitations()).isEmpty();

		StaffUser directorUser = fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		String page = "/victim/meetings/" + meeting;
		HttpResponse<String> sent = director.get(page);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/account/step-up?continue=" + page));
		HttpResponse<String> apiWithoutStepUp = director.json("GET", "/api" + page, "");
		assertThat(apiWithoutStepUp.statusCode()).isEqualTo(403);
		assertThat(apiWithoutStepUp.body()).doesNotContain(this.canary);
		director.submit("/account/step-up?continue=" + page, "/account/step-up", Map.of("code",
				TotpCodes.forStep(directorUser.totpSecret(), TotpCodes.currentStep() + 1), "continue", page));
		assertThat(director.get(page).body()).contains("Plan " + this.canary);
		assertThat(director.json("GET", "/api" + page, "").body()).contains("Plan " + this.canary);

		HttpResponse<String> liaisonPage = liaison().get(page);
		assertThat(liaisonPage.statusCode()).isEqualTo(200);
		assertThat(liaisonPage.body()).contains("Plan " + this.canary);
	}

	@Test
	@DisplayName("COO-3: the JSON API refuses a case already presented to HART (400) and a stale change of the schedule (409) as problem+json")
	void answersRefusalsAndConflictsAsProblems() {
		WebSession liaison = liaison();
		String base = "/api/victim/records/" + this.victim + "/meetings";
		HttpResponse<String> hart = liaison.json("POST", base, meetingJson(true));
		assertThat(hart.statusCode()).isEqualTo(400);
		assertThat(hart.body()).contains("\"field\":\"presentedToHart\"").contains("already been presented to HART");
		HttpResponse<String> created = liaison.json("POST", base, meetingJson(false));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"interpreterLanguage\":\"Spanish " + this.canary + "\"");
		String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/meetings/", "");
		assertThat(liaison.json("PUT", "/api/victim/meetings/" + id + "?version=0", meetingJson(false)).statusCode())
			.isEqualTo(200);
		HttpResponse<String> stale = liaison.json("PUT", "/api/victim/meetings/" + id + "?version=0",
				meetingJson(false));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	@DisplayName("COO-3, SAF-1: meetings are stored in the victim schema as ciphertext, which the participant-side role cannot read")
	void storesMeetingsAsCiphertextInTheVictimSchema() throws SQLException {
		consent(this.shelter);
		UUID meeting = as(() -> this.planning.schedule(this.victim, meeting(yesterdayAtTen())));
		UUID atShelter = as(() -> this.planning.invite(meeting, invitation(this.shelter)));
		as(() -> {
			this.planning.recordSummary(meeting, 0, new SummaryCommand(true, List.of(atShelter),
					"Decided " + this.canary, "Agreed " + this.canary, "Committed " + this.canary));
			return null;
		});
		UUID item = as(() -> this.planning.addActionItem(meeting,
				new ActionItemCommand(null, "Liaison", "Action " + this.canary, this.today)));
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			List<String> stored = new ArrayList<>();
			stored.addAll(columns(owner, "select place_cipher, interpreter_language_cipher, "
					+ "interpreter_arrangements_cipher, decisions_cipher, agreements_cipher, commitments_cipher "
					+ "from victim.planning_meeting where id = ?", meeting));
			stored.addAll(
					columns(owner, "select description_cipher from victim.planning_action_item where id = ?", item));
			assertThat(stored).hasSize(7)
				.allSatisfy((value) -> assertThat(value).startsWith("test-1:").doesNotContain(this.canary));
		}
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> transaction
					.execute((status) -> this.applicationJdbc.sql("select count(*) from victim.planning_meeting")
						.query(Long.class)
						.single())))
			.hasStackTraceContaining("permission denied for schema victim");
	}

	@Test
	@DisplayName("COO-3: the demo compartment gets a meeting held a week ago with its summary sent, one overdue action and one revoked consent")
	void seedsTheDemoMeeting() {
		partner("Prairie Child Welfare", PartnerAgencyCategory.CHILD_PROTECTIVE_SERVICES);
		ParticipantId caldwell = VictimFixture.in(this.context).participant(this.agency, "Caldwell");
		DemoServicePlanning demo = new DemoServicePlanning(this.context.getBean(VictimContactManagement.class),
				this.planning, this.context.getBean(ParticipantManagement.class),
				this.context.getBean(AgencyManagement.class));
		// Without the demo agency (any database but the demo's) the start-up hook does
		// nothing.
		demo.on(null);
		assertThat(as(() -> this.context.getBean(VictimContactManagement.class).records(caldwell))).isEmpty();
		UUID meeting = as(() -> demo.seed(caldwell));
		PlanningMeeting seeded = as(() -> this.planning.meeting(meeting));
		assertThat(seeded.invitations()).hasSize(3);
		assertThat(seeded.distributions()).hasSize(2);
		assertThat(seeded.victimReviewOn()).isNotNull();
		assertThat(seeded.overdueActions()).isEqualTo(1);
		assertThat(seeded.openActions()).isEqualTo(2);
		assertThat(seeded.forwardedIssues()).hasSize(1);
		assertThat(seeded.interpreterLanguage()).isEqualTo("Spanish");
		assertThat(as(() -> this.planning.consents(seeded.victimRecordId()))).filteredOn(PlanningConsent::revoked)
			.hasSize(1);
	}

	private ActionItem actionAt(UUID meeting, String instant) {
		return at(instant).meeting(meeting).actionItems().get(0);
	}

	/** The facade on a fixed clock, as the system actor of the agency. */
	private ClockedPlanning at(String instant) {
		ServicePlanning clocked = new ServicePlanning(this.context.getBean(VictimDatabase.class),
				this.context.getBean(VictimFieldCipher.class), this.context.getBean(VictimContactManagement.class),
				this.context.getBean(AgencyManagement.class), this.context.getBean(AuditLog.class),
				Clock.fixed(Instant.parse(instant), ILLINOIS));
		return (meeting) -> SystemScope.callAs(this.agency, () -> clocked.meeting(meeting));
	}

	interface ClockedPlanning {

		PlanningMeeting meeting(UUID meeting);

	}

	private UUID partner(String name, PartnerAgencyCategory category) {
		return SystemScope.callAs(this.agency, () -> this.context.getBean(AgencyManagement.class)
			.addPartnerAgency(name, category, "(217) 555-0100", "Cook", false));
	}

	private UUID consent(UUID partner) {
		return as(() -> this.planning.recordConsent(this.victim, new PlanningConsentCommand(partner, true, true,
				ConsentForm.APPENDIX_16, this.today.minusDays(5), null)));
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

	private void assertRefused(Runnable change, String field, String key) {
		assertThatThrownBy(() -> SystemScope.callAs(this.agency, () -> {
			change.run();
			return null;
		})).isInstanceOfSatisfying(ServicePlanningRefused.class,
				(refused) -> assertThat(refused.problems()).containsEntry(field, key));
	}

	private WebSession liaison() {
		WebSession session = new WebSession(this.port);
		session.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.VICTIM_LIAISON));
		return session;
	}

	private LocalDateTime yesterdayAtTen() {
		return this.today.minusDays(1).atTime(LocalTime.of(10, 0));
	}

	private MeetingCommand meeting(LocalDateTime at) {
		return new MeetingCommand(MeetingTrigger.VICTIM_REQUEST, MeetingGround.HIGH_RISK, false, true,
				this.today.minusDays(4), "Grace Holloway", at, MeetingFormat.IN_PERSON, "Room 2 " + this.canary,
				VictimParticipation.WILL_NOT_ATTEND, InterpreterNeed.SPOKEN_LANGUAGE, "Spanish " + this.canary,
				"Interpreter booked " + this.canary);
	}

	private String meetingJson(boolean hart) {
		return """
				{"trigger":"REPRESENTATIVE_ASSESSMENT","ground":"MANY_AGENCIES","presentedToHart":%s,
				 "processExplained":true,"permissionGivenOn":"%s","chairName":"Grace Holloway",
				 "scheduledAt":"%sT14:30","format":"TELEPHONE","place":"Conference line 555-0100",
				 "victimParticipation":"WILL_ATTEND","interpreter":"SPOKEN_LANGUAGE",
				 "interpreterLanguage":"Spanish %s"}""".formatted(hart, this.today.minusDays(1), this.today.plusDays(3),
				this.canary);
	}

	private InvitationCommand invitation(UUID partner) {
		return new InvitationCommand(partner, null, this.today.minusDays(2), DeliveryMethod.FAX);
	}

	private long count(Connection owner, String sql) throws SQLException {
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, this.agency.value());
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static List<String> columns(Connection owner, String sql, UUID id) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						values.add(rs.getString(i));
					}
				}
			}
		}
		return values;
	}

}
