package org.paipmanager.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAgencySeederIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	GroupManagement groups;

	@Autowired
	ConsentManagement consent;

	@Autowired
	CoordinationManagement coordination;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Test
	void seedsAMarkedDemoAgencyWithStaffOfEveryRoleWhoCanSignIn() {
		DemoAgencySeeder seeder = new DemoAgencySeeder(this.agencies, this.staff, this.accounts, this.participants,
				this.groups, this.consent, this.coordination, this.transactionManager, this.clock);
		List<String> signIns = seeder.seed();

		assertThat(signIns).hasSize(9);
		for (Role role : Role.values()) {
			assertThat(signIns).as(role.name())
				.anyMatch((line) -> line.endsWith(role.name().toLowerCase().replace('_', ' ')));
		}
		SystemScope.callAs(DemoAgencySeeder.DEMO_AGENCY, () -> {
			assertThat(this.agencies.currentAgency()).hasValueSatisfying((agency) -> {
				assertThat(agency.demo()).isTrue();
				assertThat(agency.name()).contains("(demo)");
			});
			assertThat(this.agencies.partnerAgencies()).hasSizeGreaterThanOrEqualTo(5)
				.anyMatch((partner) -> partner.confidentialLocation());
			assertThat(this.participants.list(null)).hasSize(12);
			// CON-1, PAR-8: enrolled participants were told about confidentiality and
			// signed a release; one was referred to substance abuse treatment under one.
			assertThat(this.participants.list(ProgramStage.ENROLLED)).allSatisfy((enrolled) -> {
				assertThat(this.consent.explanations(enrolled.id())).hasSize(1);
				assertThat(this.consent.releases(enrolled.id())).isNotEmpty();
			});
			assertThat(this.coordination.countByCategory(LocalDate.now(this.clock).minusYears(1),
					LocalDate.now(this.clock)))
				.containsEntry(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, 1L);
			assertThat(this.participants.countByStage())
				.allSatisfy((stage, count) -> assertThat(count).as(stage.name()).isPositive());
			assertThat(this.groups.schedule()).hasSize(2).allSatisfy((group) -> {
				assertThat(group.capacity()).isLessThanOrEqualTo(15);
				assertThat(group.facilitatorName()).isNotEqualTo(group.coFacilitatorName());
			});
			assertThat(this.groups.schedule()).extracting((group) -> this.groups.members(group.id()).size())
				.containsExactlyInAnyOrder(3, 1);
			assertThat(this.staff.list()).extracting(StaffSummary::compliance)
				.contains(org.paipmanager.staff.domain.ComplianceFinding.Outcome.MET,
						org.paipmanager.staff.domain.ComplianceFinding.Outcome.NOT_MET);
			return null;
		});

		WebSession director = new WebSession(this.port);
		director.signInWithPassword("director", DemoAgencySeeder.DEMO_PASSWORD);
		director.submitCode(TotpCodes.current(DemoAgencySeeder.DEMO_TOTP_SECRET));
		String home = director.get("/").body();
		assertThat(home).contains("Prairie Bridges Intervention Services (demo)")
			.contains("Demo agency: every person and record here is fictional.");
	}

}
