package org.paipmanager.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.paipmanager.completion.AssessmentCommand;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.EndingCommand;
import org.paipmanager.completion.ExtensionCommand;
import org.paipmanager.completion.StandardCommand;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.ParticipantId;

/**
 * The demo's months of group work: each participant joins a group on their program start,
 * the weekly sessions since are recorded with a few absences, one participant completes
 * after 24 sessions and all seven criteria, one is terminated for absences, one is
 * extended, all through the attendance and completion facades on the days they happened.
 */
class DemoProgramHistory {

	private final ParticipantManagement participants;

	private final GroupManagement groups;

	private final RecordingAttendance attendance;

	private final CompletionManagement completion;

	private final DemoClock clock;

	DemoProgramHistory(ParticipantManagement participants, GroupManagement groups, RecordingAttendance attendance,
			CompletionManagement completion, DemoClock clock) {
		this.participants = participants;
		this.groups = groups;
		this.attendance = attendance;
		this.completion = completion;
		this.clock = clock;
	}

	/** The standard of seed 003: a payer asking 26 group sessions and no certificate. */
	void standards() {
		this.completion.saveStandard(null, new StandardCommand(ReferralSource.DCFS,
				"DCFS/MCO batterers intervention services", 26, BigDecimal.valueOf(39), 12, true, false, null));
	}

	/**
	 * Places each participant in the group on their program start and records the weekly
	 * sessions since, up to last week.
	 * @param completes attends every session and completes after 24
	 * @param terminated misses every third session from the fourth on and is terminated
	 * after nine weeks
	 * @param extended extended after ten weeks with the referrer not told yet
	 */
	void weeklyGroup(UUID group, DayOfWeek weekday, List<ParticipantId> members, ParticipantId completes,
			ParticipantId terminated, ParticipantId extended, LocalDate today) {
		List<ParticipantId> byStart = members.stream()
			.sorted(Comparator.comparing((ParticipantId id) -> this.participants.get(id).programStartDate()))
			.toList();
		byStart.forEach((member) -> on(this.participants.get(member).programStartDate(), () -> {
			this.groups.addMember(group, member);
			return null;
		}));
		LocalDate firstStart = this.participants.get(byStart.get(0)).programStartDate();
		int weeksOnRoll = 0;
		int completesAttended = 0;
		for (LocalDate day = firstStart.with(TemporalAdjusters.nextOrSame(weekday)); day
			.isBefore(today); day = day.plusWeeks(1)) {
			LocalDate heldOn = day;
			AttendanceCommand sheet = on(heldOn, () -> this.attendance.sheet(group, heldOn));
			boolean terminatedOnRoll = sheet.lines().stream().anyMatch((line) -> same(terminated, line));
			int week = terminatedOnRoll ? ++weeksOnRoll : weeksOnRoll;
			List<AttendanceCommand.Line> lines = sheet.lines().stream().map((line) -> {
				boolean absent = same(terminated, line) && week >= 4 && week % 3 != 0;
				return absent
						? new AttendanceCommand.Line(line.participantId(), line.name(), AttendanceStatus.ABSENT,
								BigDecimal.ZERO, false, null)
						: new AttendanceCommand.Line(line.participantId(), line.name(), line.status(), line.hours(),
								true, null);
			}).toList();
			on(heldOn, () -> this.attendance.record(group, new AttendanceCommand(heldOn, null, lines)));
			if (lines.stream().anyMatch((line) -> same(completes, line)) && ++completesAttended == 24) {
				on(heldOn, () -> {
					assessAll(completes, heldOn, true);
					this.completion.complete(completes, new EndingCommand(heldOn, null, null));
					return null;
				});
			}
			if (terminatedOnRoll && week == 9) {
				on(heldOn, () -> {
					this.completion.terminate(terminated, new EndingCommand(heldOn, TerminationReason.ABSENCES,
							"Five absences in six weeks after two warnings; the contract allows three."));
					return null;
				});
			}
		}
		if (extended == null) {
			return;
		}
		LocalDate extendedOn = today.minusWeeks(2);
		on(extendedOn, () -> {
			assess(extended, CompletionCriterion.RESPECTFUL_LANGUAGE, true, extendedOn,
					"Speaks of his partner by name and without insults since week 6 (facilitator notes).");
			assess(extended, CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY, false, extendedOn,
					"Still describes the arrest as the partner's doing; no account of his own behavior.");
			return this.completion.extend(extended, new ExtensionCommand(extendedOn,
					"After ten weeks he has not taken responsibility for the violence: he attributes it to his partner and to drinking. Discussed with him in an individual meeting.",
					List.of(CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY), 6, extendedOn));
		});
	}

	private static boolean same(ParticipantId id, AttendanceCommand.Line line) {
		return id != null && line.participantId().equals(id.value());
	}

	private void assessAll(ParticipantId id, LocalDate day, boolean met) {
		for (CompletionCriterion criterion : EnumSet.allOf(CompletionCriterion.class)) {
			assess(id, criterion, met, day,
					"Reviewed at the end of the program with both facilitators; see session notes.");
		}
	}

	private void assess(ParticipantId id, CompletionCriterion criterion, boolean met, LocalDate day, String evidence) {
		this.completion.assess(id, new AssessmentCommand(criterion, met, day, evidence, null));
	}

	private <T> T on(LocalDate day, java.util.function.Supplier<T> work) {
		return this.clock.on(day, work);
	}

}
