package org.paipmanager.transfer;

import java.util.List;
import java.util.Optional;

/**
 * A participant's transfers between programs (501.250).
 *
 * @param transfersIn transfers from another program, newest first; the newest holds the
 * credit
 * @param transferOut the transfer to another program, or null
 */
public record TransferHistory(List<TransferIn> transfersIn, TransferOut transferOut) {

	public TransferHistory {
		transfersIn = List.copyOf(transfersIn);
	}

	/** The transfer in that holds the credit, if the participant transferred in. */
	public Optional<TransferIn> latestIn() {
		return this.transfersIn.stream().findFirst();
	}

}
