package org.paipmanager.program;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.program.ProtocolApplicationCommand.Kind;
import org.paipmanager.program.ProtocolDecisionCommand.DenialArea;
import org.paipmanager.program.ProtocolDecisionCommand.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program administration page forms over HTTP: each posts to the facade the API uses,
 * and a refused form shows its message next to the field with nothing saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgramPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplyingForProtocol protocol;

	@Autowired
	PlanningContinuation continuation;

	@Autowired
	ProposingInnovation innovation;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountingForGrants grants;

	private ProgramFixture fixture;

	@BeforeEach
	void newAgency() {
		this.fixture = ProgramFixture.in(this.context, this.port);
	}

	@Test
	@DisplayName("PRG-6: on the protocol page a renewal naming no application is refused next to its field and nothing is saved; a first application is recorded")
	void applicationForm() {
		WebSession director = this.fixture.director();
		HttpResponse<String> refused = director.submit("/program/protocol", "/program/protocol/applications",
				Map.of("kind", "RENEWAL", "followsId", "", "submittedOn", this.fixture.today().toString(), "signedBy",
						"Dana Whitfield"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"followsId-error\"")
			.contains("Name the application this one follows.");
		assertThat(this.fixture.as(this.protocol::applications)).isEmpty();

		HttpResponse<String> badDate = director.submit("/program/protocol", "/program/protocol/applications",
				Map.of("kind", "INITIAL", "submittedOn", "not-a-date", "signedBy", "Dana Whitfield"));
		assertThat(badDate.statusCode()).isEqualTo(200);
		assertThat(badDate.body()).contains("id=\"submittedOn-error\"");
		assertThat(this.fixture.as(this.protocol::applications)).isEmpty();

		HttpResponse<String> saved = director.submit("/program/protocol", "/program/protocol/applications",
				Map.of("kind", "INITIAL", "followsId", "", "submittedOn", this.fixture.today().toString(), "signedBy",
						"Dana Whitfield"));
		assertThat(saved.statusCode()).isEqualTo(302);
		List<ProtocolApplicationView> recorded = this.fixture.as(this.protocol::applications);
		assertThat(recorded).singleElement()
			.extracting(ProtocolApplicationView::kind, ProtocolApplicationView::signedBy)
			.containsExactly(Kind.INITIAL, "Dana Whitfield");
		assertThat(saved.headers().firstValue("Location").orElseThrow())
			.endsWith("/program/protocol/applications/" + recorded.getFirst().id());
	}

	@Test
	@DisplayName("PRG-6: on the application page a denial naming no area is refused quoting 501.40(c) and a half-filled area next to its row, nothing saved; a stale version is a visible conflict; a denial with its area is recorded")
	void decisionForm() {
		UUID id = this.fixture.as(() -> this.protocol.submit(new ProtocolApplicationCommand(Kind.INITIAL, null,
				this.fixture.today().minusDays(20), "Dana Whitfield", List.of())));
		WebSession director = this.fixture.director();
		String page = "/program/protocol/applications/" + id;
		String action = page + "/decision";
		HttpResponse<String> noArea = director.submit(page, action,
				Map.of("version", "0", "outcome", "DENIED", "decidedOn", this.fixture.today().toString(),
						"denialAreas[0].section", "", "denialAreas[0].finding", ""));
		assertThat(noArea.statusCode()).isEqualTo(200);
		assertThat(noArea.body()).contains("id=\"denialAreas-error\"").contains("501.40(c)");
		HttpResponse<String> half = director.submit(page, action, Map.of("version", "0", "outcome", "DENIED",
				"decidedOn", this.fixture.today().toString(), "denialAreas[0].section", "501.300"));
		assertThat(half.body()).contains("id=\"area0-error\"")
			.contains("Give both the section and what the Department found");
		assertThat(this.fixture.as(() -> this.protocol.application(id)).status())
			.isEqualTo(ProtocolApplicationView.Status.SUBMITTED);

		HttpResponse<String> stale = director.submit(page, action,
				Map.of("version", "5", "outcome", "DENIED", "decidedOn", this.fixture.today().toString(),
						"denialAreas[0].section", "501.300", "denialAreas[0].finding", "No observation"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("This application changed since you opened the page.");
		assertThat(this.fixture.as(() -> this.protocol.application(id)).status())
			.isEqualTo(ProtocolApplicationView.Status.SUBMITTED);

		HttpResponse<String> denied = director.submit(page, action,
				Map.of("version", "0", "outcome", "DENIED", "decidedOn", this.fixture.today().toString(),
						"denialAreas[0].section", "", "denialAreas[0].finding", "", "denialAreas[1].section", "501.300",
						"denialAreas[1].finding", "No observation in six months"));
		assertThat(denied.statusCode()).isEqualTo(302);
		ProtocolApplicationView view = this.fixture.as(() -> this.protocol.application(id));
		assertThat(view.status()).isEqualTo(ProtocolApplicationView.Status.DENIED);
		assertThat(view.denialAreas()).extracting(ProtocolApplicationView.Area::section).containsExactly("501.300");
		assertThat(director.get(page).body()).contains("501.300: No observation in six months");
	}

	@Test
	@DisplayName("PRG-6: a renewal notice with a renewal date before the approval is refused next to the field and nothing is saved; one after it is recorded and the renewal shows on the due list")
	void renewalNoticeForm() {
		UUID id = this.fixture.as(() -> {
			UUID submitted = this.protocol.submit(new ProtocolApplicationCommand(Kind.INITIAL, null,
					this.fixture.today().minusDays(40), "Dana Whitfield", List.of()));
			this.protocol.decide(submitted, 0, new ProtocolDecisionCommand(Outcome.APPROVED,
					this.fixture.today().minusDays(30), null, null, null, null, List.<DenialArea>of()));
			return submitted;
		});
		WebSession director = this.fixture.director();
		String page = "/program/protocol/applications/" + id;
		HttpResponse<String> refused = director.submit(page, page + "/renewal-notice",
				Map.of("version", "1", "noticeOn", this.fixture.today().toString(), "renewalDueOn",
						this.fixture.today().minusDays(31).toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"renewalDueOn-error\"")
			.contains("The renewal date must come after the start of the approval.");
		assertThat(this.fixture.as(() -> this.protocol.application(id)).renewalDueOn()).isNull();

		HttpResponse<String> saved = director.submit(page, page + "/renewal-notice",
				Map.of("version", "1", "noticeOn", this.fixture.today().toString(), "renewalDueOn",
						this.fixture.today().plusDays(20).toString(), "procedures", "Send the full protocol again."));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.fixture.as(() -> this.protocol.application(id)).renewalDueOn())
			.isEqualTo(this.fixture.today().plusDays(20));
		assertThat(director.get("/program?window=30").body())
			.contains("Protocol renewal, on the date the Department gave");
	}

	@Test
	@DisplayName("PRG-8: on the continuation page a review date before the adoption and a location without its address are refused next to their fields and nothing is saved; the plan is written, a stale version is a visible conflict, and sharing with a referral source not in the directory is refused")
	void continuationForms() {
		UUID probation = this.fixture.as(() -> this.agencies.addPartnerAgency("Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "(217) 555-0120", "Prairie", false));
		WebSession director = this.fixture.director();
		String page = "/program/continuation";
		HttpResponse<String> refused = director.submit(page, page + "/plan",
				Map.of("adoptedOn", this.fixture.today().toString(), "nextReviewOn",
						this.fixture.today().minusDays(1).toString(), "referralNotice",
						"The director calls each judge.", "locations[0].name", "Church hall", "locations[0].address",
						""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"location0-error\"")
			.contains("Give both the name and the address, or leave the location blank.");
		assertThat(this.fixture.as(this.continuation::plan)).isEmpty();
		HttpResponse<String> early = director.submit(page, page + "/plan",
				Map.of("adoptedOn", this.fixture.today().toString(), "nextReviewOn",
						this.fixture.today().minusDays(1).toString(), "referralNotice",
						"The director calls each judge."));
		assertThat(early.body()).contains("id=\"nextReviewOn-error\"");
		assertThat(this.fixture.as(this.continuation::plan)).isEmpty();

		HttpResponse<String> saved = director.submit(page, page + "/plan",
				Map.of("adoptedOn", this.fixture.today().toString(), "nextReviewOn",
						this.fixture.today().plusDays(40).toString(), "referralNotice",
						"The director calls each judge.", "locations[0].name", "Church hall", "locations[0].address",
						"410 Elm Street", "locations[1].name", "", "locations[1].address", "",
						"cooperation[0].providerName", "Lakeside PAIP", "cooperation[0].agreementId", "",
						"cooperation[0].continuity", "Seats our participants"));
		assertThat(saved.statusCode()).isEqualTo(302);
		ContinuationPlanView plan = this.fixture.as(this.continuation::plan).orElseThrow();
		assertThat(plan.locations()).extracting(ContinuationPlanCommand.Location::address)
			.containsExactly("410 Elm Street");
		assertThat(plan.cooperation()).extracting(ContinuationPlanView.Cooperation::providerName)
			.containsExactly("Lakeside PAIP");

		HttpResponse<String> stale = director.submit(page, page + "/plan",
				Map.of("version", "7", "adoptedOn", this.fixture.today().toString(), "nextReviewOn",
						this.fixture.today().plusDays(40).toString(), "referralNotice", "Changed"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("The plan changed since you opened the page.");
		assertThat(this.fixture.as(this.continuation::plan).orElseThrow().referralNotice())
			.isEqualTo("The director calls each judge.");

		HttpResponse<String> unknown = director.submit(page, page + "/sharing", Map.of("partnerAgencyId",
				UUID.randomUUID().toString(), "sharedOn", this.fixture.today().toString(), "how", "Letter"));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("id=\"partnerAgencyId-error\"");
		assertThat(this.fixture.as(this.continuation::plan).orElseThrow().sharedWith()).isEmpty();
		HttpResponse<String> shared = director.submit(page, page + "/sharing", Map.of("partnerAgencyId",
				probation.toString(), "sharedOn", this.fixture.today().toString(), "how", "Letter"));
		assertThat(shared.statusCode()).isEqualTo(302);
		assertThat(this.fixture.as(this.continuation::plan).orElseThrow().sharedWith())
			.extracting(ContinuationPlanView.Shared::partnerName)
			.containsExactly("Adult Probation");
	}

	@Test
	@DisplayName("PRG-9: on the innovation page a proposal not accepting monitoring is refused quoting 501.310(a)(3) next to the box, and an evaluation date outside the time limit next to its field, nothing saved; the proposal, the Department's approval and the evaluation are recorded on the pages")
	void innovationForms() {
		WebSession director = this.fixture.director();
		Map<String, String> fields = new java.util.HashMap<>(
				Map.of("title", "Fathering after violence", "writtenPlan", "Twelve sessions", "reasons",
						"Participants are fathers", "trialStartsOn", this.fixture.today().minusDays(60).toString(),
						"timeLimitOn", this.fixture.today().plusDays(300).toString(), "evaluationDueOn",
						this.fixture.today().plusDays(400).toString(), "evaluationProcess", "Pre and post survey",
						"principlesAdherence", "Victim safety first", "evidenceBase", "Caring Dads"));
		fields.put("submittedOn", this.fixture.today().minusDays(60).toString());
		HttpResponse<String> refused = director.submit("/program/innovation", "/program/innovation", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"acceptsMonitoring-error\"").contains("501.310(a)(3)");
		assertThat(this.fixture.as(this.innovation::proposals)).isEmpty();
		fields.put("acceptsMonitoring", "true");
		HttpResponse<String> outside = director.submit("/program/innovation", "/program/innovation", fields);
		assertThat(outside.body()).contains("id=\"evaluationDueOn-error\"");
		assertThat(this.fixture.as(this.innovation::proposals)).isEmpty();

		fields.put("evaluationDueOn", this.fixture.today().plusDays(200).toString());
		HttpResponse<String> saved = director.submit("/program/innovation", "/program/innovation", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		UUID id = this.fixture.as(this.innovation::proposals).getFirst().id();
		String page = "/program/innovation/" + id;
		HttpResponse<String> early = director.submit(page, page + "/decision", Map.of("version", "0", "decision",
				"APPROVED", "decidedOn", this.fixture.today().minusDays(61).toString()));
		assertThat(early.body()).contains("id=\"decidedOn-error\"");
		assertThat(this.fixture.as(() -> this.innovation.proposal(id)).decision()).isNull();
		assertThat(director
			.submit(page, page + "/decision", Map.of("version", "0", "decision", "APPROVED", "decidedOn",
					this.fixture.today().minusDays(50).toString()))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> beforeTrial = director.submit(page, page + "/evaluation",
				Map.of("version", "1", "evaluatedOn", this.fixture.today().minusDays(70).toString(), "outcome",
						"EFFECTIVE", "findings", "Fewer incidents"));
		assertThat(beforeTrial.body()).contains("id=\"evaluatedOn-error\"");
		assertThat(this.fixture.as(() -> this.innovation.proposal(id)).outcome()).isNull();
		assertThat(
				director
					.submit(page, page + "/evaluation",
							Map.of("version", "1", "evaluatedOn", this.fixture.today().toString(), "outcome",
									"EFFECTIVE", "findings", "Fewer incidents"))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.fixture.as(() -> this.innovation.proposal(id)).outcome())
			.isEqualTo(InnovationEvaluationCommand.Outcome.EFFECTIVE);
	}

	@Test
	@DisplayName("PRG-10: on the grant agreement page blank rows are ignored, a partly filled row is refused field by field quoting 501.400(c)(3), a duplicate code and a period ending before it starts next to their rows and fields, nothing saved; 'add a line' adds a row; the grant is recorded with its two lines, and an amendment against a stale version is a visible conflict")
	void grantForm() {
		WebSession director = this.fixture.director();
		String form = "/program/grants/new";
		assertThat(director.get(form).body()).contains("id=\"lines4.code\"").doesNotContain("id=\"lines5.code\"");
		Map<String, String> fields = new java.util.HashMap<>(Map.of("funder", GrantCommand.DEPARTMENT,
				"agreementNumber", "DHS-27-0101", "startsOn", "2026-07-01", "endsOn", "2027-06-30", "amountAwarded",
				"12000.00", "signedOn", this.fixture.today().minusDays(10).toString(), "reportDueDays", "30"));
		fields.putAll(Map.of("lines[0].code", "", "lines[0].name", "", "lines[0].budgeted", "",
				"lines[0].justification", "", "lines[1].code", "STAFF", "lines[2].code", "SUPP", "lines[2].name",
				"Supplies", "lines[2].budgeted", "500.00", "lines[2].justification", "Workbooks"));
		HttpResponse<String> partial = director.submit(form, "/program/grants", fields);
		assertThat(partial.statusCode()).isEqualTo(200);
		assertThat(partial.body()).contains("id=\"line-1-name-error\"")
			.contains("id=\"line-1-budgeted-error\"")
			.contains("id=\"line-1-justification-error\"")
			.contains("501.400(c)(3): give the name of this budget line")
			.doesNotContain("id=\"line-0-code-error\"")
			.doesNotContain("id=\"line-2-code-error\"");
		assertThat(this.fixture.as(this.grants::grants)).isEmpty();

		fields.putAll(Map.of("lines[1].name", "Facilitator hours", "lines[1].budgeted", "9000.00",
				"lines[1].justification", "Two facilitators", "lines[2].code", "STAFF", "endsOn", "2026-06-30"));
		HttpResponse<String> duplicate = director.submit(form, "/program/grants", fields);
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("id=\"line-2-code-error\"")
			.contains("Two budget lines have this code.")
			.doesNotContain("id=\"line-1-code-error\"");
		assertThat(duplicate.body()).contains("id=\"endsOn-error\"");
		assertThat(this.fixture.as(this.grants::grants)).isEmpty();

		Map<String, String> none = new java.util.HashMap<>(fields);
		none.keySet().removeIf((k) -> k.startsWith("lines[1]") || k.startsWith("lines[2]"));
		none.put("endsOn", "2027-06-30");
		HttpResponse<String> noLines = director.submit(form, "/program/grants", none);
		assertThat(noLines.body()).contains("id=\"lines-error\"").contains("501.400(c)(3)");
		assertThat(this.fixture.as(this.grants::grants)).isEmpty();

		Map<String, String> unreadable = new java.util.HashMap<>(fields);
		unreadable.put("lines[2].budgeted", "five hundred");
		HttpResponse<String> badAmount = director.submit(form, "/program/grants", unreadable);
		assertThat(badAmount.statusCode()).isEqualTo(200);
		assertThat(badAmount.body()).contains("id=\"line-2-budgeted-error\"")
			.contains("501.400(c)(3): enter the amount budgeted in dollars")
			.contains("id=\"lines2.code\"");
		assertThat(this.fixture.as(this.grants::grants)).isEmpty();

		Map<String, String> adding = new java.util.HashMap<>(fields);
		adding.put("addLine", "1");
		HttpResponse<String> added = director.submit(form, "/program/grants", adding);
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("id=\"lines3.code\"")
			.doesNotContain("id=\"line-2-code-error\"")
			.contains("value=\"Facilitator hours\"");
		assertThat(this.fixture.as(this.grants::grants)).isEmpty();

		fields.putAll(Map.of("lines[2].code", "SUPP", "endsOn", "2027-06-30"));
		HttpResponse<String> saved = director.submit(form, "/program/grants", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		GrantView grant = this.fixture.as(this.grants::grants).getFirst();
		assertThat(grant.lines()).extracting(GrantView.Line::code).containsExactly("STAFF", "SUPP");
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/program/grants/" + grant.id());
		assertThat(director.get("/program").body()).contains("DHS-27-0101");

		String edit = "/program/grants/" + grant.id() + "/edit";
		assertThat(director.get(edit).body()).contains("value=\"Facilitator hours\"").contains("id=\"lines3.code\"");
		Map<String, String> amended = new java.util.HashMap<>(fields);
		amended.putAll(Map.of("version", "7", "lines[0].code", "TRAIN", "lines[0].name", "Training",
				"lines[0].budgeted", "800.00", "lines[0].justification", "Twenty hours for a new facilitator"));
		HttpResponse<String> stale = director.submit(edit, "/program/grants/" + grant.id(), amended);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("This grant agreement changed since you opened the page.");
		assertThat(this.fixture.as(() -> this.grants.grant(grant.id())).lines()).hasSize(2);
		amended.put("version", "0");
		assertThat(director.submit(edit, "/program/grants/" + grant.id(), amended).statusCode()).isEqualTo(302);
		assertThat(this.fixture.as(() -> this.grants.grant(grant.id())).lines()).extracting(GrantView.Line::code)
			.containsExactly("TRAIN", "STAFF", "SUPP");
	}

}
