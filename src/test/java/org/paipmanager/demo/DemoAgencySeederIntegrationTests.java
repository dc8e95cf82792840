package org.paipmanager.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.WebSession;
import org.paipmanager.breakglass.BreakGlassManagement;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.contract.ContractManagement;
import org.paipmanager.contract.ContractView;
import org.paipmanager.correspondence.CorrespondenceKind;
import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.correspondence.LetterListing;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningView;
import org.paipmanager.intake.domain.ScreeningForm;
import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.coordination.ReferralStatus;
import org.paipmanager.coordination.ReferralStatusEntry;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.referralreports.ViewingReleasedReports;
import org.paipmanager.participant.ReferralDecision;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.participant.ReferralOutcome;
import org.paipmanager.transfer.TransferManagement;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAgencySeederIntegrationTests {

	private static List<String> signIns;

	@LocalServerPort
	int port;

	@Autowired
	BreakGlassManagement breakGlass;

	@Autowired
	TransferManagement transfers;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	ApplyingForProtocol protocol;

	@Autowired
	PlanningContinuation continuation;

	@Autowired
	ProposingInnovation innovation;

	@Autowired
	AccountingForGrants grants;

	@Autowired
	RegisteringAgreements agreements;

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
	ExchangingReferrals exchange;

	@Autowired
	ReferralDecisions referrals;

	@Autowired
	IntakeScreenings screenings;

	@Autowired
	EligibilityDecisions eligibility;

	@Autowired
	ContractManagement contracts;

	@Autowired
	org.paipmanager.fees.FeesManagement fees;

	@Autowired
	CorrespondenceManagement correspondence;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DemoClock clock;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	CompletionManagement completion;

	@Autowired
	org.paipmanager.departmentnotice.DepartmentNotifications notifications;

	@Autowired
	org.paipmanager.compliance.ComplianceManagement compliance;

	@Autowired
	org.paipmanager.compliance.DeskReviews reviews;

	@Autowired
	ViewingReleasedReports viewers;

	@Autowired
	ReferralReportsManagement referralReports;

	@Test
	void seedsAMarkedDemoAgencyWithStaffOfEveryRoleWhoCanSignIn() {
		List<String> signIns = seedOnce();

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
			assertThat(this.participants.list(null)).hasSize(13);
			// CON-1, PAR-8: enrolled participants were told about confidentiality and
			// signed a release; one was referred to substance abuse treatment under one.
			assertThat(this.participants.list(ProgramStage.ENROLLED)).allSatisfy((enrolled) -> {
				assertThat(this.consent.explanations(enrolled.id())).hasSize(1);
				assertThat(this.consent.releases(enrolled.id())).isNotEmpty();
			});
			assertThat(this.coordination.countByCategory(LocalDate.now(this.clock).minusYears(1),
					LocalDate.now(this.clock)))
				.containsEntry(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, 1L);
			// Issue 7: that referral went out on paper and the provider's acceptance was
			// entered by staff.
			assertThat(this.participants.list(null)).anySatisfy(
					(participant) -> assertThat(this.exchange.statuses(participant.id()).values()).singleElement()
						.satisfies((history) -> assertThat(history).extracting(ReferralStatusEntry::status)
							.containsExactly(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED)));
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
			// PRG-1..PRG-4: staff items due and overdue, one Department notification
			// pending.
			org.paipmanager.staff.ComplianceDashboard dashboard = this.staff.complianceDashboard(30);
			assertThat(dashboard.overdue()).isNotEmpty();
			assertThat(dashboard.due()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(this.notifications.queue()).filteredOn((notification) -> notification.sentOn() == null)
				.singleElement()
				.satisfies((notification) -> assertThat(notification.kind())
					.isEqualTo(org.paipmanager.departmentnotice.ChangeKind.GROUP_ADDED));
			return null;
		});

		WebSession director = new WebSession(this.port);
		director.signInWithPassword("director", DemoAgencySeeder.DEMO_PASSWORD);
		director.submitCode(TotpCodes.current(DemoAgencySeeder.DEMO_TOTP_SECRET));
		String home = director.get("/").body();
		assertThat(home).contains("Prairie Bridges Intervention Services (demo)")
			.contains("Demo agency: every person and record here is fictional.");
	}

	// PAR-2, PAR-7, PAR-8 A/C/D, 501.115(b)(11), 501.155, 501.230(a): the demo people
	// went
	// through the real intake path, on consistent days in the past.
	@Test
	void takesEveryDemoParticipantThroughTheIntakePathUpToTheirStage() {
		seedOnce();
		LocalDate today = LocalDate.now(this.clock);
		ParticipantId enrolled = SystemScope.callAs(DemoAgencySeeder.DEMO_AGENCY, () -> {
			List<ParticipantDetails> all = this.participants.list(null);
			for (ParticipantDetails participant : all) {
				ParticipantId id = participant.id();
				List<ReferralDecision> decisions = this.referrals.history(id);
				boolean rejected = decisions.stream().anyMatch((d) -> d.outcome() == ReferralOutcome.REJECTED);
				boolean pastScreening = EnumSet
					.of(ProgramStage.ELIGIBLE, ProgramStage.ENROLLED, ProgramStage.COMPLETED, ProgramStage.TERMINATED)
					.contains(participant.stage()) || (participant.stage() == ProgramStage.NOT_ADMITTED && !rejected);
				if (participant.stage() != ProgramStage.REFERRED) {
					assertThat(decisions).as(participant.lastName()).hasSize(1);
					assertThat(decisions.get(0).decidedOn()).isAfterOrEqualTo(participant.referredOn());
				}
				if (pastScreening) {
					assertThat(this.screenings.summary(id).complete()).as(participant.lastName()).isTrue();
					ScreeningView screening = this.screenings.find(id).orElseThrow();
					LocalDate screenedOn = LocalDate.parse(screening.answers().get("screenedOn"));
					assertThat(screenedOn).isAfter(decisions.get(0).decidedOn()).isBefore(today);
					assertThat(this.eligibility.history(id)).as(participant.lastName())
						.singleElement()
						.satisfies((decision) -> assertThat(decision.decidedAt()).isAfter(screening.completedAt())
							.isBefore(Instant.now(this.clock)));
				}
				if (EnumSet.of(ProgramStage.ENROLLED, ProgramStage.COMPLETED, ProgramStage.TERMINATED)
					.contains(participant.stage())) {
					ContractView contract = this.contracts.find(id).orElseThrow();
					assertThat(contract.signed()).as(participant.lastName()).isTrue();
					assertThat(contract.drawnSignature()).isTrue();
					assertThat(contract.language())
						.isEqualTo("Spanish".equals(participant.preferredLanguage()) ? "es" : "en");
					assertThat(contract.generatedAt()).isAfter(this.eligibility.history(id).get(0).decidedAt());
					assertThat(contract.signedOn())
						.isAfter(LocalDate.ofInstant(contract.generatedAt(), ZoneOffset.UTC));
					assertThat(participant.programStartDate()).as(participant.lastName())
						.isAfterOrEqualTo(contract.signedOn())
						.isBefore(today);
				}
			}
			// One rejected referral, with its coded reason, sanction and letter.
			List<ParticipantDetails> rejections = all.stream()
				.filter((p) -> this.referrals.history(p.id())
					.stream()
					.anyMatch((d) -> d.outcome() == ReferralOutcome.REJECTED))
				.toList();
			assertThat(rejections).hasSize(1);
			ParticipantDetails rejected = rejections.get(0);
			ReferralDecision rejection = this.referrals.history(rejected.id()).get(0);
			assertThat(rejection.rejectionReason()).isNotNull();
			assertThat(rejection.alternativeSanction()).isNotNull();
			assertThat(this.correspondence.letters(rejected.id())).extracting(LetterListing::kind)
				.containsExactly(CorrespondenceKind.REFERRAL_REJECTED);
			// Screening: one draft partly done, one not started.
			assertThat(this.participants.list(ProgramStage.SCREENING))
				.extracting((p) -> this.screenings.find(p.id())
					.map(ScreeningView::incompleteSteps)
					.orElse(ScreeningForm.steps().size()))
				.containsExactlyInAnyOrder(7, 10);
			// Eligible with a contract not signed yet: the unsigned-contract work queue.
			assertThat(this.participants.list(ProgramStage.ELIGIBLE)).singleElement()
				.satisfies((p) -> assertThat(this.contracts.find(p.id()))
					.hasValueSatisfying((contract) -> assertThat(contract.signed()).isFalse()));
			assertThat(this.participants.list(ProgramStage.NOT_ADMITTED)).hasSize(2);
			return this.participants.list(ProgramStage.ENROLLED).get(0).id();
		});

		WebSession intake = new WebSession(this.port);
		intake.signInWithPassword("intake", DemoAgencySeeder.DEMO_PASSWORD);
		intake.submitCode(TotpCodes.current(DemoAgencySeeder.DEMO_TOTP_SECRET));
		String file = intake.get("/participants/" + enrolled).body();
		for (String item : List.of("A", "C", "D")) {
			assertThat(checklistRow(file, item)).as(item).contains("In the file");
		}
	}

	// GRP-4, GRP-6 to GRP-9: the demo's months of weekly group work, recorded through the
	// attendance and completion facades.
	@Test
	void recordsMonthsOfGroupWorkUpToCompletionTerminationAndExtension() {
		seedOnce();
		SystemScope.callAs(DemoAgencySeeder.DEMO_AGENCY, () -> {
			ParticipantDetails completed = this.participants.list(ProgramStage.COMPLETED).get(0);
			org.paipmanager.completion.CompletionProgress done = this.completion.progress(completed.id());
			// PRG-7: the sessions attended were charged at the assessed fee and paid.
			assertThat(this.fees.ledger(completed.id()).entries()).hasSizeGreaterThan(20);
			assertThat(this.fees.ledger(completed.id()).balance()).isEqualByComparingTo("0.00");
			assertThat(done.outcome().endedOn()).isBefore(LocalDate.now(this.clock));
			assertThat(done.sessionsCounted()).isEqualTo(24);
			assertThat(done.criteriaMet()).isEqualTo(7);
			assertThat(done.certificateAvailable()).isTrue();
			ParticipantDetails terminated = this.participants.list(ProgramStage.TERMINATED).get(0);
			assertThat(this.completion.progress(terminated.id()).outcome().reason())
				.isEqualTo(org.paipmanager.completion.TerminationReason.ABSENCES);
			assertThat(this.participants.list(ProgramStage.ENROLLED)).anySatisfy(
					(enrolled) -> assertThat(this.completion.progress(enrolled.id()).referrerNoticePending()).isTrue());
			assertThat(this.completion.standards()).singleElement()
				.satisfies((standard) -> assertThat(standard.certificateAllowed()).isFalse());
			return null;
		});
	}

	@Test
	@org.junit.jupiter.api.DisplayName("PRG-5, CON-4: the demo has policies for a few sections and none for the others, one corrective action plan and one desk review packet for the demo monitor")
	void seedsPoliciesAPlanAndAPacket() {
		seedOnce();
		SystemScope.callAs(DemoAgencySeeder.DEMO_AGENCY, () -> {
			org.paipmanager.compliance.SelfCheck check = this.compliance.selfCheck();
			assertThat(check.rows()).hasSize(24);
			assertThat(
					check.row(org.paipmanager.compliance.SubpartBSection.CLIENT_RECORDS).evidence().get(0).labelKey())
				.isEqualTo("compliance.evidence.policyInForce");
			assertThat(check.row(org.paipmanager.compliance.SubpartBSection.DESIGN).evidence().get(0).labelKey())
				.isEqualTo("compliance.evidence.policyMissing");
			assertThat(check.row(org.paipmanager.compliance.SubpartBSection.SUPERVISION)
				.evidence("compliance.evidence.observationOverdue")
				.items()).extracting(org.paipmanager.compliance.SelfCheck.Item::label).containsExactly("Renee Abbott");
			assertThat(check.correctiveActions()).singleElement()
				.satisfies((plan) -> assertThat(plan.section())
					.isEqualTo(org.paipmanager.compliance.SubpartBSection.SUPERVISION));
			assertThat(this.reviews.packets()).singleElement().satisfies((packet) -> {
				assertThat(packet.monitorUsername()).isEqualTo("monitor");
				assertThat(packet.participants()).isPositive();
			});
			return null;
		});
	}

	@Test
	@DisplayName("OUT-3, CON-2: the demo probation officer signs in and sees last month's report on Kevin Lindgren, whom her office referred under a release, and is told some reports are not shown")
	void showsTheProbationOfficerTheReportsReleasedToHerOffice() {
		seedOnce();
		WebSession probation = new WebSession(this.port);
		probation.signInWithPassword("probation", DemoAgencySeeder.DEMO_PASSWORD);
		probation.submitCode(TotpCodes.current(DemoAgencySeeder.DEMO_TOTP_SECRET));
		String page = probation.get("/released-reports").body();
		assertThat(page).contains("Prairie County Adult Probation")
			.contains("Kevin Lindgren")
			.contains("Monthly report")
			.contains("id=\"released-some-not-shown\"")
			.doesNotContain("Darnell Hughes");
		Matcher report = Pattern.compile("href=\"(/released-reports/[0-9a-f-]{36})\"").matcher(page);
		assertThat(report.find()).isTrue();
		assertThat(probation.get(report.group(1)).statusCode()).isEqualTo(200);
		assertThat(probation.get("/participants").statusCode()).isEqualTo(403);
	}

	// Both tests look at the one demo agency, seeded by whichever runs first.
	private synchronized List<String> seedOnce() {
		if (signIns == null) {
			signIns = new DemoAgencySeeder(this.agencies, this.staff, this.accounts, this.participants, this.groups,
					this.consent, this.coordination,
					new DemoAgencySeeder.Lifecycle(this.referrals, this.screenings, this.eligibility, this.contracts,
							this.transfers, new DemoFees(this.fees, this.clock),
							new DemoStaffCompliance(this.staff, this.notifications),
							new DemoReferralSource(this.viewers, this.referralReports),
							new DemoReferralExchange(this.exchange, this.clock)),
					this.transactionManager, this.clock,
					new DemoProgramHistory(this.participants, this.groups, this.attendance, this.completion,
							this.clock),
					new DemoProgramAdministration(this.protocol, this.continuation, this.innovation, this.grants,
							this.agencies, this.agreements),
					new DemoCompliance(this.compliance, this.reviews),
					new DemoBreakGlass(this.breakGlass, this.participants, this.clock))
				.seed();
		}
		return signIns;
	}

	private static String checklistRow(String page, String item) {
		int start = page.indexOf("id=\"checklist-" + item + "\"");
		assertThat(start).as("checklist row " + item).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DemoClockConfiguration {

		@Bean
		@Primary
		DemoClock demoClock(@Qualifier("clock") Clock system) {
			return new DemoClock(system);
		}

	}

}
