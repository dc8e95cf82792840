package org.paipmanager.transfer;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseBasis;
import org.paipmanager.consent.ReleaseCommand;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.IndividualSessionCommand;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.group.RecordingIndividualSessions;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PAR-10: transfers between programs (501.250), each under a release of information in
 * force naming the other program; credit and additional sessions count in the attendance
 * progress (GRP-5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransferIntegrationTests {

	private static final LocalDate START = LocalDate.now().minusWeeks(6);

	private static final String FORMER = "Springfield Partner Abuse Program";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	TransferManagement transfers;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	RecordingIndividualSessions individual;

	@Autowired
	GroupManagement groups;

	private AgencyFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	private WebSession intake;

	private String page;

	@BeforeEach
	void enrolAParticipant() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = this.fixture.enrolledParticipant(this.agency, "Terry", Gender.MALE, START);
		this.intake = new WebSession(this.port);
		this.intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		this.page = "/participants/" + this.participant + "/transfers";
	}

	@Test
	@DisplayName("PAR-10: a transfer in is refused without a release covering the former program, saying what is missing (501.250)")
	void refusesATransferInWithoutACoveringRelease() {
		HttpResponse<String> none = this.intake.submit(this.page, this.page + "/in", transferIn(null));
		assertThat(none.body()).contains("Choose the release of information the participant signed for this program.")
			.contains("501.250");
		ReleaseId elsewhere = release("Rockford Partner Abuse Program", InformationCategory.ATTENDANCE_AND_COMPLIANCE);
		assertThat(this.intake.submit(this.page, this.page + "/in", transferIn(elsewhere)).body()).contains(
				"The release chosen names another recipient. A release naming this program, exactly as entered, is missing (501.250).");
		ReleaseId screeningOnly = release(FORMER, InformationCategory.SCREENING_INFORMATION);
		assertThat(this.intake.submit(this.page, this.page + "/in", transferIn(screeningOnly)).body())
			.contains("does not cover attendance and compliance");
		assertThat(SystemScope.callAs(this.agency, () -> this.transfers.history(this.participant)).transfersIn())
			.isEmpty();
		assertThat(progress().sessionsRequired()).isEqualTo(24);
	}

	@Test
	@DisplayName("PAR-10/GRP-5: a transfer in with a covering release credits sessions and hours and raises the sessions required; individual sessions count too")
	void creditsATransferInAndCountsItInTheProgress() {
		ReleaseId release = release(FORMER, InformationCategory.ATTENDANCE_AND_COMPLIANCE,
				InformationCategory.SCREENING_INFORMATION);
		HttpResponse<String> saved = this.intake.submit(this.page, this.page + "/in", transferIn(release));
		assertThat(saved.statusCode()).isEqualTo(302);
		StaffId counsellor = this.fixture.newStaffMember(this.agency, "Casey", "Counsellor");
		SystemScope.callAs(this.agency,
				() -> this.individual.record(this.participant,
						new IndividualSessionCommand(START.plusDays(3), 90, counsellor.value(),
								"Respect in relationships", "Engaged.", "Waiting for a group seat", null, null)));

		AttendanceProgress progress = progress();
		assertThat(progress.creditedSessions()).isEqualTo(10);
		assertThat(progress.creditedHours()).isEqualByComparingTo("15");
		assertThat(progress.individualSessions()).isEqualTo(1);
		assertThat(progress.sessionsAttended()).isEqualTo(11);
		assertThat(progress.hoursAttended()).isEqualByComparingTo("16.5");
		assertThat(progress.additionalSessions()).isEqualTo(2);
		assertThat(progress.sessionsRequired()).isEqualTo(26);

		String file = this.intake.get("/participants/" + this.participant).body();
		assertThat(file).contains("11 of 26 sessions attended (501.90(a)).")
			.contains("2 additional sessions required after a transfer: 26 sessions in all (501.250).")
			.contains("Credited from a former program (501.250)")
			.contains("Transferred in from " + FORMER + " (Out-of-state program).")
			.contains("10 sessions and 15 hours credited, 2 additional sessions required (501.250).");
		String transfers = this.intake.get(this.page).body();
		assertThat(transfers).contains("The transfer from another program was recorded (501.250).")
			.contains("10 sessions and 15 hours credited")
			.contains("Complete or correct the transfer from another program");
	}

	@Test
	@DisplayName("PAR-10: a transfer out needs a release naming the receiving program; it ends the group membership and moves the stage")
	void transfersOutClosingTheMembership() {
		StaffId first = this.fixture.newStaffMember(this.agency, "Fran", "First");
		StaffId second = this.fixture.newStaffMember(this.agency, "Sam", "Second");
		UUID group = SystemScope.callAs(this.agency, () -> {
			UUID created = this.groups.create(new GroupCommand("Monday men's group", GroupComposition.MALE, "English",
					DayOfWeek.MONDAY, LocalTime.of(18, 0), 90, "Room 1", 12, first.value(), second.value(),
					"Test facilitators without training records: exception documented."));
			this.groups.addMember(created, this.participant);
			return created;
		});
		Map<String, String> out = new LinkedHashMap<>();
		out.put("receivingProgramName", "Peoria Partner Abuse Program");
		out.put("receivingProgramCity", "Peoria");
		out.put("receivingProgramState", "Illinois");
		out.put("jurisdiction", "ILLINOIS_PROTOCOL_APPROVED");
		out.put("releaseId", release(FORMER, InformationCategory.ATTENDANCE_AND_COMPLIANCE).toString());
		LocalDate today = LocalDate.now();
		out.put("transferredOn", today.toString());
		assertThat(this.intake.submit(this.page, this.page + "/out", out).body())
			.contains("A release naming this program, exactly as entered, is missing (501.250).");
		assertThat(stage()).isEqualTo(ProgramStage.ENROLLED);
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(group))).hasSize(1);

		out.put("releaseId",
				release("Peoria Partner Abuse Program", InformationCategory.ATTENDANCE_AND_COMPLIANCE).toString());
		assertThat(this.intake.submit(this.page, this.page + "/out", out).statusCode()).isEqualTo(302);
		assertThat(stage()).isEqualTo(ProgramStage.TRANSFERRED_OUT);
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(group))).isEmpty();
		TransferOut recorded = SystemScope.callAs(this.agency, () -> this.transfers.history(this.participant))
			.transferOut();
		assertThat(recorded.groupLeft()).isEqualTo(group);
		assertThat(recorded.transferredOn()).isEqualTo(today);
		// CON-2: the record went to the receiving program through the disclosure service.
		assertThat(SystemScope.callAs(this.agency,
				() -> this.context.getBean(DisclosingInformation.class).accounting(this.participant)))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.recipientName()).isEqualTo("Peoria Partner Abuse Program");
				assertThat(entry.reference()).isEqualTo("transfer out " + recorded.id());
				assertThat(entry.categories()).containsExactly(InformationCategory.ATTENDANCE_AND_COMPLIANCE);
			});
		assertThat(this.intake.get("/participants/" + this.participant).body()).contains("Transferred out")
			.contains(
					"Transferred out to Peoria Partner Abuse Program (Illinois protocol-approved program) on " + today)
			// The completion section says the receiving program decides, and lists no
			// blockers.
			.contains("Transferred to another program (501.250): that program decides on completion")
			.doesNotContain("id=\"completion-blockers\"");
		// The new stage is listed and counted with the others.
		assertThat(this.intake.get("/participants?stage=TRANSFERRED_OUT").body()).contains("Transferred out (1)")
			.contains("Transfer");
		// A second transfer out is neither offered nor accepted: the participant is no
		// longer enrolled.
		assertThat(this.intake.get(this.page).body()).doesNotContain("transfer-out-form");
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> this.transfers.transferOut(this.participant,
						new TransferOutCommand("Peoria Partner Abuse Program", "Peoria", "Illinois",
								ProgramJurisdiction.ILLINOIS_PROTOCOL_APPROVED, null, today))))
			.isInstanceOfSatisfying(TransferRefused.class,
					(refused) -> assertThat(refused.problems()).containsEntry("*", "transfer.rule.outStage"));
	}

	@Test
	@DisplayName("PAR-10: a release signed after the information was requested was not in force then; a stale form conflicts visibly")
	void refusesAReleaseNotYetInForceAndConflictsOnAStaleForm() {
		ReleaseId later = ConsentFixture.in(this.context)
			.release(this.agency, this.participant,
					ReleaseCommand.signedByParticipant(RecipientKind.OTHER, null, FORMER,
							Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE,
									InformationCategory.SCREENING_INFORMATION),
							Set.of(ReleasePurpose.ONGOING_COLLABORATION), null, ReleaseBasis.VOLUNTARY,
							START.plusDays(2), START.plusYears(1), "Dana Whitfield"));
		assertThat(this.intake.submit(this.page, this.page + "/in", transferIn(later)).body()).contains(
				"The release chosen was not in force on that date: it was signed later, had expired or was revoked (501.250).");

		ReleaseId release = release(FORMER, InformationCategory.ATTENDANCE_AND_COMPLIANCE,
				InformationCategory.SCREENING_INFORMATION);
		assertThat(this.intake.submit(this.page, this.page + "/in", transferIn(release)).statusCode()).isEqualTo(302);
		// A second form read before that record still says it is the first: it conflicts.
		Map<String, String> stale = transferIn(release);
		stale.put("additionalSessions", "0");
		assertThat(this.intake.submit(this.page, this.page + "/in", stale).body())
			.contains("Someone else recorded a transfer for this participant after you opened the page.");
		assertThat(progress().additionalSessions()).isEqualTo(2);
		// Read afresh, the form completes the record: the newest holds the credit.
		String form = this.intake.get(this.page).body();
		String latest = form.replaceAll("(?s).*name=\"supersedesId\" value=\"([^\"]+)\".*", "$1");
		stale.put("supersedesId", latest);
		assertThat(this.intake.submit(this.page, this.page + "/in", stale).statusCode()).isEqualTo(302);
		assertThat(progress().additionalSessions()).isZero();
		assertThat(progress().sessionsRequired()).isEqualTo(24);
		assertThat(this.intake.get(this.page).body()).contains("Superseded");
	}

	private Map<String, String> transferIn(ReleaseId release) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("formerProgramName", FORMER);
		form.put("formerProgramCity", "Springfield");
		form.put("formerProgramState", "Missouri");
		form.put("jurisdiction", "OUT_OF_STATE");
		form.put("releaseId", (release != null) ? release.toString() : "");
		form.put("informationRequestedOn", START.toString());
		form.put("informationReceivedOn", START.plusDays(5).toString());
		form.put("intakeDataReceived", "true");
		form.put("intakeDataSummary", "Intake of March: no substance use, two prior arrests.");
		form.put("creditedSessions", "10");
		form.put("creditedHours", "15");
		form.put("additionalSessions", "2");
		form.put("additionalSessionsReason", "The Missouri program runs 22 sessions; 501 requires 24.");
		form.put("supersedesId", "");
		return form;
	}

	private ReleaseId release(String program, InformationCategory... categories) {
		return ConsentFixture.in(this.context)
			.release(this.agency, this.participant,
					ReleaseCommand.signedByParticipant(RecipientKind.OTHER, null, program, Set.of(categories),
							Set.of(ReleasePurpose.ONGOING_COLLABORATION), "Transfer between programs",
							ReleaseBasis.VOLUNTARY, START.minusDays(1), START.plusYears(1), "Dana Whitfield"));
	}

	private AttendanceProgress progress() {
		return SystemScope.callAs(this.agency, () -> this.attendance.progress(this.participant));
	}

	private ProgramStage stage() {
		return SystemScope.callAs(this.agency, () -> this.participants.get(this.participant)).stage();
	}

}
