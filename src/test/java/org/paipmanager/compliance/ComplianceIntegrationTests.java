package org.paipmanager.compliance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.ObservationCommand;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.TrainingCategory;
import org.paipmanager.staff.TrainingCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	ComplianceManagement compliance;

	@Autowired
	StaffManagement staff;

	@Autowired
	GroupManagement groups;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	org.paipmanager.participant.ReferralDecisions referralDecisions;

	@Test
	@DisplayName("PRG-5: the self-check lists all 24 Subpart B sections with the evidence of a hand-built agency: a group of 15 is none over 15, one facilitator overdue, one without 40 h, one mixed group, one completed short")
	void selfCheckCountsTheEvidenceOfEachSection() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.compliance.today();
		StaffId observed = trainedStaff(fixture, agency, "Ava", "Observed", today.minusMonths(1));
		StaffId overdue = trainedStaff(fixture, agency, "Olive", "Overdue", today.minusMonths(8));
		StaffId untrained = fixture.newStaffMember(agency, "Nora", "Untrained");
		UUID full = group(agency, "Monday men's group", 15, observed, overdue);
		UUID small = group(agency, "Wednesday men's group", 10, observed, overdue);
		for (int i = 0; i < 15; i++) {
			ParticipantId member = fixture.enrolledParticipant(agency, "Member" + i, Gender.MALE, today.minusWeeks(4));
			SystemScope.callAs(agency, () -> {
				this.groups.addMember(full, member);
				return null;
			});
		}
		ParticipantId man = fixture.enrolledParticipant(agency, "Wednesday", Gender.MALE, today.minusWeeks(4));
		SystemScope.callAs(agency, () -> {
			this.groups.addMember(small, man);
			return null;
		});
		// Placement refuses a woman in a men's group; only a record written around the
		// rules can mix it, which is what the self-check is there to find.
		ParticipantId woman = fixture.enrolledParticipant(agency, "Mixed", Gender.FEMALE, today.minusWeeks(4));
		ParticipantId shortOne = fixture.enrolledParticipant(agency, "Shortfall", Gender.MALE, today.minusWeeks(10));
		SystemScope.callAs(agency, () -> {
			this.participants.endProgram(shortOne, ProgramStage.COMPLETED, today.minusDays(1));
			return null;
		});
		// A decision through the facade writes its letter; one written around it has
		// none.
		ParticipantId answered = SystemScope.callAs(agency,
				() -> this.participants.refer(referral("Answered", today.minusDays(3))));
		SystemScope.callAs(agency,
				() -> this.referralDecisions.decide(answered, new org.paipmanager.participant.ReferralDecisionCommand(
						org.paipmanager.participant.ReferralOutcome.ACCEPTED, null, null, null)));
		ParticipantId unanswered = fixture.enrolledParticipant(agency, "Unanswered", Gender.MALE, today.minusWeeks(4));
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			addMembership(owner, agency, small, woman, today);
			try (PreparedStatement insert = owner.prepareStatement("""
					insert into participant_referral_decision (id, agency_id, participant_id, outcome, decided_on,
					    decided_at, decided_by_username)
					values (?, ?, ?, 'ACCEPTED', ?, now(), 'someone')""")) {
				insert.setObject(1, UUID.randomUUID());
				insert.setObject(2, agency.value());
				insert.setObject(3, unanswered.value());
				insert.setObject(4, today.minusWeeks(7));
				insert.executeUpdate();
			}
		}
		SystemScope.callAs(agency, () -> {
			this.compliance.writePolicy(new PolicyCommand(SubpartBSection.EDUCATIONAL_COMPONENT, "Groups",
					"Two facilitators, one gender, at most 15.", today, null));
			this.compliance.writePolicy(new PolicyCommand(SubpartBSection.SUPERVISION, "Observation",
					"The director observes each facilitator twice a year.", today.plusDays(1), null));
			return null;
		});

		SelfCheck check = SystemScope.callAs(agency, this.compliance::selfCheck);

		assertThat(check.rows()).extracting((row) -> row.section().section())
			.containsExactly("501.80", "501.90", "501.105", "501.115", "501.125", "501.135", "501.145", "501.155",
					"501.160", "501.170", "501.180", "501.190", "501.200", "501.210", "501.220", "501.230", "501.240",
					"501.250", "501.260", "501.270", "501.280", "501.290", "501.300", "501.310");
		SelfCheck.Row groupsRow = check.row(SubpartBSection.EDUCATIONAL_COMPONENT);
		assertThat(groupsRow.evidence("compliance.evidence.groupsOverFifteen").figure()).isZero();
		assertThat(groupsRow.evidence("compliance.evidence.groupsOverFifteen").status()).isEqualTo(CheckStatus.MET);
		assertThat(groupsRow.evidence("compliance.evidence.groupsWithoutTwoFacilitators").figure()).isZero();
		SelfCheck.Evidence mixed = groupsRow.evidence("compliance.evidence.mixedGenderGroups");
		assertThat(mixed.figure()).isEqualTo(1);
		assertThat(mixed.items()).extracting(SelfCheck.Item::label).containsExactly("Wednesday men's group");
		SelfCheck.Evidence completedShort = groupsRow.evidence("compliance.evidence.completedShort");
		assertThat(completedShort.figure()).isEqualTo(1);
		assertThat(completedShort.items()).extracting(SelfCheck.Item::link)
			.containsExactly("/participants/" + shortOne);
		assertThat(groupsRow.evidence("compliance.evidence.policyInForce").status()).isEqualTo(CheckStatus.MET);
		assertThat(groupsRow.status()).isEqualTo(CheckStatus.NOT_MET);

		SelfCheck.Row supervision = check.row(SubpartBSection.SUPERVISION);
		SelfCheck.Evidence observation = supervision.evidence("compliance.evidence.observationOverdue");
		assertThat(observation.figure()).isEqualTo(1);
		assertThat(observation.items()).containsExactly(new SelfCheck.Item("Olive Overdue", "/staff/" + overdue));
		assertThat(supervision.evidence("compliance.evidence.policyNotYetInForce").status())
			.isEqualTo(CheckStatus.ATTENTION);
		SelfCheck.Evidence fortyHours = check.row(SubpartBSection.STAFF_COMPETENCY)
			.evidence("compliance.evidence.withoutFortyHours");
		assertThat(fortyHours.items()).containsExactly(new SelfCheck.Item("Nora Untrained", "/staff/" + untrained));
		assertThat(
				check.row(SubpartBSection.CONFIDENTIALITY).evidence("compliance.evidence.releaseEndedButUsed").figure())
			.isZero();
		assertThat(check.row(SubpartBSection.REFERRALS).evidence("compliance.evidence.decisionWithoutLetter").items())
			.containsExactly(new SelfCheck.Item("Unanswered Enrolled", "/participants/" + unanswered));
		assertThat(check.row(SubpartBSection.DESIGN).evidence("compliance.evidence.policyMissing").status())
			.isEqualTo(CheckStatus.NOT_MET);

		// A sixteenth member written around the placement rules is found.
		ParticipantId sixteenth = fixture.enrolledParticipant(agency, "Sixteenth", Gender.MALE, today.minusWeeks(4));
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			addMembership(owner, agency, full, sixteenth, today);
		}
		SelfCheck.Evidence overFifteen = SystemScope.callAs(agency, this.compliance::selfCheck)
			.row(SubpartBSection.EDUCATIONAL_COMPONENT)
			.evidence("compliance.evidence.groupsOverFifteen");
		assertThat(overFifteen.figure()).isEqualTo(1);
		assertThat(overFifteen.items()).extracting(SelfCheck.Item::label).containsExactly("Monday men's group");
	}

	@Test
	@DisplayName("PRG-5: each policy version is kept and viewable; an edit from a stale version is a conflict on the page (409) and the API (409 problem+json), nothing overwritten")
	void policyVersionsAreKeptAndAStaleEditIsAConflict() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.compliance.today();
		SystemScope.callAs(agency, () -> this.compliance.writePolicy(new PolicyCommand(SubpartBSection.CONFIDENTIALITY,
				"Confidentiality", "Version one text.", today.minusDays(30), null)));
		PolicyView first = SystemScope.callAs(agency, () -> this.compliance.policy(SubpartBSection.CONFIDENTIALITY));
		long startedFrom = first.version();
		assertThat(SystemScope.callAs(agency,
				() -> this.compliance.writePolicy(new PolicyCommand(SubpartBSection.CONFIDENTIALITY, "Confidentiality",
						"Version two text.", today, startedFrom))))
			.isEqualTo(2);
		assertThatThrownBy(
				() -> SystemScope.callAs(agency,
						() -> this.compliance.writePolicy(new PolicyCommand(SubpartBSection.CONFIDENTIALITY,
								"Confidentiality", "A stale edit.", today, startedFrom))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(
				() -> SystemScope.callAs(agency,
						() -> this.compliance.writePolicy(new PolicyCommand(SubpartBSection.CONFIDENTIALITY,
								"Confidentiality", "Another first version.", today, null))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> SystemScope.callAs(agency,
				() -> this.compliance
					.writePolicy(new PolicyCommand(SubpartBSection.CONFIDENTIALITY, " ", "", null, startedFrom + 1))))
			.isInstanceOfSatisfying(ComplianceRefused.class,
					(refused) -> assertThat(refused.problems()).containsOnlyKeys("title", "text", "effectiveOn"));

		PolicyView policy = SystemScope.callAs(agency, () -> this.compliance.policy(SubpartBSection.CONFIDENTIALITY));
		assertThat(policy.versions()).extracting(PolicyVersion::number, PolicyVersion::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Version two text."),
					org.assertj.core.groups.Tuple.tuple(1, "Version one text."));
		assertThat(policy.inForce()).get().extracting(PolicyVersion::number).isEqualTo(2);

		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String page = "/compliance/policies/501.210";
		assertThat(director.get(page).body()).contains("Version one text.", "Version two text.");
		HttpResponse<String> stale = director.submit(page, page, Map.of("title", "Confidentiality", "text",
				"Overwrite attempt", "effectiveOn", today.toString(), "version", Long.toString(startedFrom)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone approved another version of this policy");
		HttpResponse<String> saved = director.submit(page, page, Map.of("title", "Confidentiality", "text",
				"Version three text.", "effectiveOn", today.toString(), "version", Long.toString(policy.version())));
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> api = director.json("PUT", "/api/compliance/policies/501.210",
				"{\"title\":\"Confidentiality\",\"text\":\"From the API\",\"effectiveOn\":\"" + today
						+ "\",\"version\":" + startedFrom + "}");
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(SystemScope.callAs(agency, () -> this.compliance.policy(SubpartBSection.CONFIDENTIALITY)).versions())
			.extracting(PolicyVersion::text)
			.containsExactly("Version three text.", "Version two text.", "Version one text.");
	}

	@Test
	@DisplayName("PRG-5: a corrective action plan past its due date is overdue on the self-check while open or in progress, not once completed; a stale status change is a conflict")
	void correctiveActionOverdueIsListedOnTheSelfCheck() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.compliance.today();
		UUID late = SystemScope.callAs(agency,
				() -> this.compliance.openCorrectiveAction(new CorrectiveActionCommand(SubpartBSection.SUPERVISION,
						"Olive Overdue not observed for eight months", "Observe on the next Monday group",
						"Dana Whitfield", today.minusDays(1))));
		SystemScope.callAs(agency,
				() -> this.compliance.openCorrectiveAction(new CorrectiveActionCommand(SubpartBSection.DESIGN,
						"No written design policy", "Write and approve it", "Dana Whitfield", today)));
		assertThatThrownBy(() -> SystemScope.callAs(agency,
				() -> this.compliance.openCorrectiveAction(new CorrectiveActionCommand(null, "", "Act", " ", null))))
			.isInstanceOfSatisfying(ComplianceRefused.class, (refused) -> assertThat(refused.problems())
				.containsOnlyKeys("section", "finding", "owner", "dueOn"));

		SelfCheck check = SystemScope.callAs(agency, this.compliance::selfCheck);
		assertThat(check.correctiveActions()).hasSize(2);
		assertThat(check.overdueActions()).isEqualTo(1);
		assertThat(check.correctiveActions().get(0).id()).isEqualTo(late);
		assertThat(check.correctiveActions().get(0).overdue()).isTrue();

		SystemScope.callAs(agency, () -> {
			this.compliance.moveCorrectiveAction(late, CorrectiveActionStatus.IN_PROGRESS, 0);
			return null;
		});
		assertThat(SystemScope.callAs(agency, this.compliance::selfCheck).overdueActions()).isEqualTo(1);
		assertThatThrownBy(() -> SystemScope.callAs(agency, () -> {
			this.compliance.moveCorrectiveAction(late, CorrectiveActionStatus.COMPLETED, 0);
			return null;
		})).isInstanceOf(OptimisticLockingFailureException.class);
		SystemScope.callAs(agency, () -> {
			this.compliance.moveCorrectiveAction(late, CorrectiveActionStatus.COMPLETED, 1);
			return null;
		});
		assertThat(SystemScope.callAs(agency, this.compliance::selfCheck).overdueActions()).isZero();

		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String body = director.get("/compliance").body();
		assertThat(body).contains("Olive Overdue not observed for eight months", "Overdue: 0.");
	}

	private StaffId trainedStaff(AgencyFixture fixture, AgencyId agency, String first, String last,
			LocalDate observedOn) {
		StaffId id = fixture.newStaffMember(agency, first, last);
		SystemScope.callAs(agency, () -> {
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.DOMESTIC_VIOLENCE, "40-hour training",
					"Illinois Coalition", LocalDate.of(2020, 2, 1), new BigDecimal("40"), true));
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.ABUSER_SERVICES, "Abuser services",
					"Department", LocalDate.of(2020, 3, 1), new BigDecimal("20"), true));
			this.staff.addObservation(id,
					new ObservationCommand(observedOn, "Dana Whitfield", "Monday men's group", null));
			return null;
		});
		return id;
	}

	private UUID group(AgencyId agency, String name, int capacity, StaffId facilitator, StaffId coFacilitator) {
		return SystemScope.callAs(agency,
				() -> this.groups.create(new GroupCommand(name, GroupComposition.MALE, "English", DayOfWeek.MONDAY,
						LocalTime.of(18, 0), 90, "Room 1", capacity, facilitator.value(), coFacilitator.value(),
						"Observation booked for next week; approved by the director.")));
	}

	static void addMembership(Connection owner, AgencyId agency, UUID group, ParticipantId participant, LocalDate on)
			throws SQLException {
		try (PreparedStatement insert = owner.prepareStatement("""
				insert into group_membership (id, agency_id, group_id, participant_id, joined_on)
				values (?, ?, ?, ?, ?)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setObject(2, agency.value());
			insert.setObject(3, group);
			insert.setObject(4, participant.value());
			insert.setObject(5, on);
			insert.executeUpdate();
		}
	}

	static List<String> column(Connection owner, String sql, Object parameter) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (var rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}

	static ReferralCommand referral(String last, LocalDate on) {
		return new ReferralCommand("Pat", last, LocalDate.of(1982, 5, 6), Gender.MALE, false, "English",
				ReferralSource.COURT, null, on);
	}

}
