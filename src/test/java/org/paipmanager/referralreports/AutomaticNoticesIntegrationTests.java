package org.paipmanager.referralreports;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.SettableClock;
import org.paipmanager.WebSession;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.EndingCommand;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class AutomaticNoticesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferralReportsManagement reports;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	CompletionManagement completion;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	private AgencyId agency;

	@BeforeEach
	void newAgency() {
		this.agency = AgencyFixture.in(this.context).newAgency();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("OUT-4: an absence or removal recorded on the attendance sheet on a Friday raises its noncompliance notice automatically, due the next business day (Monday), once per participant and session however often the sheet is saved, and a correction to present before it is sent withdraws it with a visible status")
	void raisesNoticesFromTheAttendanceSheet() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 3, ReferralSource.PROBATION, 1);
		LocalDate heldOn = LocalDate.now(ZoneOffset.UTC).minusWeeks(1);
		LocalDate friday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
		// Signed in on the real clock: the second-factor code is checked against the
		// application clock.
		WebSession director = new WebSession(this.port);
		director.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.PROGRAM_DIRECTOR));
		this.clock.moveTo(friday);
		ParticipantId released = group.members().get(0);
		ParticipantId held = group.members().get(1);
		ParticipantId removed = group.members().get(2);
		ConsentFixture.in(this.context)
			.release(this.agency, released, ConsentFixture.toReferralSource(heldOn.minusMonths(1), heldOn.plusYears(1),
					InformationCategory.ATTENDANCE_AND_COMPLIANCE, InformationCategory.PROGRESS_AND_FINAL_REPORTS));

		record(group, heldOn, Map.of(released, AttendanceStatus.ABSENT, held, AttendanceStatus.ABSENT, removed,
				AttendanceStatus.REMOVED));

		List<NoticeListing> queue = as(this.reports::noticeQueue);
		assertThat(queue).hasSize(3).allSatisfy((notice) -> {
			assertThat(notice.automatic()).isTrue();
			assertThat(notice.sessionGroup()).isEqualTo("Monday men's group");
			assertThat(notice.occurredOn()).isEqualTo(heldOn);
			assertThat(notice.dueOn()).isEqualTo(friday.plusDays(3))
				.matches((due) -> due.getDayOfWeek() == DayOfWeek.MONDAY);
			assertThat(notice.withdrawn()).isFalse();
		});
		assertThat(notice(queue, released).kind()).isEqualTo(NoncomplianceKind.ABSENCE);
		assertThat(notice(queue, released).sent()).isTrue();
		assertThat(notice(queue, held).kind()).isEqualTo(NoncomplianceKind.ABSENCE);
		assertThat(notice(queue, held).sent()).isFalse();
		assertThat(notice(queue, removed).kind()).isEqualTo(NoncomplianceKind.REMOVED_FROM_SESSION);
		assertThat(as(() -> this.reports.report(notice(queue, held).noticeId())).html())
			.contains("Absence from a group session");

		// Saved again as it stands: no second notice.
		record(group, heldOn, Map.of(released, AttendanceStatus.ABSENT, held, AttendanceStatus.ABSENT, removed,
				AttendanceStatus.REMOVED));
		assertThat(as(this.reports::noticeQueue)).hasSize(3);

		// Corrected to present: the held notice is withdrawn, the one already sent stays
		// as sent.
		record(group, heldOn, Map.of(released, AttendanceStatus.PRESENT, held, AttendanceStatus.PRESENT, removed,
				AttendanceStatus.REMOVED));
		List<NoticeListing> corrected = as(this.reports::noticeQueue);
		assertThat(corrected).hasSize(3);
		assertThat(notice(corrected, held).withdrawn()).isTrue();
		assertThat(notice(corrected, held).overdue()).isFalse();
		assertThat(notice(corrected, released).withdrawn()).isFalse();
		assertThat(notice(corrected, released).sent()).isTrue();
		assertThat(notice(corrected, removed).withdrawn()).isFalse();
		assertThat(as(() -> this.reports.send(notice(corrected, held).noticeId()))).isFalse();
		assertThat(director.get("/referral-reports/" + notice(corrected, held).noticeId()).body())
			.contains("id=\"report-withdrawn\"")
			.doesNotContain("id=\"report-held\"");

		String page = director.get("/referral-reports/notices").body();
		assertThat(page).contains("Withdrawn: attendance corrected before it was sent")
			.contains("Raised automatically from the session of Monday men&#39;s group on " + heldOn)
			.contains("Asked to leave a group session");

		// Absent again: the same notice stands again, still no duplicate.
		record(group, heldOn, Map.of(released, AttendanceStatus.PRESENT, held, AttendanceStatus.ABSENT, removed,
				AttendanceStatus.REMOVED));
		List<NoticeListing> again = as(this.reports::noticeQueue);
		assertThat(again).hasSize(3);
		assertThat(notice(again, held).eventId()).isEqualTo(notice(queue, held).eventId());
		assertThat(notice(again, held).overdue()).isFalse();

		// Each of the five sheets went through the event publication registry.
		assertThat(this.jdbc
			.sql("""
					select count(*) from event_publication where event_type = 'org.paipmanager.group.SessionAttendanceRecorded'
					and serialized_event like ?""")
			.param("%" + group.groupId() + "%")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);

		// Monday passes unsent: the held notice is overdue on Tuesday.
		this.clock.moveTo(friday.plusDays(4));
		assertThat(notice(as(this.reports::noticeQueue), held).overdue()).isTrue();
	}

	@Test
	@DisplayName("OUT-4: terminating the program raises a termination notice automatically, due the next business day, beside the final report (OUT-5)")
	void raisesANoticeAtTermination() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 1);
		ParticipantId participant = group.members().get(0);
		LocalDate saturday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		this.clock.moveTo(saturday);

		as(() -> {
			this.completion.terminate(participant,
					new EndingCommand(saturday, TerminationReason.REFERRAL_WITHDRAWN, "The court closed the case."));
			return null;
		});

		assertThat(as(() -> this.reports.noncompliance(participant))).singleElement().satisfies((notice) -> {
			assertThat(notice.kind()).isEqualTo(NoncomplianceKind.TERMINATION);
			assertThat(notice.automatic()).isTrue();
			assertThat(notice.sessionGroup()).isNull();
			assertThat(notice.dueOn()).isEqualTo(saturday.plusDays(2));
		});
		assertThat(as(() -> this.reports.reportsOn(participant))).extracting(ReportListing::participantName)
			.containsExactlyInAnyOrder("Final report: Member1 Attending",
					"Noncompliance notice (Terminated from the program): Member1 Attending");
	}

	private void record(AttendedGroup group, LocalDate day, Map<ParticipantId, AttendanceStatus> statuses) {
		as(() -> {
			AttendanceCommand sheet = this.attendance.sheet(group.groupId(), day);
			List<AttendanceCommand.Line> lines = sheet.lines().stream().map((line) -> {
				AttendanceStatus status = statuses.get(new ParticipantId(line.participantId()));
				BigDecimal hours = status.attended() ? new BigDecimal("1.5") : BigDecimal.ZERO;
				return new AttendanceCommand.Line(line.participantId(), line.name(), status, hours, false, null);
			}).toList();
			return this.attendance.record(group.groupId(), new AttendanceCommand(day, sheet.version(), lines));
		});
		settled(group);
	}

	// The listener runs after the attendance commits, on another thread: wait until the
	// registry records every publication of the group's sheets as handled.
	private void settled(AttendedGroup group) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (pending(group) > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(pending(group)).as("attendance events not handled").isZero();
	}

	private long pending(AttendedGroup group) {
		return this.jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and event_type = 'org.paipmanager.group.SessionAttendanceRecorded' and serialized_event like ?""")
			.param("%" + group.groupId() + "%")
			.query(Long.class)
			.single();
	}

	private static NoticeListing notice(List<NoticeListing> queue, ParticipantId participant) {
		return queue.stream().filter((notice) -> notice.participantId().equals(participant)).findFirst().orElseThrow();
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
