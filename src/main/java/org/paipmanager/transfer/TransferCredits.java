package org.paipmanager.transfer;

import java.util.Optional;

import org.paipmanager.group.AttendanceCredit;
import org.paipmanager.group.AttendanceCreditSource;
import org.paipmanager.shared.ParticipantId;

import org.springframework.stereotype.Component;

/**
 * Gives the group module's attendance count the sessions and hours credited from a former
 * program and the sessions added to the 24 (501.250).
 */
@Component
class TransferCredits implements AttendanceCreditSource {

	private final TransferManagement transfers;

	TransferCredits(TransferManagement transfers) {
		this.transfers = transfers;
	}

	@Override
	public Optional<AttendanceCredit> creditFor(ParticipantId participant) {
		return this.transfers.credit(participant);
	}

}
