package org.paipmanager.retention;

import java.util.List;

/**
 * What the director sees: the pending batch, if any, the participants now held back by an
 * open hold although past their retention period, and every hold with its release.
 */
public record RetentionReview(DestructionBatch pendingBatch, List<DestructionCandidate> held,
		List<RetentionHold> holds) {

	public RetentionReview {
		held = List.copyOf(held);
		holds = List.copyOf(holds);
	}

}
