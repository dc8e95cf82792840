package org.paipmanager.group;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupPlacementIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	@Autowired
	ParticipantManagement participants;

	private AgencyId agency;

	private UUID mensGroup;

	private WebSession intake;

	private int sequence;

	@BeforeEach
	void setUpGroup() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		this.agency = fixture.newAgency();
		StaffId first = fixture.newStaffMember(this.agency, "Fran", "First");
		StaffId second = fixture.newStaffMember(this.agency, "Sam", "Second");
		this.mensGroup = SystemScope.callAs(this.agency,
				() -> this.groups.create(new GroupCommand("Men's group", GroupComposition.MALE, "English",
						DayOfWeek.TUESDAY, LocalTime.of(18, 30), 90, "Room 2", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		this.intake = new WebSession(this.port);
		this.intake.signIn(fixture.newUser(this.agency, Role.INTAKE_WORKER));
	}

	@Test
	@DisplayName("GRP-3: fifteen participants fit, the sixteenth is refused on the page with the rule quoted")
	void refusesTheSixteenthParticipant() {
		for (int i = 0; i < 15; i++) {
			ParticipantId member = eligible(Gender.MALE, false);
			SystemScope.callAs(this.agency, () -> {
				this.groups.addMember(this.mensGroup, member);
				return null;
			});
		}
		ParticipantId sixteenth = eligible(Gender.MALE, false);
		String form = "/groups/" + this.mensGroup + "/members";
		HttpResponse<String> refused = this.intake.submit(form, form, Map.of("participantId", sixteenth.toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("The group already has 15 participants, the most a group may have (501.90(d)(4)).");
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(this.mensGroup))).hasSize(15);
	}

	@Test
	@DisplayName("PAR-9: a participant of another gender or relationship is refused from a men's group with the rule")
	void refusesAParticipantOfAnotherComposition() {
		ParticipantId man = eligible(Gender.MALE, false);
		String form = "/groups/" + this.mensGroup + "/members";
		assertThat(this.intake.submit(form, form, Map.of("participantId", man.toString())).statusCode()).isEqualTo(302);

		HttpResponse<String> woman = this.intake.submit(form, form,
				Map.of("participantId", eligible(Gender.FEMALE, false).toString()));
		assertThat(woman.body()).contains("men, women and same-sex offenders attend separate groups (501.30(b)(7))")
			.contains("Everyone in a group must be of the same gender (501.90(d)(3)).");

		HttpResponse<String> sameSex = this.intake.submit(form, form,
				Map.of("participantId", eligible(Gender.MALE, true).toString()));
		assertThat(sameSex.body()).contains("(501.30(b)(7))");
		assertThat(this.intake.get("/groups/" + this.mensGroup).body()).contains("Participants: 1 of 15");
	}

	@Test
	void refusesSomeoneNotFoundEligibleOrAlreadyPlaced() {
		ParticipantId referred = SystemScope.callAs(this.agency,
				() -> this.participants.refer(referral(Gender.MALE, false)));
		String form = "/groups/" + this.mensGroup + "/members";
		assertThat(this.intake.submit(form, form, Map.of("participantId", referred.toString())).body())
			.contains("Only participants found eligible can join a group (501.125).");
		ParticipantId placed = eligible(Gender.MALE, false);
		this.intake.submit(form, form, Map.of("participantId", placed.toString()));
		assertThat(this.intake.submit(form, form, Map.of("participantId", placed.toString())).body())
			.contains("The participant is already in a group");
	}

	@Test
	void answersNotFoundForAnUnknownGroup() {
		String form = "/groups/" + this.mensGroup + "/members";
		HttpResponse<String> response = this.intake.submit(form, "/groups/" + UUID.randomUUID() + "/members",
				Map.of("participantId", eligible(Gender.MALE, false).toString()));
		assertThat(response.statusCode()).isEqualTo(404);
	}

	private ParticipantId eligible(Gender gender, boolean sameSex) {
		return SystemScope.callAs(this.agency, () -> {
			ParticipantId id = this.participants.refer(referral(gender, sameSex));
			this.participants.placeAtStage(id, ProgramStage.ELIGIBLE, LocalDate.of(2026, 11, 2));
			return id;
		});
	}

	private ReferralCommand referral(Gender gender, boolean sameSex) {
		this.sequence++;
		return new ReferralCommand("Member" + this.sequence, "Tester", LocalDate.of(1980, 1, this.sequence % 28 + 1),
				gender, sameSex, "English", ReferralSource.PROBATION, null, LocalDate.of(2026, 11, 1));
	}

}
