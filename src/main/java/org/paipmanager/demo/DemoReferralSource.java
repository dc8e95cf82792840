package org.paipmanager.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.referralreports.ViewingReleasedReports;
import org.paipmanager.shared.StaffId;

/**
 * The demo probation officer as a referral-source viewer (OUT-3, CON-2): her account is
 * linked to the county's adult probation office, and last month's reports are written for
 * everyone in the program. The ones about people probation referred that a release covers
 * are sent and shown to her; the others are held and she is told that some are not shown.
 */
final class DemoReferralSource {

	private final ViewingReleasedReports viewers;

	private final ReferralReportsManagement reports;

	DemoReferralSource(ViewingReleasedReports viewers, ReferralReportsManagement reports) {
		this.viewers = viewers;
		this.reports = reports;
	}

	void seed(StaffId probationOfficer, UUID probationOffice, LocalDate today, ParticipantManagement participants) {
		this.viewers.link(probationOfficer, probationOffice, null);
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		for (ParticipantDetails enrolled : participants.list(ProgramStage.ENROLLED)) {
			this.reports.generateMonthly(enrolled.id(), lastMonth);
		}
	}

}
