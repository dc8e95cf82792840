package org.paipmanager.demo;

import java.time.Clock;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.contract.ContractManagement;
import org.paipmanager.departmentnotice.DepartmentNotifications;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.transfer.TransferManagement;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.referralreports.ViewingReleasedReports;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * While the demo is on, the application clock is the {@link DemoClock}: the system clock,
 * which the seeder can turn back on its own thread only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "paip.demo.enabled")
class DemoConfiguration {

	@Bean
	@Primary
	DemoClock demoClock(@Qualifier("clock") Clock system) {
		return new DemoClock(system);
	}

	@Bean
	DemoProgramHistory demoProgramHistory(ParticipantManagement participants, GroupManagement groups,
			RecordingAttendance attendance, CompletionManagement completion, DemoClock clock) {
		return new DemoProgramHistory(participants, groups, attendance, completion, clock);
	}

	@Bean
	DemoProgramAdministration demoProgramAdministration(ApplyingForProtocol protocol, PlanningContinuation continuation,
			ProposingInnovation innovation, AccountingForGrants grants, AgencyManagement agencies,
			RegisteringAgreements agreements) {
		return new DemoProgramAdministration(protocol, continuation, innovation, grants, agencies, agreements);
	}

	@Bean
	DemoAgencySeeder.Lifecycle demoLifecycle(ReferralDecisions referrals, IntakeScreenings screenings,
			EligibilityDecisions eligibility, ContractManagement contracts, TransferManagement transfers,
			FeesManagement fees, ExchangingReferrals exchange, DemoClock clock, StaffManagement staff,
			DepartmentNotifications notifications, ViewingReleasedReports viewers, ReferralReportsManagement reports) {
		return new DemoAgencySeeder.Lifecycle(referrals, screenings, eligibility, contracts, transfers,
				new DemoFees(fees, clock), new DemoStaffCompliance(staff, notifications),
				new DemoReferralSource(viewers, reports), new DemoReferralExchange(exchange, clock));
	}

}
