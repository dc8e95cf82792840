package org.paipmanager.referralreports;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * How far a month's batch of reports has come: one item per participant done, with the
 * report written or the failure recorded against that participant.
 */
public record BatchStatus(UUID id, YearMonth month, int total, List<Item> items) {

	public BatchStatus {
		items = List.copyOf(items);
	}

	public int done() {
		return this.items.size();
	}

	public boolean finished() {
		return this.items.size() >= this.total;
	}

	public int percent() {
		return (this.total == 0) ? 100 : this.items.size() * 100 / this.total;
	}

	public long failed() {
		return this.items.stream().filter((item) -> item.reportId() == null).count();
	}

	/** One participant of the batch: its report, or why none was written. */
	public record Item(ParticipantId participantId, String participantName, UUID reportId, boolean sent,
			String failure) {
	}

}
