package org.paipmanager.fees;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

	/**
	 * The entries staff may still reverse: charges entered by hand, payments and waivers
	 * not reversed yet. Session charges follow attendance instead.
	 */
	public List<LedgerEntryView> reversible() {
		Set<UUID> reversed = this.entries.stream()
			.map(LedgerEntryView::reverses)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return this.entries.stream()
			.filter((entry) -> entry.kind().reversibleByHand() && !reversed.contains(entry.id()))
			.toList();
	}

}
