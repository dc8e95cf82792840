package org.paipmanager.eligibility;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EligibilityDecisionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	EligibilityDecisions decisions;

	@Autowired
	IntakeScreenings screenings;

	private AgencyFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	private WebSession intake;

	private String page;

	@BeforeEach
	void referParticipant() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Noel", "Screened", LocalDate.of(1984, 3, 3),
						Gender.MALE, false, "English", ReferralSource.COURT, "2026-CF-9", LocalDate.of(2026, 11, 1))));
		SystemScope.callAs(this.agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, this.participant,
					LocalDate.of(2026, 11, 2));
			return null;
		});
		this.intake = new WebSession(this.port);
		this.intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		this.page = "/participants/" + this.participant + "/eligibility";
	}

	@Test
	@DisplayName("PAR-4: the proposal names its sections; recording it moves the participant and keeps the decision")
	void showsTheProposalWithItsSectionsAndRecordsTheDecision() {
		Map<String, String> noPartnerViolence = findings();
		noPartnerViolence.put("referredForNonPartnerViolence", "true");
		HttpResponse<String> proposal = this.intake.submit(this.page, this.page,
				with(noPartnerViolence, "action", "propose"));
		assertThat(proposal.body()).contains("The rules propose: Not eligible: no history of intimate partner violence")
			.contains("(501.125(a))")
			.contains("Refer back to the referring entity with a referral recommendation")
			.contains("(501.230(d))");
		assertThat(stage()).isEqualTo(ProgramStage.SCREENING);

		HttpResponse<String> recorded = this.intake.submit(this.page, this.page,
				with(noPartnerViolence, "action", "decide"));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(stage()).isEqualTo(ProgramStage.NOT_ADMITTED);
		assertThat(this.intake.get(this.page).body()).contains("Not eligible: no history of intimate partner violence")
			.contains("501.125(a), 501.125(d), 501.230(d)");
	}

	@Test
	@DisplayName("PAR-4: an override needs the other outcome and a written reason; without them nothing is saved")
	void refusesAnOverrideWithoutReason() {
		Map<String, String> fields = findings();
		fields.put("intimatePartnerViolenceHistory", "true");
		fields.put("override", "true");
		fields.put("overrideOutcome", "EXCLUDED");
		HttpResponse<String> refused = this.intake.submit(this.page, this.page, with(fields, "action", "decide"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("To override the proposal, choose the outcome and write the reason.");
		assertThat(history()).isEmpty();
	}

	@Test
	@DisplayName("PAR-4: a later decision revises the earlier one and both stay in the history")
	void keepsHistoryWhenADecisionIsRevised() {
		Map<String, String> cannotBenefit = findings();
		cannotBenefit.put("intimatePartnerViolenceHistory", "true");
		cannotBenefit.put("cannotBenefit", "true");
		this.intake.submit(this.page, this.page, with(cannotBenefit, "action", "decide"));
		assertThat(stage()).isEqualTo(ProgramStage.NOT_ADMITTED);

		Map<String, String> revised = findings();
		revised.put("intimatePartnerViolenceHistory", "true");
		revised.put("cannotBenefit", "true");
		revised.put("override", "true");
		revised.put("overrideOutcome", "ELIGIBLE");
		revised.put("overrideReason", "Psychiatrist's letter: condition stabilised, can take part in group.");
		assertThat(this.intake.submit(this.page, this.page, with(revised, "action", "decide")).statusCode())
			.isEqualTo(302);

		assertThat(stage()).isEqualTo(ProgramStage.ELIGIBLE);
		var history = history();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).decidedOutcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(history.get(0).proposedOutcome()).isEqualTo(Outcome.REFER_FOR_TREATMENT);
		assertThat(history.get(0).overrideReason()).contains("condition stabilised");
		assertThat(history.get(1).superseded()).isTrue();
	}

	@Test
	@DisplayName("PAR-4: the API proposes with sections, records the decision, and refuses one without a screening")
	void decidesThroughTheApi() {
		String api = "/api/participants/" + this.participant + "/eligibility";
		HttpResponse<String> draft = this.intake.get(api + "/draft");
		assertThat(draft.body()).contains("\"identifiedAsVictim\":false").contains("\"substanceUse\":\"NONE\"");
		String findings = "{\"intimatePartnerViolenceHistory\":true,\"substanceUse\":\"POSSIBLE\"}";
		HttpResponse<String> proposal = this.intake.json("POST", api + "/proposal", findings);
		assertThat(proposal.statusCode()).isEqualTo(200);
		assertThat(proposal.body()).contains("\"outcome\":\"ELIGIBLE\"").contains("501.135(a)");
		HttpResponse<String> decided = this.intake.json("POST", api, findings);
		assertThat(decided.statusCode()).isEqualTo(201);
		assertThat(decided.body()).contains("\"decidedOutcome\":\"ELIGIBLE\"");
		assertThat(stage()).isEqualTo(ProgramStage.ELIGIBLE);
		HttpResponse<String> sameAsProposal = this.intake.json("POST", api,
				"{\"intimatePartnerViolenceHistory\":true,\"substanceUse\":\"NONE\",\"override\":true,\"overrideOutcome\":\"ELIGIBLE\",\"overrideReason\":\"x\"}");
		assertThat(sameAsProposal.statusCode()).isEqualTo(400);
		assertThat(sameAsProposal.headers().firstValue("Content-Type").orElseThrow())
			.contains("application/problem+json");

		ParticipantId unscreened = SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Una", "Screened", LocalDate.of(1984, 3, 3),
						Gender.FEMALE, false, "English", ReferralSource.COURT, null, LocalDate.of(2026, 11, 1))));
		HttpResponse<String> refused = this.intake.json("POST", "/api/participants/" + unscreened + "/eligibility",
				findings);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("501.115(a)(2)");
	}

	@Test
	void keepsTheDecisionFromRolesThatMayNotMakeIt() {
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get(this.page).statusCode()).isEqualTo(200);
		Map<String, String> fields = findings();
		fields.put("intimatePartnerViolenceHistory", "true");
		assertThat(facilitator.submit("/participants/" + this.participant, this.page, with(fields, "action", "decide"))
			.statusCode()).isEqualTo(403);
		assertThat(history()).isEmpty();
	}

	private ProgramStage stage() {
		return SystemScope.callAs(this.agency, () -> this.participants.get(this.participant).stage());
	}

	private java.util.List<EligibilityDecisionView> history() {
		return SystemScope.callAs(this.agency, () -> this.decisions.history(this.participant));
	}

	private static Map<String, String> findings() {
		Map<String, String> fields = new HashMap<>();
		fields.put("substanceUse", "NONE");
		return fields;
	}

	private static Map<String, String> with(Map<String, String> fields, String key, String value) {
		Map<String, String> all = new HashMap<>(fields);
		all.put(key, value);
		return all;
	}

}
