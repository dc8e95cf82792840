package org.paipmanager.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyCommand;
import org.paipmanager.agency.PartnerAgencyContact;
import org.paipmanager.agency.PartnerAgencyService;
import org.paipmanager.consent.ConfidentialityExplanationCommand;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseBasis;
import org.paipmanager.consent.ReleaseCommand;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.OutgoingReferralCommand;
import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.contract.ContractCommand;
import org.paipmanager.contract.ContractManagement;
import org.paipmanager.contract.SigningCommand;
import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.transfer.ProgramJurisdiction;
import org.paipmanager.transfer.TransferManagement;
import org.paipmanager.transfer.TransferOutCommand;
import org.paipmanager.participant.AlternativeSanction;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.participant.ReferralOutcome;
import org.paipmanager.participant.RejectionReason;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.LicenceCommand;
import org.paipmanager.staff.ObservationCommand;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;
import org.paipmanager.staff.TrainingCommand;
import org.paipmanager.staff.TrainingCategory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo agency in one transaction, so a failed seed leaves nothing behind, and
 * prints the demo sign-in details.
 */
@Component
@ConditionalOnBooleanProperty(name = "paip.demo.enabled")
class DemoAgencySeeder implements ApplicationRunner {

	/** Password of every demo account. Published in the README: demo data only. */
	static final String DEMO_PASSWORD = "Demo-Pass-2026";

	/**
	 * TOTP key of the pre-enrolled demo accounts, for an authenticator app or oathtool.
	 */
	static final String DEMO_TOTP_SECRET = "PAIPDEMOPAIPDEMOPAIPDEMOPAIPDEMO";

	static final AgencyId DEMO_AGENCY = AgencyId.of("0d3e5c4a-7a43-4c61-9d0e-2f8d6c0a5001");

	private static final Logger log = LoggerFactory.getLogger(DemoAgencySeeder.class);

	private final AgencyManagement agencies;

	private final StaffManagement staff;

	private final StaffAccounts accounts;

	private final ParticipantManagement participants;

	private final GroupManagement groups;

	private final ConsentManagement consent;

	private final CoordinationManagement coordination;

	private final Lifecycle lifecycle;

	private final TransactionTemplate transaction;

	private final DemoClock clock;

	private final DemoProgramHistory history;

	private final DemoProgramAdministration programAdministration;

	private final DemoCompliance compliance;

	private final DemoBreakGlass breakGlass;

	private UUID probationOffice;

