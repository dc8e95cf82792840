package org.paipmanager.completion;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GRP-6 to GRP-9: completion criteria, standards, extensions, termination and completion
 * through the pages and the API, as the roles that use them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompletionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	GroupManagement groups;

	private AgencyFixture fixture;

	private AgencyId agency;

	private WebSession director;

	private WebSession facilitator;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void signIn() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.director = new WebSession(this.port);
		this.director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		this.facilitator = new WebSession(this.port);
		this.facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
	}

	@Test
	@DisplayName("GRP-7: completion is refused until all seven 501.160(a) criteria are met; then the participant completes and leaves the group")
	void completesOnlyWhenEveryCriterionIsMet() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 24);
		ParticipantId member = group.members().get(0);
		String page = completionPage(member);

		String before = this.director.get(page).body();
		assertThat(before).contains("Sessions: 24 of 24")
			.contains("Not ready to complete")
			.contains("the rule minimum of 501.90(a), 24 sessions and 36")
			.contains("501.160(a)(7)");
		HttpResponse<String> refused = this.director.submit(page, page + "/complete",
				Map.of("endedOn", this.today.toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("The program cannot be completed yet");
		assertThat(stage(member)).isEqualTo(ProgramStage.ENROLLED);

		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			assertThat(assess(this.facilitator, member, criterion, true).statusCode()).as(criterion.name())
				.isEqualTo(302);
		}
		String ready = this.director.get(page).body();
		assertThat(ready).contains("7 of 7 met").contains("the program can be completed");

		// Facilitators assess; only the director ends a program.
		assertThat(this.facilitator.submit(page, page + "/complete", Map.of("endedOn", this.today.toString()))
			.statusCode()).isEqualTo(403);
		HttpResponse<String> completed = this.director.submit(page, page + "/complete",
				Map.of("endedOn", this.today.toString()));
		assertThat(completed.statusCode()).isEqualTo(302);
		assertThat(stage(member)).isEqualTo(ProgramStage.COMPLETED);
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(group.groupId()))).isEmpty();

		String after = this.director.get(page).body();
		assertThat(after).contains("Completed on " + this.today).contains("does not guarantee");
		// PAR-11: with the program group left, the ongoing follow-up group takes them
		// (501.240).
		java.util.UUID followUp = SystemScope.callAs(this.agency, () -> {
			java.util.UUID id = this.groups.create(new org.paipmanager.group.GroupCommand("Alumni group",
					org.paipmanager.group.GroupComposition.MALE, "English", java.time.DayOfWeek.FRIDAY,
					java.time.LocalTime.of(18, 0), 90, "Room 3", 15, group.facilitators().get(0),
					group.facilitators().get(1), "Test facilitators without training records: exception documented.",
					org.paipmanager.group.GroupPurpose.FOLLOW_UP));
			this.groups.addMember(id, member);
			return id;
		});
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(followUp))).hasSize(1);
		String certificate = this.director.get(page + "/certificate").body();
		assertThat(certificate).contains("Member1 Attending completed the requirements")
			.contains("Sessions attended: 24")
			.contains("does not guarantee that abusive behavior has ended");
		String file = this.director.get("/participants/" + member).body();
		assertThat(file).containsPattern(
				"id=\"checklist-H\">[^<]*<th scope=\"row\">H\\)[^<]*</th>\\s*<td><span class=\"usa-tag bg-green\">");
	}

	@Test
	@DisplayName("GRP-6: a payer standard of 26 group sessions without a certificate holds the participants it refers")
	void holdsParticipantsToTheirReferralSourceStandard() {
		String standards = "/completion/standards/new";
		HttpResponse<String> tooLow = this.director.submit(standards, "/completion/standards",
				standard("DCFS family services", "20", "30"));
		assertThat(tooLow.statusCode()).isEqualTo(200);
		assertThat(tooLow.body()).contains("At least 24 sessions: the rule minimum of 501.90(a).")
			.contains("At least 36 hours: the rule minimum of 501.90(a).");
		assertThat(
				this.director.submit(standards, "/completion/standards", standard("DCFS family services", "26", "39")))
			.extracting(HttpResponse::statusCode)
			.isEqualTo(302);
		assertThat(this.director.get("/completion/standards").body()).contains("DCFS family services")
			.contains("12 months");

		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.DCFS, 24);
		ParticipantId member = group.members().get(0);
		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			assess(this.facilitator, member, criterion, true);
		}
		String page = completionPage(member);
		String short2 = this.director.get(page).body();
		assertThat(short2).contains("Standard: DCFS family services (GRP-6), 26 sessions and 39")
			.contains("Sessions: 24 of 26")
			.contains("Fewer sessions attended than the standard requires.")
			.contains("does not allow a certificate of completion");
		assertThat(this.director.submit(page, page + "/complete", Map.of("endedOn", this.today.toString())).body())
			.contains("The program cannot be completed yet");

		// Group only (seed 003): an individual session does not count toward the
		// standard.
		SystemScope.callAs(this.agency,
				() -> this.context.getBean(org.paipmanager.group.RecordingIndividualSessions.class)
					.record(member,
							new org.paipmanager.group.IndividualSessionCommand(this.today.minusDays(3), 60,
									group.facilitators().get(0), "Accountability plan", "Worked on his plan.",
									"Missed the group for a hospital stay.", null, null)));
		assertThat(this.director.get(page).body()).contains("Sessions: 24 of 26")
			.contains("Group sessions only under this standard");
		group.recordSession(this.today.minusDays(2));
		group.recordSession(this.today.minusDays(1));
		assertThat(
				this.director.submit(page, page + "/complete", Map.of("endedOn", this.today.toString())).statusCode())
			.isEqualTo(302);
		String completed = this.director.get(page).body();
		assertThat(completed).contains("Completed on").doesNotContain("id=\"certificate-link\"");
		assertThat(this.director.get(page + "/certificate").body())
			.contains("The referral source standard forbids a certificate of completion.")
			.doesNotContain("completed the requirements");
	}

	@Test
	@DisplayName("GRP-8: an extension documents the criteria not met, adds sessions and stays flagged until the referrer is told")
	void extendsWithDocumentedLackOfProgress() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.PROBATION, 6);
		ParticipantId member = group.members().get(0);
		String page = completionPage(member);
		assess(this.facilitator, member, CompletionCriterion.RESPECTFUL_LANGUAGE, true);

		Map<String, String> extension = new LinkedHashMap<>(Map.of("decidedOn", this.today.toString(),
				"participantToldOn", this.today.toString(), "additionalSessions", "6", "lackOfProgress",
				"Still blames the partner for the arrest after six sessions; no plan yet."));
		HttpResponse<String> unnamed = this.director.submit(page, page + "/extensions", extension);
		assertThat(unnamed.body()).contains("Name at least one criterion not yet met (501.160(b)).");
		extension.put("criteriaNotMet", "RESPECTFUL_LANGUAGE");
		assertThat(this.director.submit(page, page + "/extensions", extension).body())
			.contains("A criterion named here is assessed as met");
		extension.put("criteriaNotMet", "ADMISSION_AND_ACCOUNTABILITY");
		assertThat(this.director.submit(page, page + "/extensions", extension).statusCode()).isEqualTo(302);

		String extended = this.director.get(page).body();
		assertThat(extended).contains("Sessions: 6 of 30")
			.contains("Includes 6 sessions added by extensions (501.160(b)).")
			.contains("after 6 sessions attended")
			.contains("An extension has not yet been communicated to the referring entity (501.160(b)).");
		String extensionId = extended.replaceAll("(?s).*id=\"extension-([0-9a-f-]{36})\".*", "$1");
		HttpResponse<String> told = this.director.submit(page, page + "/extensions/" + extensionId + "/referrer",
				Map.of("toldOn", this.today.toString(), "how", "Letter to the probation officer", "version", "0"));
		assertThat(told.statusCode()).isEqualTo(302);
		assertThat(this.director.get(page).body()).contains("Letter to the probation officer")
			.doesNotContain("has not yet been communicated");
		// The same notice sent from a page read before is a stale version.
		HttpResponse<String> stale = this.director.submit(page, page + "/extensions/" + extensionId + "/referrer",
				Map.of("toldOn", this.today.toString(), "how", "Call", "version", "0"));
		assertThat(stale.body()).contains("Someone else changed this participant");
	}

	@Test
	@DisplayName("GRP-9: termination takes a coded reason, explained when OTHER, and ends the group placement")
	void terminatesWithACodedReason() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 2, ReferralSource.COURT, 3);
		ParticipantId member = group.members().get(0);
		String page = completionPage(member);
		assertThat(this.director.submit(page, page + "/terminate", Map.of("endedOn", this.today.toString())).body())
			.contains("Choose the reason for termination.");
		assertThat(this.director
			.submit(page, page + "/terminate",
					Map.of("endedOn", this.today.toString(), "reason", "OTHER", "explanation", ""))
			.body()).contains("Explain the reason.");
		assertThat(stage(member)).isEqualTo(ProgramStage.ENROLLED);
		assertThat(this.director
			.submit(page, page + "/terminate",
					Map.of("endedOn", this.today.toString(), "reason", "ABSENCES", "explanation", ""))
			.statusCode()).isEqualTo(302);
		assertThat(stage(member)).isEqualTo(ProgramStage.TERMINATED);
		assertThat(this.director.get(page).body())
			.contains("Terminated on " + this.today + ": Absences beyond what the contract allows");
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(group.groupId()))).hasSize(1);
		// A program ends once.
		assertThat(this.director.get(page).body()).doesNotContain("id=\"terminate-form\"");
	}

	@Test
	@DisplayName("GRP-7: an assessment made on a stale page conflicts visibly instead of overwriting")
	void staleAssessmentConflicts() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 2);
		ParticipantId member = group.members().get(0);
		String criterionPage = completionPage(member) + "/criteria/PREVENTION_PLAN";
		String staleToken = WebSession.csrfToken(this.facilitator.get(criterionPage).body());
		assess(this.director, member, CompletionCriterion.PREVENTION_PLAN, false);
		HttpResponse<String> stale = this.facilitator.post(criterionPage,
				Map.of("_csrf", staleToken, "criterion", "PREVENTION_PLAN", "basedOn", "", "met", "true", "assessedOn",
						this.today.toString(), "evidence", "Wrote a plan in session 2."));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else assessed this criterion")
			.contains("Wrote a plan in session 2.");
		String history = this.facilitator.get(criterionPage).body();
		assertThat(history).contains("Assessed as the test says").doesNotContain("Wrote a plan in session 2.</td>");
	}

	@Test
	@DisplayName("GRP-7: the API answers progress as JSON and a refused completion as problem+json naming each criterion")
	void answersTheApi() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 2);
		ParticipantId member = group.members().get(0);
		HttpResponse<String> progress = this.director.get("/api/participants/" + member + "/completion");
		assertThat(progress.statusCode()).isEqualTo(200);
		assertThat(progress.body()).contains("\"sessionsCounted\":2").contains("\"sessionsRequired\":24");
		HttpResponse<String> refused = this.director.json("POST",
				"/api/participants/" + member + "/completion/complete", "{\"endedOn\":\"" + this.today + "\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("NO_CURRENT_VIOLENCE").contains("sessions");
	}

	private HttpResponse<String> assess(WebSession session, ParticipantId member, CompletionCriterion criterion,
			boolean met) {
		String criterionPage = completionPage(member) + "/criteria/" + criterion;
		String form = session.get(criterionPage).body();
		String basedOn = form.replaceAll("(?s).*name=\"basedOn\" value=\"([^\"]*)\".*", "$1");
		return session.submit(criterionPage, criterionPage,
				Map.of("criterion", criterion.name(), "basedOn", basedOn.length() == 36 ? basedOn : "", "met",
						String.valueOf(met), "assessedOn", this.today.toString(), "evidence",
						"Assessed as the test says"));
	}

	private static Map<String, String> standard(String name, String sessions, String hours) {
		return Map.of("name", name, "referralSource", "DCFS", "sessionsRequired", sessions, "hoursRequired", hours,
				"referralValidMonths", "12", "groupOnly", "true", "certificateAllowed", "false");
	}

	private static String completionPage(ParticipantId member) {
		return "/participants/" + member + "/completion";
	}

	private ProgramStage stage(ParticipantId member) {
		return SystemScope.callAs(this.agency, () -> this.participants.get(member).stage());
	}

}
