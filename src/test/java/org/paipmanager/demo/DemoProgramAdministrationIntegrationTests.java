package org.paipmanager.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.ContinuationPlanView;
import org.paipmanager.program.DueItem;
import org.paipmanager.program.GrantView;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProgramManagement;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationView;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's program administration, seeded into a fresh agency through the same facades
 * the demo uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoProgramAdministrationIntegrationTests {

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
	AgencyManagement agencies;

	@Autowired
	RegisteringAgreements agreements;

	@Test
	@DisplayName("PRG-6, PRG-8, PRG-9, PRG-10: the demo has an approved protocol with its renewal due, a grievance awaiting response, a complete continuation plan, an approved innovation and a grant with two quarters of expenditure")
	void seedsEveryProgramRecord() {
		AgencyId agency = AgencyFixture.in(this.context).newAgency();
		SystemScope.callAs(agency, () -> {
			LocalDate today = this.program.today();
			for (String name : List.of("Prairie County Adult Probation", "Prairie County Circuit Court")) {
				this.agencies.addPartnerAgency(name, org.paipmanager.agency.PartnerAgencyCategory.JUDICIARY_PROBATION,
						"(217) 555-0100", "Prairie County", false);
			}
			new DemoProgramAdministration(this.protocol, this.continuation, this.innovation, this.grants, this.agencies,
					this.agreements)
				.seed(today);

			assertThat(this.protocol.applications()).filteredOn(ProtocolApplicationView::listed)
				.singleElement()
				.satisfies((approved) -> assertThat(approved.renewalDueOn()).isEqualTo(today.plusDays(45)));
			assertThat(this.protocol.grievances()).singleElement().satisfies((grievance) -> {
				assertThat(grievance.answered()).isFalse();
				assertThat(grievance.responseOverdue()).isFalse();
			});
			ContinuationPlanView plan = this.continuation.plan().orElseThrow();
			assertThat(plan.complete()).isTrue();
			assertThat(plan.sharedWith()).hasSize(2);
			assertThat(plan.cooperation()).singleElement()
				.satisfies((c) -> assertThat(c.agreementTitle()).isNotBlank());
			assertThat(this.innovation.proposals()).singleElement().satisfies((i) -> assertThat(i.approved()).isTrue());
			GrantView grant = this.grants.grants().getFirst();
			assertThat(grant.quarters().get(0).spent().signum()).isPositive();
			assertThat(grant.quarters().get(1).spent().signum()).isPositive();
			assertThat(grant.quarters().get(0).sentOn()).isNotNull();
			assertThat(grant.lines()).anyMatch(GrantView.Line::overspent);
			assertThat(this.program.due(90)).extracting(DueItem::kind)
				.contains(DueItem.Kind.PROTOCOL_RENEWAL, DueItem.Kind.GRIEVANCE_RESPONSE,
						DueItem.Kind.CONTINUATION_REVIEW, DueItem.Kind.INNOVATION_EVALUATION,
						DueItem.Kind.GRANT_QUARTER_REPORT);
			return null;
		});
	}

}
