package org.paipmanager.program;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.AgreementParty;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.program.ProtocolApplicationCommand.Kind;
import org.paipmanager.program.ProtocolDecisionCommand.DenialArea;
import org.paipmanager.program.ProtocolDecisionCommand.Outcome;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CsvText;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Program administration against the real database and over HTTP: protocol applications
 * and grievances (PRG-6), the continuation plan (PRG-8), innovation proposals (PRG-9) and
 * grants (PRG-10). Dates are set relative to the program's today, so each deadline falls
 * on the day the test names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgramAdministrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgramManagement program;

	@Autowired
	ApplyingForProtocol protocol;

	@Autowired
	PlanningContinuation continuation;

	@Autowired
	ProposingInnovation innovation;

	@Autowired
	AccountingForGrants grants;

	@Autowired
	GrantDocuments documents;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	RegisteringAgreements agreements;

	private ProgramFixture fixture;

	@BeforeEach
	void newAgency() {
		this.fixture = ProgramFixture.in(this.context, this.port);
	}

	@Test
	@DisplayName("PRG-6: a grievance filed on day 31 after the denial is refused quoting 501.50, on day 30 it is recorded; unanswered on day 46 after receipt it is overdue, on day 45 not")
	void grievanceDeadlines() {
		UUID late = deniedOn(this.fixture.today().minusDays(31));
		assertThatThrownBy(
				() -> this.fixture.as(() -> this.protocol.fileGrievance(grievance(late, this.fixture.today(), null))))
			.isInstanceOfSatisfying(ProgramRefused.class,
					(refused) -> assertThat(refused.problems()).containsEntry("filedOn", "program.grievance.late"));
		WebSession director = this.fixture.director();
		HttpResponse<String> api = director.json("POST", "/api/program/grievances",
				"{\"applicationId\":\"" + late + "\",\"action\":\"DENIAL\",\"filedOn\":\"" + this.fixture.today()
						+ "\",\"grounds\":\"The curriculum covers every component.\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(api.body()).contains("filedOn").contains("within 30 calendar days after the denial");
		assertThat(this.fixture.as(this.protocol::grievances)).isEmpty();

		UUID inTime = deniedOn(this.fixture.today().minusDays(30));
		UUID filed = this.fixture.as(() -> this.protocol.fileGrievance(grievance(inTime, this.fixture.today(), null)));
		GrievanceView recorded = this.fixture.as(() -> this.protocol.grievance(filed));
		assertThat(recorded.lastDayToFile()).isEqualTo(this.fixture.today());
		assertThat(recorded.responseDueOn()).isEqualTo(this.fixture.today().plusDays(45));
		assertThat(recorded.responseOverdue()).isFalse();
		assertThatThrownBy(
				() -> this.fixture.as(() -> this.protocol.fileGrievance(grievance(inTime, this.fixture.today(), null))))
			.isInstanceOfSatisfying(ProgramRefused.class,
					(refused) -> assertThat(refused.problems()).containsEntry("action", "program.grievance.final"));

		UUID dayFortySix = deniedOn(this.fixture.today().minusDays(50));
		UUID overdue = this.fixture.as(() -> this.protocol.fileGrievance(
				grievance(dayFortySix, this.fixture.today().minusDays(47), this.fixture.today().minusDays(46))));
		UUID dayFortyFive = deniedOn(this.fixture.today().minusDays(50));
		UUID dueToday = this.fixture.as(() -> this.protocol.fileGrievance(
				grievance(dayFortyFive, this.fixture.today().minusDays(45), this.fixture.today().minusDays(45))));
		assertThat(this.fixture.as(() -> this.protocol.grievance(overdue)).responseOverdue()).isTrue();
		assertThat(this.fixture.as(() -> this.protocol.grievance(dueToday)).responseOverdue()).isFalse();
		List<DueItem> due = this.fixture.as(() -> this.program.due(30));
		assertThat(due).filteredOn((d) -> d.kind() == DueItem.Kind.GRIEVANCE_RESPONSE)
			.extracting(DueItem::overdue, DueItem::daysLeft, DueItem::section)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, -1L, "501.50"),
					org.assertj.core.groups.Tuple.tuple(false, 0L, "501.50"));
		assertThat(due.getFirst().overdue()).as("overdue first").isTrue();
		assertThat(director.get("/program/protocol").body()).contains("Response overdue (501.50)");
		assertThat(director.get("/program?window=30").body()).contains("Department response to the grievance")
			.contains("Overdue by 1 day<");

		GrievanceView answered = this.fixture
			.as(() -> this.protocol.recordResponse(overdue, 0, new GrievanceResponseCommand(this.fixture.today(),
					GrievanceResponseCommand.Outcome.RELIEF_DENIED, "The denial stands.")));
		assertThat(answered.responseOverdue()).isFalse();
		HttpResponse<String> stale = director.json("POST",
				"/api/program/grievances/" + dueToday + "/response?version=7",
				"{\"respondedOn\":\"" + this.fixture.today() + "\",\"outcome\":\"RELIEF_GRANTED\"}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(director.get("/program/protocol").body()).contains("Relief denied");
		HttpResponse<String> stalePage = director.submit("/program/protocol",
				"/program/grievances/" + dueToday + "/response",
				Map.of("version", "9", "respondedOn", this.fixture.today().toString(), "outcome", "RELIEF_GRANTED"));
		assertThat(stalePage.statusCode()).isEqualTo(409);
		assertThat(stalePage.body()).contains("This grievance changed since you opened the page.");
		HttpResponse<String> answeredOnPage = director.submit("/program/protocol",
				"/program/grievances/" + dueToday + "/response",
				Map.of("version", "0", "respondedOn", this.fixture.today().toString(), "outcome", "RELIEF_GRANTED",
						"response", "Observation accepted."));
		assertThat(answeredOnPage.statusCode()).isEqualTo(302);
		assertThat(this.fixture.as(() -> this.protocol.grievance(dueToday)).outcome())
			.isEqualTo(GrievanceResponseCommand.Outcome.RELIEF_GRANTED);
	}

	@Test
	@DisplayName("PRG-6: a denial names its areas (501.40(c)); a resubmission leaving one unaddressed is refused (501.40(d)); an approval's renewal date shows in the 60-day list, not the 30-day one, until a renewal is submitted")
	void applicationDenialResubmissionAndRenewal() {
		UUID denied = deniedOn(this.fixture.today().minusDays(200));
		assertThatThrownBy(
				() -> this.fixture.as(() -> this.protocol.decide(submitted(this.fixture.today().minusDays(10)), 0,
						new ProtocolDecisionCommand(Outcome.DENIED, this.fixture.today(), null, null, null, null,
								List.of()))))
			.isInstanceOfSatisfying(ProgramRefused.class, (refused) -> assertThat(refused.problems())
				.containsEntry("denialAreas", "program.protocol.denial.areasRequired"));
		assertThatThrownBy(() -> this.fixture
			.as(() -> this.protocol.submit(new ProtocolApplicationCommand(Kind.RESUBMISSION, denied,
					this.fixture.today().minusDays(150), "Dana Whitfield", List.of("Curriculum revised", " ")))))
			.isInstanceOfSatisfying(ProgramRefused.class,
					(refused) -> assertThat(refused.problems()).containsOnlyKeys("addressed[1]")
						.containsEntry("addressed[1]", "program.protocol.resubmission.notAddressed"));
		UUID resubmitted = this.fixture.as(() -> this.protocol
			.submit(new ProtocolApplicationCommand(Kind.RESUBMISSION, denied, this.fixture.today().minusDays(150),
					"Dana Whitfield", List.of("Curriculum revised", "Agreement with the shelter signed"))));
		assertThat(this.fixture.as(() -> this.protocol.application(denied)).denialAreas())
			.extracting(ProtocolApplicationView.Area::addressedHow)
			.containsExactly("Curriculum revised", "Agreement with the shelter signed");
		this.fixture.as(() -> this.protocol.decide(resubmitted, 0,
				new ProtocolDecisionCommand(Outcome.APPROVED, this.fixture.today().minusDays(100), "DHS letter", null,
						null, this.fixture.today().plusDays(40), List.of())));

		assertThat(this.fixture.as(() -> this.program.due(30)))
			.noneMatch((d) -> d.kind() == DueItem.Kind.PROTOCOL_RENEWAL);
		assertThat(this.fixture.as(() -> this.program.due(60)))
			.filteredOn((d) -> d.kind() == DueItem.Kind.PROTOCOL_RENEWAL)
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.dueOn()).isEqualTo(this.fixture.today().plusDays(40));
				assertThat(d.section()).isEqualTo("501.40(a)");
				assertThat(d.overdue()).isFalse();
			});
		WebSession director = this.fixture.director();
		String page = director.get("/program?window=60").body();
		assertThat(page).contains("Protocol renewal, on the date the Department gave").contains("501.40(a)");

		this.fixture.as(() -> this.protocol.submit(new ProtocolApplicationCommand(Kind.RENEWAL, resubmitted,
				this.fixture.today().minusDays(1), "Dana Whitfield", List.of())));
		assertThat(this.fixture.as(() -> this.program.due(90)))
			.noneMatch((d) -> d.kind() == DueItem.Kind.PROTOCOL_RENEWAL);
		assertThatThrownBy(() -> this.fixture.as(() -> this.protocol.submit(new ProtocolApplicationCommand(Kind.RENEWAL,
				denied, this.fixture.today(), "Dana Whitfield", List.of()))))
			.isInstanceOf(ProgramRefused.class);
	}

	@Test
	@DisplayName("PRG-8: the continuation plan names alternate locations and a cooperative agreement by its MOU, is incomplete under 501.260 until shared with a referral source, conflicts on a stale version and reminds of its review date")
	void continuationPlan() {
		UUID lakeside = this.fixture.as(() -> this.agencies.addPartnerAgency("Lakeside PAIP",
				PartnerAgencyCategory.OTHER_SERVICE_PROVIDER, "(217) 555-0188", "Lake", false));
		UUID probation = this.fixture.as(() -> this.agencies.addPartnerAgency("Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "(217) 555-0120", "Prairie", false));
		UUID mou = this.fixture.as(() -> this.agreements.register(new AgreementCommand("Continuity of care",
				List.of(new AgreementParty(lakeside, "Takes in participants")), List.of("Prairie"), null,
				this.fixture.today().minusDays(10), this.fixture.today().plusYears(1))));
		ContinuationPlanCommand plan = new ContinuationPlanCommand(this.fixture.today().minusDays(5),
				this.fixture.today().plusDays(20), "The director calls each referring judge the same day.",
				List.of(new ContinuationPlanCommand.Location("Church hall", "410 Elm Street", null)),
				List.of(new ContinuationPlanCommand.Cooperation("Lakeside PAIP", mou, "Seats our participants")));
		assertThatThrownBy(() -> this.fixture.as(() -> this.continuation.save(null, new ContinuationPlanCommand(
				plan.adoptedOn(), plan.nextReviewOn(), plan.referralNotice(), plan.locations(),
				List.of(new ContinuationPlanCommand.Cooperation("Unknown", UUID.randomUUID(), "Nothing registered"))))))
			.isInstanceOfSatisfying(ProgramRefused.class, (refused) -> assertThat(refused.problems())
				.containsEntry("cooperation[0].agreementId", "program.continuation.unknownAgreement"));
		ContinuationPlanView saved = this.fixture.as(() -> this.continuation.save(null, plan));
		assertThat(saved.missing()).containsExactly("program.continuation.missing.shared");
		assertThat(saved.cooperation()).singleElement().satisfies((c) -> {
			assertThat(c.agreementTitle()).isEqualTo("Continuity of care");
			assertThat(c.agreementEndsOn()).isEqualTo(this.fixture.today().plusYears(1));
		});
		ContinuationPlanView shared = this.fixture.as(() -> this.continuation
			.recordSharing(new SharingCommand(probation, this.fixture.today().minusDays(1), "Letter")));
		assertThat(shared.complete()).isTrue();
		assertThat(shared.sharedWith()).singleElement()
			.satisfies((s) -> assertThat(s.partnerName()).isEqualTo("Adult Probation"));

		WebSession director = this.fixture.director();
		HttpResponse<String> stale = director.json("PUT", "/api/program/continuation-plan?version=5",
				"{\"adoptedOn\":\"" + this.fixture.today() + "\",\"nextReviewOn\":\""
						+ this.fixture.today().plusYears(1) + "\",\"referralNotice\":\"Changed\"}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.fixture.as(this.continuation::plan).orElseThrow().referralNotice())
			.isEqualTo("The director calls each referring judge the same day.");
		HttpResponse<String> current = director.json("PUT", "/api/program/continuation-plan?version=0",
				"{\"adoptedOn\":\"" + this.fixture.today() + "\",\"nextReviewOn\":\""
						+ this.fixture.today().plusDays(50)
						+ "\",\"referralNotice\":\"Calls, then a letter within three days.\"}");
		assertThat(current.statusCode()).isEqualTo(200);
		assertThat(current.body()).contains("\"version\":1").contains("program.continuation.missing.locations");
		assertThat(this.fixture.as(() -> this.program.due(60)))
			.filteredOn((d) -> d.kind() == DueItem.Kind.CONTINUATION_REVIEW)
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.dueOn()).isEqualTo(this.fixture.today().plusDays(50));
				assertThat(d.section()).isEqualTo("501.260");
			});
		assertThat(director.get("/program/continuation").body()).contains("Calls, then a letter within three days.")
			.contains("alternate locations for services");
	}

	@Test
	@DisplayName("PRG-9: a proposal lacking a 501.310(a) condition is refused with its paragraph; an approved one's evaluation is due within its time limit and flagged once the date has passed")
	void innovationProposals() {
		WebSession director = this.fixture.director();
		HttpResponse<String> missing = director.json("POST", "/api/program/innovations",
				"{\"title\":\"Fathering module\",\"writtenPlan\":\"Eight sessions\",\"reasons\":\"Most are fathers\","
						+ "\"trialStartsOn\":\"" + this.fixture.today().minusDays(100) + "\",\"timeLimitOn\":\""
						+ this.fixture.today().plusDays(100) + "\",\"evaluationDueOn\":\""
						+ this.fixture.today().plusDays(50)
						+ "\",\"evaluationProcess\":\"Pre and post\",\"principlesAdherence\":\"Victim safety first\","
						+ "\"submittedOn\":\"" + this.fixture.today().minusDays(120) + "\"}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(missing.body()).contains("501.310(a)(3)").contains("501.310(a)(7)");

		UUID due = this.fixture.as(() -> this.innovation.submit(proposal(this.fixture.today().minusDays(1))));
		this.fixture.as(() -> this.innovation.decide(due, 0, new InnovationDecisionCommand(
				InnovationDecisionCommand.Decision.APPROVED, this.fixture.today().minusDays(90), "Recommended")));
		UUID ahead = this.fixture.as(() -> this.innovation.submit(proposal(this.fixture.today().plusDays(20))));
		this.fixture.as(() -> this.innovation.decide(ahead, 0, new InnovationDecisionCommand(
				InnovationDecisionCommand.Decision.APPROVED, this.fixture.today().minusDays(90), null)));
		assertThat(this.fixture.as(() -> this.innovation.proposal(due)).evaluationOverdue()).isTrue();
		assertThat(this.fixture.as(() -> this.innovation.proposal(ahead)).evaluationOverdue()).isFalse();
		assertThat(this.fixture.as(() -> this.program.due(30)))
			.filteredOn((d) -> d.kind() == DueItem.Kind.INNOVATION_EVALUATION)
			.extracting(DueItem::overdue, DueItem::section)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, "501.310(a)(4)"),
					org.assertj.core.groups.Tuple.tuple(false, "501.310(a)(4)"));
		assertThatThrownBy(() -> this.fixture.as(() -> this.innovation.submit(new InnovationCommand("Outside", "Plan",
				"Why", true, this.fixture.today().minusDays(10), this.fixture.today().plusDays(10),
				this.fixture.today().plusDays(11), "Process", "Principles", "Evidence", this.fixture.today()))))
			.isInstanceOfSatisfying(ProgramRefused.class, (refused) -> assertThat(refused.problems())
				.containsEntry("evaluationDueOn", "program.innovation.evaluationOutsideLimit"));
		assertThat(director.get("/program/innovation").body()).contains("Fathering module")
			.contains("Evaluation overdue since");
		InnovationView evaluated = this.fixture
			.as(() -> this.innovation.recordEvaluation(due, 1, new InnovationEvaluationCommand(this.fixture.today(),
					InnovationEvaluationCommand.Outcome.EFFECTIVE, "Attitudes improved; no re-arrests.")));
		assertThat(evaluated.evaluationOverdue()).isFalse();
		assertThat(evaluated.outcome()).isEqualTo(InnovationEvaluationCommand.Outcome.EFFECTIVE);
	}

	@Test
	@DisplayName("PRG-10: expenditures go to the quarter of the grant period, an overspent line is flagged not refused, a day outside the period is refused, the quarter's CSV and XLSX parse back to the same totals, and an unsent quarter's report is flagged when past due")
	void grantsAndQuarterlyDocumentation() throws IOException {
		LocalDate start = this.fixture.today().withDayOfMonth(1).minusMonths(6);
		UUID grant = this.fixture.as(() -> this.grants
			.register(new GrantCommand(GrantCommand.DEPARTMENT, "DHS-26-0142", start, start.plusYears(1).minusDays(1),
					new BigDecimal("10000.00"), new BigDecimal("9000.00"), start.minusDays(10), 30,
					List.of(new GrantCommand.Line("PERS", "Personnel", new BigDecimal("8000.00"), "Facilitators"),
							new GrantCommand.Line("SUPP", "Supplies", new BigDecimal("500.00"), "Workbooks")))));
		spend(grant, "PERS", start.plusDays(5), "3000.00", "PR-1");
		spend(grant, "SUPP", start.plusDays(6), "320.50", "INV, 1");
		spend(grant, "SUPP", start.plusMonths(3).plusDays(2), "240.00", "INV-2");
		spend(grant, "PERS", start.plusMonths(3).plusDays(3), "2500.00", "PR-2");
		assertThatThrownBy(() -> spend(grant, "PERS", start.minusDays(1), "10.00", "PR-0")).isInstanceOfSatisfying(
				ProgramRefused.class,
				(refused) -> assertThat(refused.problems()).containsEntry("spentOn", "program.grant.outsidePeriod"));
		assertThatThrownBy(() -> spend(grant, "TRVL", start.plusDays(1), "10.00", "TR-1"))
			.isInstanceOf(ProgramRefused.class);

		GrantView view = this.fixture.as(() -> this.grants.grant(grant));
		assertThat(view.lines()).extracting(GrantView.Line::code, GrantView.Line::overspent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PERS", false),
					org.assertj.core.groups.Tuple.tuple("SUPP", true));
		assertThat(view.lines().get(1).remaining()).isEqualByComparingTo("-60.50");
		assertThat(view.spentTotal()).isEqualByComparingTo("6060.50");
		assertThat(view.quarters()).extracting(GrantView.Quarter::spent)
			.usingElementComparator(BigDecimal::compareTo)
			.startsWith(new BigDecimal("3320.50"), new BigDecimal("2740.00"));
		assertThat(view.quarters().get(0).reportOverdue()).as("Q1 ended three months ago").isTrue();

		WebSession director = this.fixture.director();
		director.stepUp();
		HttpResponse<String> csv = director.get("/program/grants/" + grant + "/quarters/1/export?format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		List<List<String>> rows = CsvText.parse(csv.body());
		assertThat(rows.getFirst()).isEqualTo(GrantDocuments.COLUMNS);
		int amount = GrantDocuments.COLUMNS.indexOf("amount");
		BigDecimal expenditures = rows.stream()
			.filter((r) -> r.getFirst().equals("EXPENDITURE"))
			.map((r) -> new BigDecimal(r.get(amount)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(expenditures).isEqualByComparingTo("3320.50");
		assertThat(rows).filteredOn((r) -> r.getFirst().equals("TOTAL"))
			.singleElement()
			.satisfies((r) -> assertThat(new BigDecimal(r.get(amount))).isEqualByComparingTo("3320.50"));
		assertThat(rows).filteredOn((r) -> r.getFirst().equals("EXPENDITURE"))
			.extracting((r) -> r.get(GrantDocuments.COLUMNS.indexOf("document_ref")))
			.containsExactly("PR-1", "INV, 1");

		QuarterDocumentation second = this.fixture.as(() -> this.grants.documentation(grant, 2));
		Map<String, BigDecimal> lineTotals = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(this.documents.xlsx(second)))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet.getFirst().getCellText(0)).isEqualTo("row");
			for (Row row : sheet.subList(1, sheet.size())) {
				if (!"EXPENDITURE".equals(row.getCellText(0))) {
					lineTotals.put(row.getCellText(0) + ":" + row.getCellText(5),
							new BigDecimal(row.getCellText(amount)));
				}
				if ("LINE".equals(row.getCellText(0)) && "SUPP".equals(row.getCellText(5))) {
					assertThat(new BigDecimal(row.getCellText(13))).isEqualByComparingTo("560.50");
					assertThat(row.getCellText(14)).isEqualTo("true");
				}
			}
		}
		assertThat(lineTotals.get("LINE:PERS")).isEqualByComparingTo("2500.00");
		assertThat(lineTotals.get("LINE:SUPP")).isEqualByComparingTo("240.00");
		assertThat(lineTotals.get("TOTAL:")).isEqualByComparingTo("2740.00");
		HttpResponse<String> xlsx = director.get("/program/grants/" + grant + "/quarters/2/export?format=xlsx");
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(xlsx.body()).startsWith("PK");

		assertThat(this.fixture.as(() -> this.program.due(30)))
			.filteredOn((d) -> d.kind() == DueItem.Kind.GRANT_QUARTER_REPORT)
			.first()
			.satisfies((d) -> {
				assertThat(d.subject()).isEqualTo("DHS-26-0142 Q1");
				assertThat(d.overdue()).isTrue();
				assertThat(d.section()).isEqualTo("501.440(b)(2)");
			});
		this.fixture.as(() -> this.grants.recordQuarterSent(grant, 1, this.fixture.today()));
		HttpResponse<String> sentOnPage = director.submit("/program/grants/" + grant,
				"/program/grants/" + grant + "/quarters/2/sent", Map.of("sentOn", this.fixture.today().toString()));
		assertThat(sentOnPage.statusCode()).isEqualTo(302);
		assertThat(this.fixture.as(() -> this.grants.grant(grant)).quarters().get(1).sentOn())
			.isEqualTo(this.fixture.today());
		HttpResponse<String> future = director.submit("/program/grants/" + grant,
				"/program/grants/" + grant + "/quarters/3/sent",
				Map.of("sentOn", this.fixture.today().plusDays(1).toString()));
		assertThat(future.body()).contains("This date cannot be in the future.");
		assertThat(this.fixture.as(() -> this.program.due(30))).noneMatch((d) -> d.subject().equals("DHS-26-0142 Q1"));
		assertThatThrownBy(() -> spend(grant, "SUPP", start.plusDays(7), "1.00", "INV-3")).isInstanceOfSatisfying(
				ProgramRefused.class,
				(refused) -> assertThat(refused.problems()).containsEntry("spentOn", "program.grant.quarterSent"));

		HttpResponse<String> stale = director.json("PUT", "/api/program/grants/" + grant + "?version=3",
				"{\"funder\":\"IDHS\",\"agreementNumber\":\"DHS-26-0142\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
						+ start.plusYears(1).minusDays(1) + "\",\"amountAwarded\":9000,\"signedOn\":\""
						+ start.minusDays(10) + "\",\"reportDueDays\":30,\"lines\":[{\"code\":\"PERS\",\"name\":\"P\","
						+ "\"budgeted\":8000,\"justification\":\"F\"},{\"code\":\"SUPP\",\"name\":\"S\",\"budgeted\":600,"
						+ "\"justification\":\"W\"}]}");
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> dropped = director.json("PUT", "/api/program/grants/" + grant + "?version=0",
				"{\"funder\":\"IDHS\",\"agreementNumber\":\"DHS-26-0142\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
						+ start.plusYears(1).minusDays(1) + "\",\"amountAwarded\":9000,\"signedOn\":\""
						+ start.minusDays(10) + "\",\"reportDueDays\":30,\"lines\":[{\"code\":\"PERS\",\"name\":\"P\","
						+ "\"budgeted\":8000,\"justification\":\"F\"}]}");
		assertThat(dropped.statusCode()).isEqualTo(400);
		assertThat(dropped.body()).contains("A budget line with expenditures cannot be taken out");
		HttpResponse<String> raised = director.json("PUT", "/api/program/grants/" + grant + "?version=0",
				"{\"funder\":\"IDHS\",\"agreementNumber\":\"DHS-26-0142\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
						+ start.plusYears(1).minusDays(1) + "\",\"amountAwarded\":9000,\"signedOn\":\""
						+ start.minusDays(10) + "\",\"reportDueDays\":30,\"lines\":[{\"code\":\"PERS\",\"name\":\"P\","
						+ "\"budgeted\":8000,\"justification\":\"F\"},{\"code\":\"SUPP\",\"name\":\"S\",\"budgeted\":600,"
						+ "\"justification\":\"W\"}]}");
		assertThat(raised.statusCode()).isEqualTo(200);
		assertThat(this.fixture.as(() -> this.grants.grant(grant)).lines().get(1).overspent()).isFalse();
		assertThat(director.get("/program/grants/" + grant).body()).contains("DHS-26-0142").contains("Q1 as CSV");
	}

	@Test
	@DisplayName("PRG-6, PRG-8, PRG-9, PRG-10: facilitators, intake workers and the Department monitor can neither read nor write program administration; the administrator can")
	void onlyDirectorAndAdministratorKeepProgramRecords() {
		UUID grant = this.fixture.as(() -> this.grants
			.register(new GrantCommand(GrantCommand.DEPARTMENT, "G-1", this.fixture.today().minusMonths(1),
					this.fixture.today().plusMonths(11), null, new BigDecimal("100.00"), this.fixture.today(), 30,
					List.of(new GrantCommand.Line("SUPP", "Supplies", new BigDecimal("100.00"), "Workbooks")))));
		String expenditure = "{\"lineCode\":\"SUPP\",\"spentOn\":\"" + this.fixture.today()
				+ "\",\"payee\":\"Store\",\"description\":\"Pens\",\"amount\":5,\"documentRef\":\"R-1\"}";
		for (Role role : List.of(Role.FACILITATOR, Role.INTAKE_WORKER, Role.DEPARTMENT_MONITOR)) {
			WebSession session = this.fixture.signedIn(role);
			assertThat(session.json("POST", "/api/program/grants/" + grant + "/expenditures", expenditure).statusCode())
				.as(role + " writes")
				.isEqualTo(403);
			assertThat(
					session
						.json("POST", "/api/program/protocol-applications",
								"{\"kind\":\"INITIAL\",\"submittedOn\":\"" + this.fixture.today()
										+ "\",\"signedBy\":\"X\"}")
						.statusCode())
				.as(role + " submits")
				.isEqualTo(403);
			assertThat(session.get("/program").statusCode()).as(role + " reads the page").isEqualTo(403);
			assertThat(session.json("GET", "/api/program/due", "").statusCode()).as(role + " reads").isEqualTo(403);
			assertThat(session.get("/").body()).doesNotContain("href=\"/program\"");
		}
		assertThat(this.fixture.as(() -> this.grants.grant(grant)).spentTotal()).isEqualByComparingTo("0.00");
		WebSession admin = this.fixture.signedIn(Role.ADMINISTRATOR);
		assertThat(admin.json("POST", "/api/program/grants/" + grant + "/expenditures", expenditure).statusCode())
			.isEqualTo(201);
		assertThat(admin.get("/").body()).contains("href=\"/program\"");

		AgencyId other = this.fixture.agencies().newAgency();
		WebSession outsider = this.fixture.signedIn(other, Role.PROGRAM_DIRECTOR);
		assertThat(outsider.get("/program/grants/" + grant).statusCode()).isEqualTo(404);
		assertThat(outsider.json("GET", "/api/program/grants/" + grant, "").statusCode()).isEqualTo(404);
	}

	private void spend(UUID grant, String line, LocalDate on, String amount, String document) {
		this.fixture.as(() -> this.grants.recordExpenditure(grant,
				new ExpenditureCommand(line, on, "Vendor", "Goods", new BigDecimal(amount), document)));
	}

	private InnovationCommand proposal(LocalDate evaluationDue) {
		return new InnovationCommand("Fathering module", "Eight sessions", "Most participants are fathers", true,
				this.fixture.today().minusDays(100), this.fixture.today().plusDays(100), evaluationDue,
				"Pre and post measures", "Victim safety stays first", "Caring Dads",
				this.fixture.today().minusDays(120));
	}

	private UUID submitted(LocalDate on) {
		return this.fixture.as(() -> this.protocol
			.submit(new ProtocolApplicationCommand(Kind.INITIAL, null, on, "Dana Whitfield", List.of())));
	}

	private UUID deniedOn(LocalDate day) {
		UUID id = submitted(day.minusDays(30));
		this.fixture.as(() -> this.protocol.decide(id, 0,
				new ProtocolDecisionCommand(Outcome.DENIED, day, "DHS letter", null, null, null,
						List.of(new DenialArea("501.90(b)(4)", "Curriculum incomplete"),
								new DenialArea("501.105(a)", "No victim service agreement")))));
		return id;
	}

	private static GrievanceCommand grievance(UUID application, LocalDate filedOn, LocalDate receivedOn) {
		return new GrievanceCommand(application, GrievanceCommand.Action.DENIAL, filedOn, receivedOn,
				"The curriculum covers every component.", "Curriculum, session plans");
	}

}
