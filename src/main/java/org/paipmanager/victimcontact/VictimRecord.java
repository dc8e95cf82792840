package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A victim or partner of a participant with the contacts and notices recorded, newest
 * first. Decrypted: only ever shown inside the compartment. Its {@code toString} names no
 * value.
 */
public record VictimRecord(UUID id, ParticipantId participantId, Relationship relationship, String name, String address,
		String phone, String safeContactInstructions, boolean orderOfProtection, LocalDate orderOfProtectionExpiresOn,
		long version, List<VictimContact> contacts, List<VictimNotice> notices) {

	public VictimRecord {
		contacts = List.copyOf(contacts);
		notices = List.copyOf(notices);
	}

	/** The record as a form to change it. */
	public VictimRecordCommand toCommand() {
		return new VictimRecordCommand(this.name, this.relationship, this.address, this.phone,
				this.safeContactInstructions, this.orderOfProtection, this.orderOfProtectionExpiresOn);
	}

	/** Whether victim services were offered in any contact (501.180(c), SAF-8). */
	public boolean victimServicesOffered() {
		return this.contacts.stream().anyMatch(VictimContact::victimServicesOffered);
	}

	@Override
	public String toString() {
		return "VictimRecord[" + this.id + "]";
	}

}
