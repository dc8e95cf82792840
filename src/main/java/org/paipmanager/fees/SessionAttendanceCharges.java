package org.paipmanager.fees;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.SessionAttendanceRecorded;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Charges each participant who attended a group session the fee per session assessed on
 * the session's date, once per participant and session; a correction to absent, excused
 * or removed reverses the charge with a new entry, and a correction back to attended
 * charges it again. No assessment, or a waived fee, means no charge.
 */
@Component
class SessionAttendanceCharges {

	private final FeeLedger ledger;

	private final AuditLog audit;

	SessionAttendanceCharges(FeeLedger ledger, AuditLog audit) {
		this.ledger = ledger;
		this.audit = audit;
	}

	// Synchronous, in the recording transaction: attendance and its charges are saved
	// together or not at all, and the session's version serialises corrections.
	@EventListener
	void on(SessionAttendanceRecorded recorded) {
		Actor actor = CurrentActor.require();
		Map<UUID, BigDecimal> charged = this.ledger.sessionCharges(recorded.sessionId());
		for (ParticipantId participant : recorded.attended()) {
			if (charged.getOrDefault(participant.value(), BigDecimal.ZERO).signum() > 0) {
				continue;
			}
			this.ledger.assessmentOn(participant, recorded.heldOn())
				.map(FeeAssessmentView::feePerSession)
				.filter((fee) -> fee.signum() > 0)
				.ifPresent((fee) -> {
					UUID id = this.ledger.append(actor,
							new FeeLedger.NewEntry(participant, LedgerEntryKind.SESSION_CHARGE, recorded.heldOn(), fee,
									null, recorded.sessionId(), null, null, null, null));
					this.audit.record(AuditAction.CREATE, FeesManagement.LEDGER, id.toString(),
							"participant=" + participant + ", session charge " + fee);
				});
		}
		Set<ParticipantId> notCharged = new HashSet<>(recorded.notAttended());
		charged.keySet()
			.stream()
			.map(ParticipantId::new)
			.filter((participant) -> !recorded.attended().contains(participant))
			.forEach(notCharged::add);
		for (ParticipantId participant : notCharged) {
			BigDecimal net = charged.getOrDefault(participant.value(), BigDecimal.ZERO);
			if (net.signum() <= 0) {
				continue;
			}
			Optional<UUID> reversed = this.ledger.lastSessionCharge(participant, recorded.sessionId());
			UUID id = this.ledger.append(actor,
					new FeeLedger.NewEntry(participant, LedgerEntryKind.REVERSAL, recorded.heldOn(), net.negate(), null,
							recorded.sessionId(), null, null, reversed.orElse(null), "attendance corrected"));
			this.audit.record(AuditAction.CREATE, FeesManagement.LEDGER, id.toString(),
					"participant=" + participant + ", session charge reversed " + net);
		}
	}

}
