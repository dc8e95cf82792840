package org.paipmanager.referralreports;

import java.util.List;

/**
 * What a referral-source viewer sees (OUT-3, CON-2): the reports released to their
 * referring office, newest first.
 *
 * @param referringOffice the office the account is linked to, or null when it is not
 * linked to any (then nothing is shown)
 * @param someNotShown whether reports about people the office referred exist that are not
 * shown because no release in force covers them; it never says about whom
 */
public record ReleasedReportList(String referringOffice, List<ReleasedReportListing> reports, boolean someNotShown) {

	public ReleasedReportList {
		reports = List.copyOf(reports);
	}

	public boolean linked() {
		return this.referringOffice != null;
	}

}
