package org.paipmanager.referralreports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.fees.MonthlyFeeStatement;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.ParticipantId;

/**
 * What a monthly report to the referral source says about one participant (OUT-3, seed
 * 003): attendance in the month and to date, fees charged, paid and owed, whether the
 * participant admitted the violence (501.160(a)(2)), and progress on each 501.160(a)
 * criterion. Never a prediction, never victim information.
 *
 * @param sessionsInMonth program group sessions attended (present or late) in the month
 * @param hoursInMonth hours at program group sessions in the month
 * @param absencesInMonth sessions missed in the month, excused or not
 * @param excusedInMonth of those, the excused ones
 * @param removedInMonth sessions the participant was asked to leave in the month
 * @param sessionsToDate all sessions counted toward the program (501.90(a))
 * @param absencesToDate program group sessions missed since the start, excused or not
 * @param fees the month's fees: charged, paid, waived and the balance owed at its end
 * (501.270, 501.155)
 * @param rulesViolated the group rules broken in the month, in words, oldest first
 * @param admission the latest 501.160(a)(2) assessment, or null when none yet
 * @param certificateIssued whether a certificate of completion was issued; always false
 * where the referral source's standard forbids one
 */
public record MonthlyFigures(ParticipantId participantId, ReferralSource referralSource, YearMonth month,
		int sessionsInMonth, BigDecimal hoursInMonth, int absencesInMonth, int excusedInMonth, int removedInMonth,
		int sessionsToDate, BigDecimal hoursToDate, int sessionsRequired, BigDecimal hoursRequired, int absencesToDate,
		MonthlyFeeStatement fees, List<String> rulesViolated, Criterion admission, List<Criterion> criteria,
		boolean certificateIssued) {

	public MonthlyFigures {
		criteria = List.copyOf(criteria);
		rulesViolated = List.copyOf(rulesViolated);
	}

	/** A 501.160(a) criterion as last assessed; {@code assessedOn} is null when never. */
	public record Criterion(CompletionCriterion criterion, boolean met, LocalDate assessedOn) {

		public boolean assessed() {
			return this.assessedOn != null;
		}

	}

}
