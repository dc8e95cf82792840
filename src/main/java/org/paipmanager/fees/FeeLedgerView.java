package org.paipmanager.fees;

import java.math.BigDecimal;
import java.util.List;

import org.paipmanager.shared.ParticipantId;

/**
 * A participant's fee ledger: the assessment in force (null when none), every entry in
 * date order with the running balance, the balance owed and the last payment (null when
 * none).
 */
public record FeeLedgerView(ParticipantId participantId, FeeAssessmentView assessment, List<LedgerEntryView> entries,
		BigDecimal balance, LedgerEntryView lastPayment) {

	public FeeLedgerView {
		entries = List.copyOf(entries);
	}

}
