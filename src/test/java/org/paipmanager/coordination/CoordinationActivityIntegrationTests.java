package org.paipmanager.coordination;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoordinationActivityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	LoggingCoordination coordination;

	private AgencyFixture fixture;

	private AgencyId agency;

	private UUID shelter;

	private UUID probation;

	@BeforeEach
	void createAgencyWithPartners() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.shelter = SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency("Safe Harbor Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, "555-0199", "Prairie", true));
		this.probation = SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency("Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "555-0120", "Prairie", false));
	}

	@Test
	@DisplayName("COO-2: with no 501.105(a) activity this year the panel says not met and a reason is required (501.105(d)); one activity meets it")
	void compliancePanelFollowsTheActivitiesOfTheYear() {
		int year = this.coordination.currentYear();
		LocalDate today = LocalDate.now();
		CoordinationCompliance none = SystemScope.callAs(this.agency, () -> this.coordination.compliance(year));
		assertThat(none.met()).isFalse();
		assertThat(none.reasonRequired()).isTrue();
		assertThat(none.section()).isEqualTo("501.105(a)");
		assertThat(none.reasonSection()).isEqualTo("501.105(d)");

		// A 501.105(b) collaboration does not meet 501.105(a).
		SystemScope.callAs(this.agency,
				() -> this.coordination.log(new CoordinationActivityCommand(today,
						CoordinationActivityKind.JUSTICE_AND_CHILD_WELFARE_COLLABORATION, this.probation, "Director",
						"Agreed a procedure for reporting non-attendance to probation.")));
		CoordinationCompliance onlyB = SystemScope.callAs(this.agency, () -> this.coordination.compliance(year));
		assertThat(onlyB.met()).isFalse();
		assertThat(onlyB.justiceAndChildWelfare()).isEqualTo(1);

		// A 501.105(a) activity must be with a victim service program.
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> this.coordination.log(new CoordinationActivityCommand(today,
						CoordinationActivityKind.CROSS_TRAINING, this.probation, "Director", "Training."))))
			.isInstanceOf(CoordinationActivityRefused.class);

		SystemScope.callAs(this.agency, () -> {
			this.coordination.documentReason(year, "The only shelter in the county closed in March.");
			return null;
		});
		CoordinationCompliance withReason = SystemScope.callAs(this.agency, () -> this.coordination.compliance(year));
		assertThat(withReason.reasonRequired()).isFalse();
		assertThat(withReason.reason()).contains("shelter in the county closed");

		SystemScope
			.callAs(this.agency,
					() -> this.coordination.log(new CoordinationActivityCommand(today,
							CoordinationActivityKind.PERIODIC_MEETING, this.shelter, "Director, lead facilitator",
							"Quarterly meeting on monitoring and safety issues.")));
		CoordinationCompliance met = SystemScope.callAs(this.agency, () -> this.coordination.compliance(year));
		assertThat(met.met()).isTrue();
		assertThat(met.reasonRequired()).isFalse();
		assertThat(met.activitiesByKind()).containsEntry(CoordinationActivityKind.PERIODIC_MEETING, 1L);
		assertThat(SystemScope.callAs(this.agency, () -> this.coordination.activities(year))).hasSize(2);
	}

	@Test
	@DisplayName("COO-2: a director logs an activity on the page; a facilitator reads the log but cannot log (403); the API answers problem+json")
	void logsThroughThePageAndTheApi() {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String page = director.get("/coordination/activities").body();
		assertThat(page).contains("Not met").contains("501.105(d)").contains("compliance-reason-required");
		HttpResponse<String> refused = director.submit("/coordination/activities", "/coordination/activities",
				Map.of("occurredOn", LocalDate.now().toString(), "kind", "CROSS_TRAINING", "partnerAgencyId",
						this.probation.toString(), "staff", "Director", "description", "Training"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("Activities under 501.105(a) are with a domestic violence victim service program");
		HttpResponse<String> saved = director.submit("/coordination/activities", "/coordination/activities",
				Map.of("occurredOn", LocalDate.now().toString(), "kind", "CROSS_TRAINING", "partnerAgencyId",
						this.shelter.toString(), "staff", "Director", "description", "Joint training day"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(director.get("/coordination/activities").body()).contains("Joint training day")
			.contains("501.105(a)(9)")
			.contains("Met: 1");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/coordination/activities").body()).contains("Joint training day")
			.doesNotContain("Log the activity");
		String csrf = WebSession.csrfToken(facilitator.get("/").body());
		assertThat(
				facilitator
					.post("/coordination/activities",
							Map.of("_csrf", csrf, "occurredOn", LocalDate.now().toString(), "kind", "CROSS_TRAINING",
									"partnerAgencyId", this.shelter.toString(), "staff", "F", "description", "x"))
					.statusCode())
			.isEqualTo(403);

		HttpResponse<String> api = director.json("POST", "/api/coordination/activities",
				"{\"occurredOn\":\"" + LocalDate.now() + "\",\"kind\":\"BOARD_SEAT\",\"partnerAgencyId\":\""
						+ this.probation + "\",\"staff\":\"Director\",\"description\":\"Board\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(api.body()).contains("partnerAgencyId");
		assertThat(director.get("/api/coordination/compliance").body()).contains("\"met\":true");
	}

}
