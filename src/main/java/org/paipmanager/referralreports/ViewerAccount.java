package org.paipmanager.referralreports;

import java.util.UUID;

import org.paipmanager.shared.StaffId;

/**
 * A referral-source viewer account and the referring office it reads for (OUT-3, CON-2).
 *
 * @param referringOfficeId the office in the agency directory, or null while not linked
 * @param officerName the officer on the referral papers the account is narrowed to, or
 * null for the whole office
 */
public record ViewerAccount(StaffId staffId, String name, String username, UUID referringOfficeId,
		String referringOffice, String officerName) {

	public boolean linked() {
		return this.referringOfficeId != null;
	}

}
