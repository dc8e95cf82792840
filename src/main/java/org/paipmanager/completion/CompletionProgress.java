package org.paipmanager.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.ParticipantId;

/**
 * Where a participant stands toward completing the program: attendance counted against
 * the rule or the stricter referral-source standard plus any extensions, the seven
 * 501.160(a) criteria as last assessed, extensions, and how the program ended.
 *
 * @param standard the referral source's standard, or null when the rule minimum applies
 * @param extraSessions sessions added by extensions (501.160(b))
 * @param referralValidUntil the last day the standard funds the referral, or null
 * @param outcome null while the program runs
 * @param blockers why completion is not possible yet; empty when it is
 */
public record CompletionProgress(ParticipantId participantId, ProgramStage stage, ServiceStandard standard,
		int sessionsCounted, BigDecimal hoursCounted, int sessionsRequired, BigDecimal hoursRequired, int extraSessions,
		int absencesInARow, LocalDate referralValidUntil, List<CriterionStatus> criteria, List<Extension> extensions,
		Outcome outcome, List<CompletionBlocker> blockers) {

	public CompletionProgress {
		criteria = List.copyOf(criteria);
		extensions = List.copyOf(extensions);
		blockers = List.copyOf(blockers);
	}

	/** Whether the program can be completed now. */
	public boolean ready() {
		return this.outcome == null && this.blockers.isEmpty();
	}

	/**
	 * Whether a certificate of completion can be produced: only after completion, and
	 * never where the referral source's standard forbids one.
	 */
	public boolean certificateAvailable() {
		return this.outcome != null && this.outcome.outcome() == ProgramStage.COMPLETED
				&& (this.standard == null || this.standard.certificateAllowed());
	}

	/** Whether the referral source's standard forbids a certificate of completion. */
	public boolean certificateForbidden() {
		return this.standard != null && !this.standard.certificateAllowed();
	}

	public long criteriaMet() {
		return this.criteria.stream().filter(CriterionStatus::met).count();
	}

	public boolean referrerNoticePending() {
		return this.extensions.stream().anyMatch(Extension::referrerNoticePending);
	}

	public int sessionsPercent() {
		return Math.min(100, this.sessionsCounted * 100 / this.sessionsRequired);
	}

	public int hoursPercent() {
		return Math.min(100,
				this.hoursCounted.multiply(BigDecimal.valueOf(100))
					.divide(this.hoursRequired, 0, RoundingMode.DOWN)
					.intValue());
	}

	/** A criterion with its latest assessment, or none yet. */
	public record CriterionStatus(CompletionCriterion criterion, Assessment current, int assessments) {

		public boolean met() {
			return this.current != null && this.current.met();
		}

	}

	/** One staff assessment of a criterion (GRP-7). */
	public record Assessment(UUID id, CompletionCriterion criterion, boolean met, LocalDate assessedOn, String evidence,
			String recordedBy, Instant recordedAt) {
	}

	/** An extension of time and whether the referrer has been told (501.160(b)). */
	public record Extension(UUID id, LocalDate decidedOn, String lackOfProgress,
			List<CompletionCriterion> criteriaNotMet, int additionalSessions, int sessionsAttendedAtDecision,
			LocalDate participantToldOn, LocalDate referrerToldOn, String referrerToldHow, String decidedBy,
			long version) {

		public Extension {
			criteriaNotMet = List.copyOf(criteriaNotMet);
		}

		public boolean referrerNoticePending() {
			return this.referrerToldOn == null;
		}

	}

	/** How the program ended. */
	public record Outcome(ProgramStage outcome, LocalDate endedOn, TerminationReason reason, String explanation,
			int sessionsAttended, BigDecimal hoursAttended, String decidedBy) {
	}

}
