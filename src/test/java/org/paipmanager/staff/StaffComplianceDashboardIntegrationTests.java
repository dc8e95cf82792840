package org.paipmanager.staff;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.domain.ComplianceFinding.Check;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffComplianceDashboardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffManagement staff;

	private AgencyFixture fixture;

	private AgencyId agency;

	private LocalDate today;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.today = LocalDate.now(ZoneOffset.UTC);
	}

	@Test
	@DisplayName("PRG-3: the dashboard lists overdue items and those due within 30, 60 or 90 days per staff member and per rule, each with its section and a link to the record; JSON alike, problem+json for another window")
	void dashboardByWindow() {
		StaffId renee = this.fixture.newStaffMember(this.agency, "Renee", "Licensed");
		SystemScope.callAs(this.agency, () -> {
			this.staff.addLicence(renee, new LicenceCommand("CADC", "C-1", null, this.today.plusDays(20)));
			this.staff.addLicence(renee, new LicenceCommand("LCSW", "L-1", null, this.today.plusDays(75)));
			return null;
		});
		WebSession admin = new WebSession(this.port);
		admin.signIn(this.fixture.newUser(this.agency, Role.ADMINISTRATOR));

		ComplianceDashboard thirty = SystemScope.callAs(this.agency, () -> this.staff.complianceDashboard(30));
		assertThat(thirty.due()).filteredOn((row) -> row.staffId().equals(renee))
			.extracting((row) -> row.arguments().get(0))
			.containsExactly("CADC");
		assertThat(thirty.overdue()).filteredOn((row) -> row.staffId().equals(renee))
			.extracting(ComplianceDashboard.Row::check)
			.contains(Check.DOMESTIC_VIOLENCE_TRAINING, Check.ABUSER_SERVICES_TRAINING);
		assertThat(thirty.byRule()).anySatisfy((count) -> {
			assertThat(count.check()).isEqualTo(Check.LICENCE);
			assertThat(count.section()).isEqualTo("501.280(c)");
			assertThat(count.due()).isEqualTo(1);
		});
		ComplianceDashboard ninety = SystemScope.callAs(this.agency, () -> this.staff.complianceDashboard(90));
		assertThat(ninety.due()).filteredOn((row) -> row.staffId().equals(renee))
			.extracting((row) -> row.arguments().get(0))
			.containsExactly("CADC", "LCSW");

		String page = admin.get("/staff/compliance?within=90").body();
		assertThat(page).contains("Due within 90 days")
			.contains("href=\"/staff/" + renee + "\"")
			.contains("Licence LCSW: valid until " + this.today.plusDays(75))
			.contains("501.280(c)")
			.contains("501.290(b)");
		assertThat(admin.get("/staff/compliance?within=45").body()).contains("Choose 30, 60 or 90 days.");

		HttpResponse<String> json = admin.get("/api/staff/compliance?within=60");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"withinDays\":60").contains("\"section\":\"501.280(c)\"");
		HttpResponse<String> bad = admin.get("/api/staff/compliance?within=45");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(bad.body()).contains("within").contains("Choose 30, 60 or 90 days.");
		HttpResponse<String> notANumber = admin.get("/api/staff/compliance?within=soon");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/staff/compliance").statusCode()).isEqualTo(403);
		assertThat(facilitator.get("/staff/" + renee).body()).contains("Licence CADC: expires on");
	}

	@Test
	@DisplayName("PRG-1: the training plan, its approval by the Department (an approval before the submission refused beside the field) and the day training documentation went to the Department are recorded on the staff page; an unapproved plan is overdue on the dashboard with 501.290(b); a date before completion is refused beside the field")
	void recordsPlanAndEvidence() {
		StaffId jordan = this.fixture.newStaffMember(this.agency, "Jordan", "Newhire");
		SystemScope.callAs(this.agency, () -> {
			this.staff.addTraining(jordan, new TrainingCommand(TrainingCategory.ABUSER_SERVICES, "PAIP facilitation",
					null, LocalDate.of(2024, 5, 1), new BigDecimal("8"), true));
			return null;
		});
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String page = "/staff/" + jordan;
		assertThat(director.get(page).body()).contains("documentation not sent to the Department by 2024-05-31")
			.contains("id=\"training-plan-form\"");

		HttpResponse<String> early = director.submit(page, page + "/training/0/sent", Map.of("date", "2024-04-30"));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("id=\"evidence-date-0-error\"")
			.contains("The documentation cannot have been sent before the training was completed.");
		HttpResponse<String> sent = director.submit(page, page + "/training/0/sent", Map.of("date", "2024-05-20"));
		assertThat(sent.statusCode()).isEqualTo(302);

		HttpResponse<String> plan = director.json("POST", "/api/staff/" + jordan + "/training-plan",
				"{\"date\": \"2024-08-01\"}");
		assertThat(plan.statusCode()).isEqualTo(200);
		String detail = director.get(page).body();
		assertThat(detail).contains("documentation sent to the Department on 2024-05-20")
			.contains("training plan submitted to the Department on 2024-08-01")
			.contains("not approved by the Department by")
			.contains("id=\"training-plan-approval-form\"")
			.doesNotContain("id=\"training-plan-form\"");
		assertThat(SystemScope.callAs(this.agency, () -> this.staff.complianceDashboard(30)).overdue())
			.filteredOn((row) -> row.staffId().equals(jordan))
			.extracting(ComplianceDashboard.Row::check, ComplianceDashboard.Row::section)
			.contains(org.assertj.core.groups.Tuple.tuple(Check.TRAINING_PLAN, "501.290(b)"));
		assertThat(director.get("/staff/compliance").body()).contains("not approved by the Department by");

		HttpResponse<String> beforeSubmission = director.submit(page, page + "/training-plan/approval",
				Map.of("approvedOn", "2024-07-31", "approvedBy", "M. Ortiz, IDHS"));
		assertThat(beforeSubmission.statusCode()).isEqualTo(200);
		assertThat(beforeSubmission.body()).contains("id=\"approvedOn-error\"")
			.contains("501.290(b): the Department approves the plan after it was submitted");
		HttpResponse<String> approved = director.submit(page, page + "/training-plan/approval",
				Map.of("approvedOn", "2024-08-20", "approvedBy", "M. Ortiz, IDHS"));
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(director.get(page).body()).contains("Approved by the Department on 2024-08-20 (M. Ortiz, IDHS).")
			.doesNotContain("id=\"training-plan-approval-form\"");
		assertThat(SystemScope.callAs(this.agency, () -> this.staff.complianceDashboard(90)).overdue())
			.filteredOn((row) -> row.staffId().equals(jordan))
			.extracting(ComplianceDashboard.Row::check)
			.doesNotContain(Check.TRAINING_PLAN, Check.ABUSER_SERVICES_TRAINING);
		HttpResponse<String> again = director.json("POST", "/api/staff/" + jordan + "/training-plan/approval",
				"{\"approvedOn\": \"2024-08-21\", \"approvedBy\": \"Someone\"}");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		HttpResponse<String> noDate = director.json("POST", "/api/staff/" + jordan + "/departure", "{}");
		assertThat(noDate.statusCode()).isEqualTo(400);
		assertThat(noDate.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		HttpResponse<String> left = director.submit(page, page + "/departure", Map.of("date", this.today.toString()));
		assertThat(left.statusCode()).isEqualTo(302);
		assertThat(director.get(page).body()).contains("Left the program on " + this.today);
		assertThat(SystemScope.callAs(this.agency, () -> this.staff.complianceDashboard(90)).overdue())
			.noneMatch((row) -> row.staffId().equals(jordan));
	}

}