	DemoAgencySeeder(AgencyManagement agencies, StaffManagement staff, StaffAccounts accounts,
			ParticipantManagement participants, GroupManagement groups, ConsentManagement consent,
			CoordinationManagement coordination, Lifecycle lifecycle, PlatformTransactionManager transactionManager,
			DemoClock clock, DemoProgramHistory history, DemoProgramAdministration programAdministration,
			DemoCompliance compliance, DemoBreakGlass breakGlass) {
		this.breakGlass = breakGlass;
		this.history = history;
		this.programAdministration = programAdministration;
		this.compliance = compliance;
		this.agencies = agencies;
		this.staff = staff;
		this.accounts = accounts;
		this.participants = participants;
		this.groups = groups;
		this.consent = consent;
		this.coordination = coordination;
		this.lifecycle = lifecycle;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * The facades of the intake path after referral: referral decisions, screening,
	 * eligibility, fees, contracts; and transfers to another program.
	 */
	record Lifecycle(ReferralDecisions referrals, IntakeScreenings screenings, EligibilityDecisions eligibility,
			ContractManagement contracts, TransferManagement transfers, DemoFees fees,
			DemoStaffCompliance staffCompliance, DemoReferralSource referralSource,
			DemoReferralExchange referralExchange) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.agencies.anyAgencyExists()) {
			return;
		}
		List<String> signIns = seed();
		log.info("""

				==== PAIP Manager demo data ====
				Demo agency seeded (fictional people and records). Sign in at http://localhost:8080 with
				password {} and, when asked for a code, a TOTP code for key {}
				(for example: oathtool --totp -b {}). Accounts:
				{}
				Account 'newstaff' has no authenticator yet and shows the enrolment page with a QR code.
				================================""", DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_TOTP_SECRET,
				String.join("\n", signIns));
	}

	List<String> seed() {
		return SystemScope.callAs(DEMO_AGENCY, () -> this.transaction.execute((status) -> seedAgency()));
	}

	private List<String> seedAgency() {
		LocalDate today = LocalDate.now(this.clock);
		this.agencies.registerAgency(DEMO_AGENCY, "Prairie Bridges Intervention Services (demo)", "Prairie Bridges",
				"Prairie County", "(217) 555-0140", true);
		seedPartners();
		List<String> signIns = new ArrayList<>();
		StaffId director = person(signIns, "director", "Dana", "Whitfield", "Program director", today.minusYears(9),
				true, EnumSet.of(Role.PROGRAM_DIRECTOR), true);
		trained(director, today, 40, 20, 8);
		licence(director, "Licensed Clinical Social Worker", "149-000001", today.plusYears(1));
		observed(director, today.minusMonths(1), "Grupo de hombres del jueves",
				"Safe Harbor program supervisor (501.300)");
		StaffId intake = person(signIns, "intake", "Marcus", "Ortega", "Intake worker", today.minusYears(3), false,
				EnumSet.of(Role.INTAKE_WORKER), true);
		trained(intake, today, 40, 20, 6);
		StaffId facilitator = person(signIns, "facilitator", "Renee", "Abbott", "Group facilitator",
				today.minusYears(4), false, EnumSet.of(Role.FACILITATOR), true);
		trained(facilitator, today, 40, 20, 3);
		observed(facilitator, today.minusMonths(7), "Tuesday evening men's group", "Dana Whitfield");
		licence(facilitator, "Certified Alcohol and Drug Counselor", "CADC-22871", today.plusDays(20));
		StaffId cofacilitator = person(signIns, "facilitator2", "Luis", "Navarro", "Group co-facilitator",
				today.minusYears(2), false, EnumSet.of(Role.FACILITATOR), true);
		trained(cofacilitator, today, 40, 20, 6);
		observed(cofacilitator, today.minusMonths(2), "Tuesday evening men's group", "Dana Whitfield");
		person(signIns, "liaison", "Grace", "Holloway", "Victim liaison", today.minusYears(5), false,
				EnumSet.of(Role.VICTIM_LIAISON), true);
		person(signIns, "admin", "Priya", "Raman", "Office administrator", today.minusYears(1), false,
				EnumSet.of(Role.ADMINISTRATOR), true);
		person(signIns, "monitor", "Howard", "Lindqvist", "Department monitor (demo)", today.minusYears(6), false,
				EnumSet.of(Role.DEPARTMENT_MONITOR), true);
		StaffId probationOfficer = person(signIns, "probation", "Carla", "Mensah",
				"Probation officer, referral source (demo)", today.minusYears(2), false,
				EnumSet.of(Role.REFERRAL_SOURCE_VIEWER), true);
		StaffId newcomer = person(signIns, "newstaff", "Jordan", "Bell", "Group facilitator (new hire)",
				today.minusMonths(4), false, EnumSet.of(Role.FACILITATOR), false);
		trained(newcomer, today, 40, 8, 0);
		UUID tuesday = this.groups.create(new GroupCommand("Tuesday evening men's group", GroupComposition.MALE,
				"English", DayOfWeek.TUESDAY, LocalTime.of(18, 30), 90, "Prairie Bridges, Room 2", 15,
				facilitator.value(), cofacilitator.value(),
				"Renee Abbott's observation is booked for next week and her continuing education is scheduled; approved by the director."));
		UUID thursday = this.groups.create(new GroupCommand("Grupo de hombres del jueves", GroupComposition.MALE,
				"Spanish", DayOfWeek.THURSDAY, LocalTime.of(18, 0), 90, "Prairie Bridges, Room 1", 12,
				cofacilitator.value(), director.value(), null));
		this.lifecycle.fees().policy(today.minusYears(2));
		this.programAdministration.seed(today);
		seedParticipants(today, tuesday, thursday);
		this.lifecycle.staffCompliance().seed(today);
		this.compliance.seed(today);
		this.breakGlass.seed(DEMO_AGENCY, facilitator);
		this.lifecycle.referralSource().seed(probationOfficer, this.probationOffice, today, this.participants);
		return signIns;
	}

	// A dozen people at every stage from referral to completion, all fictional, each
	// taken through the real intake path as far as their stage: referral decision (and
	// its letter), screening, eligibility decision, contract and signing, on days in the
	// past (DemoClock).
	private void seedParticipants(LocalDate today, UUID englishGroup, UUID spanishGroup) {
		SignaturePad pad = new SignaturePad();
		// Waiting for a decision on the referral.
		refer("Ethan", "Caldwell", "1988-04-12", Gender.MALE, "English", ReferralSource.PROBATION, "2026-CF-0412",
				today.minusDays(2));
		// Rejected: the program runs men's groups only (501.230(a)); the letter to the
		// court follows the decision.
		ParticipantId rejected = refer("Rosa", "Delgado", "1991-09-30", Gender.FEMALE, "English", ReferralSource.COURT,
				"2026-DV-1187", today.minusDays(5));
		on(today.minusDays(4), () -> this.lifecycle.referrals()
			.decide(rejected, new ReferralDecisionCommand(ReferralOutcome.REJECTED,
					RejectionReason.NO_GROUP_FOR_GENDER_OR_COMPOSITION, AlternativeSanction.REFER_TO_ANOTHER_PAIP,
					"Prairie Bridges runs men's groups only; a program with a women's group can take this referral.")));
		// In screening: one draft with the first three steps saved, one not started yet.
		ParticipantId draft = accepted(refer("Tyler", "Brooks", "1979-01-22", Gender.MALE, "English",
				ReferralSource.DCFS, null, today.minusDays(9)));
		on(today.minusDays(3), () -> saveSteps(draft, DemoScreenings.draft(today.minusDays(3)), 3));
		accepted(refer("Samuel", "Okafor", "1985-06-03", Gender.MALE, "English", ReferralSource.SELF, null,
				today.minusDays(12)));
		// Eligible, with the Spanish contract generated and not signed yet.
		ParticipantId eligible = refer("Miguel", "Serrano", "1990-11-17", Gender.MALE, "Spanish",
				ReferralSource.PROBATION, "2026-CM-0877", today.minusDays(20));
		screenedAndDecided(eligible, DemoScreenings.serrano(today.minusDays(20).plusDays(7)));
		generateContract(eligible, "es", 24, "25.00", today.minusDays(20).plusDays(10));
		List<ParticipantId> inGroup = new ArrayList<>();
		inGroup.add(enrolled(pad, refer("Darnell", "Hughes", "1983-02-28", Gender.MALE, "English", ReferralSource.COURT,
				"2025-DV-3321", today.minusMonths(3)), DemoScreenings::hughes, "en", 24, "30.00"));
		inGroup.add(
				enrolled(pad, refer("Kevin", "Lindgren", "1975-07-09", Gender.MALE, "English", ReferralSource.PROBATION,
						"2025-CF-2290", today.minusMonths(4)), DemoScreenings::lindgren, "en", 26, "40.00"));
		ParticipantId spanishSpeaker = enrolled(pad, refer("Jorge", "Ramírez", "1987-12-01", Gender.MALE, "Spanish",
				ReferralSource.PAROLE, "2025-CF-1975", today.minusMonths(2)), DemoScreenings::ramirez, "es", 24,
				"20.00");
		ParticipantId inTreatment = enrolled(
				pad, refer("Brian", "Kowalski", "1981-03-14", Gender.MALE, "English",
						ReferralSource.SUBSTANCE_ABUSE_AGENCY, null, today.minusMonths(5)),
				DemoScreenings::kowalski, "en", 24, "15.00");
		inGroup.add(inTreatment);
		explainedAndReleased(inGroup.get(0), today.minusMonths(3), "English");
		explainedAndReleased(inGroup.get(1), today.minusMonths(4), "English");
		explainedAndReleased(spanishSpeaker, today.minusMonths(2), "Spanish");
		explainedAndReleased(inTreatment, today.minusMonths(5), "English");
		referredToTreatment(inTreatment, today.minusMonths(5).plusDays(14));
		ParticipantId completes = enrolled(pad, refer("Andre", "Wallace", "1980-08-21", Gender.MALE, "English",
				ReferralSource.PROBATION, "2025-DV-0641", today.minusMonths(8)), DemoScreenings::wallace, "en", 24,
				"30.00");
		ParticipantId terminated = enrolled(pad, refer("Chris", "Porter", "1993-05-05", Gender.MALE, "English",
				ReferralSource.COURT, "2025-CM-1502", today.minusMonths(6)), DemoScreenings::porter, "en", 36, "35.00");
		// Moved to Rockford for work: transferred out under a release naming the
		// receiving program (501.250).
		transferredOut(
				enrolled(pad,
						refer("Luis", "Ortega", "1986-01-19", Gender.MALE, "English", ReferralSource.PROBATION,
								"2025-CF-2718", today.minusMonths(3)),
						DemoScreenings::hughes, "en", 24, "30.00"),
				today.minusDays(6));
		// Not admitted through the rules: cannot benefit from the group now
		// (501.125(d)(1)).
		ParticipantId notAdmitted = accepted(refer("Dale", "Merritt", "1969-10-10", Gender.MALE, "English",
				ReferralSource.OTHER, null, today.minusMonths(1)));
		screenedAndDecided(notAdmitted, DemoScreenings.merritt(today.minusMonths(1).plusDays(7)));
		this.history.standards();
		inGroup.add(completes);
		inGroup.add(terminated);
		this.history.weeklyGroup(englishGroup, DayOfWeek.TUESDAY, inGroup, completes, terminated, inGroup.get(1),
				today);
		this.history.weeklyGroup(spanishGroup, DayOfWeek.THURSDAY, List.of(spanishSpeaker), null, null, null, today);
		this.lifecycle.fees().payments(completes, inGroup.get(0), inGroup.get(1), today);
	}

	private ParticipantId refer(String first, String last, String born, Gender gender, String language,
			ReferralSource source, String caseNumber, LocalDate referred) {
		// Probation referrals come from the county's adult probation office, by its
		// officer.
		boolean probation = source == ReferralSource.PROBATION;
		return on(referred,
				() -> this.participants.refer(new ReferralCommand(first, last, LocalDate.parse(born), gender, false,
						language, source, caseNumber, referred, 0, null, probation ? this.probationOffice : null,
						probation ? "Carla Mensah, (217) 555-0124" : null, null, null, null, null, null)));
	}

	// The referral is accepted two days after it came in; the acceptance letter follows.
	private ParticipantId accepted(ParticipantId id) {
		LocalDate referred = this.participants.get(id).referredOn();
		on(referred.plusDays(2), () -> this.lifecycle.referrals()
			.decide(id, new ReferralDecisionCommand(ReferralOutcome.ACCEPTED, null, null, null)));
		return id;
	}

	// Screened face to face a week after referral (501.115(a)(2)), decided two days later
	// by the rules from the screening's findings, with the partner violence history the
	// screener found.
	private void screenedAndDecided(ParticipantId id, Map<Integer, Map<String, String>> answers) {
		if (this.participants.get(id).stage() == ProgramStage.REFERRED) {
			accepted(id);
		}
		LocalDate screenedOn = LocalDate.parse(answers.get(1).get("screenedOn"));
		on(screenedOn, () -> {
			long version = saveSteps(id, answers, answers.size());
			this.lifecycle.screenings().complete(id, version);
			return null;
		});
		on(screenedOn.plusDays(2), () -> {
			EligibilityDecisionCommand found = this.lifecycle.eligibility().newDecision(id);
			return this.lifecycle.eligibility()
				.decide(id,
						new EligibilityDecisionCommand(true, found.referredForNonPartnerViolence(), false, false, false,
								found.identifiedAsVictim(), false, false, found.cannotBenefit(), found.substanceUse(),
								found.refusedOrWaitlistedForTreatment(), false, null, ""));
		});
	}

	private long saveSteps(ParticipantId id, Map<Integer, Map<String, String>> answers, int steps) {
		long version = this.lifecycle.screenings().start(id).version();
		for (int step = 1; step <= steps; step++) {
			version = this.lifecycle.screenings().saveStep(id, step, version, answers.get(step)).version();
		}
		return version;
	}

	// The fee is assessed on the sliding scale first, so the contract states it
	// (501.155).
	private void generateContract(ParticipantId id, String language, int sessions, String fee, LocalDate on) {
		this.lifecycle.fees().assess(id, fee, on);
		on(on, () -> this.lifecycle.contracts()
			.generate(id, new ContractCommand(language, sessions, new BigDecimal(fee))));
	}

	// Referral, screening and eligibility as above; the contract generated the day after
	// the decision, signed on screen two days later, and the program starting three days
	// after the signing (501.115(b)(11)(C)-(D)).
	private ParticipantId enrolled(SignaturePad pad, ParticipantId id,
			Function<LocalDate, Map<Integer, Map<String, String>>> screening, String language, int sessions,
			String fee) {
		ParticipantDetails participant = this.participants.get(id);
		LocalDate referred = participant.referredOn();
		screenedAndDecided(id, screening.apply(referred.plusDays(7)));
		generateContract(id, language, sessions, fee, referred.plusDays(10));
		LocalDate signedOn = referred.plusDays(12);
		String name = participant.firstName() + " " + participant.lastName();
		on(signedOn, () -> {
			long version = this.lifecycle.contracts().find(id).orElseThrow().version();
			return this.lifecycle.contracts()
				.sign(id, version, new SigningCommand(signedOn, name, programStart(referred), pad.signature(name)),
						null, null);
		});
		return id;
	}

	private void transferredOut(ParticipantId id, LocalDate on) {
		String program = "Rockford Partner Abuse Intervention Program";
		ReleaseId release = this.consent.addRelease(id,
				ReleaseCommand.signedByParticipant(RecipientKind.OTHER, null, program,
						Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE,
								InformationCategory.SCREENING_INFORMATION),
						Set.of(ReleasePurpose.ONGOING_COLLABORATION), "Transfer between programs (501.250)",
						ReleaseBasis.VOLUNTARY, on.minusDays(7), on.plusYears(1), "Marcus Ortega"));
		on(on, () -> this.lifecycle.transfers()
			.transferOut(id, new TransferOutCommand(program, "Rockford", "Illinois",
					ProgramJurisdiction.ILLINOIS_PROTOCOL_APPROVED, release.value(), on)));
	}

	private static LocalDate programStart(LocalDate referred) {
		return referred.plusDays(15);
	}

	private <T> T on(LocalDate day, Supplier<T> work) {
		return this.clock.on(day, work);
	}

	// At intake, a week after referral: confidentiality explained (501.210(a)) and a
	// release to the referral source signed (501.210(b)).
	private void explainedAndReleased(ParticipantId id, LocalDate referred, String language) {
		LocalDate intake = referred.plusDays(7);
		this.consent.recordExplanation(id,
				new ConfidentialityExplanationCommand(intake, language, true, true, true, true, true, null));
		this.consent.addRelease(id, ReleaseCommand.signedByParticipant(RecipientKind.REFERRAL_SOURCE, null, null,
				Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE, InformationCategory.NEW_VIOLENCE_OR_THREATS,
						InformationCategory.PROGRESS_AND_FINAL_REPORTS, InformationCategory.COMPLETION_OR_TERMINATION),
				Set.of(ReleasePurpose.REPORT_COMPLIANCE), null, ReleaseBasis.REQUIRED_FOR_PARTICIPATION, intake,
				intake.plusYears(1), "Marcus Ortega"));
	}

	// Substance use found at screening: a referral to treatment (501.135(a)) under a
	// voluntary release to the treatment provider.
	private void referredToTreatment(ParticipantId id, LocalDate on) {
		UUID provider = this.consent.partnerAgencies()
			.stream()
			.filter((agency) -> agency.category() == PartnerAgencyCategory.SUBSTANCE_ABUSE)
			.findFirst()
			.orElseThrow()
			.id();
		this.consent.addRelease(id,
				ReleaseCommand.signedByParticipant(RecipientKind.PARTNER_AGENCY, provider, null,
						Set.of(InformationCategory.REFERRAL_FOR_SERVICES, InformationCategory.SCREENING_INFORMATION),
						Set.of(ReleasePurpose.REFERRAL_TO_SERVICES, ReleasePurpose.ONGOING_COLLABORATION), null,
						ReleaseBasis.VOLUNTARY, on, on.plusYears(1), "Marcus Ortega"));
		UUID referral = this.coordination.refer(id,
				new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, provider,
						"Alcohol use reported at screening; assessment and treatment alongside the PAIP.", on, null));
		this.lifecycle.referralExchange().sentOnPaperAndAccepted(id, referral, on);
	}

	private void seedPartners() {
		// COO-1: a full directory entry for the shelter (no address: a confidential
		// location)
		// and for probation.
		this.agencies.addPartnerAgency(new PartnerAgencyCommand("Safe Harbor Domestic Violence Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES,
				"Emergency shelter, hotline and legal advocacy for survivors of domestic violence.", "(217) 555-0199",
				"advocacy@safeharbor.example", null, null, null, null, null, "Prairie County",
				List.of("Prairie County", "Lake County", "Ford County"), List.of("English", "Spanish"), true,
				List.of(new PartnerAgencyContact("Rosa Diaz", "Advocacy director", "(217) 555-0198",
						"rdiaz@safeharbor.example")),
				List.of(new PartnerAgencyService("24-hour hotline", null),
						new PartnerAgencyService("Emergency shelter", null),
						new PartnerAgencyService("Legal advocacy", "Orders of protection and court accompaniment"))));
		this.probationOffice = this.agencies.addPartnerAgency(new PartnerAgencyCommand("Prairie County Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, null, "(217) 555-0120", null, null, "200 Courthouse Square",
				"Prairie City", "IL", "61800", "Prairie County", List.of("Prairie County"), List.of("English"), false,
				List.of(new PartnerAgencyContact("Dana Lane", "Domestic violence unit supervisor", "(217) 555-0121",
						"dlane@prairie-probation.example")),
				List.of(new PartnerAgencyService("Adult probation supervision", null))));
		this.agencies.addPartnerAgency("Prairie County Circuit Court", PartnerAgencyCategory.JUDICIARY_PROBATION,
				"(217) 555-0100", "Prairie County", false);
		this.agencies.addPartnerAgency("Illinois DCFS, Prairie field office",
				PartnerAgencyCategory.CHILD_PROTECTIVE_SERVICES, "(217) 555-0177", "Prairie County", false);
		this.agencies.addPartnerAgency("New Roads Recovery Center", PartnerAgencyCategory.SUBSTANCE_ABUSE,
				"(217) 555-0163", "Prairie County", false);
		this.agencies.addPartnerAgency("Prairie Behavioral Health", PartnerAgencyCategory.MENTAL_HEALTH,
				"(217) 555-0155", "Prairie County", false);
		this.agencies.addPartnerAgency("Prairie City Police Department", PartnerAgencyCategory.LAW_ENFORCEMENT,
				"(217) 555-0111", "Prairie County", false);
	}

	private StaffId person(List<String> signIns, String username, String first, String last, String title,
			LocalDate hired, boolean supervisor, Set<Role> roles, boolean enrolled) {
		StaffId id = this.staff.register(new StaffProfileCommand(first, last, username + "@prairie-bridges.example",
				null, title, hired, supervisor, false, null, null, null));
		this.accounts.createAccount(id, DEMO_AGENCY, username, first + " " + last, DEMO_PASSWORD, roles,
				enrolled ? DEMO_TOTP_SECRET : null);
		signIns.add("  %-13s %s".formatted(username, roles.iterator().next().name().toLowerCase().replace('_', ' ')));
		return id;
	}

	private void trained(StaffId id, LocalDate today, int domesticViolence, int abuserServices,
			int continuingEducation) {
		this.staff.addTraining(id,
				new TrainingCommand(TrainingCategory.DOMESTIC_VIOLENCE,
						"Illinois Domestic Violence Act 40-hour training", "Prairie County DV Coalition",
						today.minusYears(1).withDayOfMonth(1), BigDecimal.valueOf(domesticViolence), true));
		this.staff.addTraining(id,
				new TrainingCommand(TrainingCategory.ABUSER_SERVICES, "Partner abuse intervention: facilitating groups",
						"Illinois PAIP training institute", today.minusMonths(2).withDayOfMonth(1),
						BigDecimal.valueOf(abuserServices), true));
		if (continuingEducation > 0) {
			this.staff.addTraining(id,
					new TrainingCommand(TrainingCategory.CONTINUING_EDUCATION, "Annual IPV continuing education",
							"Department-approved sponsor", today.withDayOfYear(1),
							BigDecimal.valueOf(continuingEducation), true));
			this.staff.addTraining(id,
					new TrainingCommand(TrainingCategory.CONTINUING_EDUCATION, "Annual IPV continuing education",
							"Department-approved sponsor", today.withDayOfYear(1).minusYears(1),
							BigDecimal.valueOf(continuingEducation), true));
		}
	}

	private void observed(StaffId id, LocalDate on, String group, String observer) {
		this.staff.addObservation(id, new ObservationCommand(on, observer, group, null));
	}

	private void licence(StaffId id, String kind, String number, LocalDate expires) {
		this.staff.addLicence(id, new LicenceCommand(kind, number, "Illinois IDFPR", expires));
	}

}
