package org.paipmanager.referralreports;

import org.paipmanager.group.SessionAttendanceRecorded;
import org.paipmanager.shared.SystemScope;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises the noncompliance notices an attendance sheet calls for when it is recorded
 * (OUT-4, 501.230(b), 501.155): an absence or a removal from the session, one notice per
 * participant and session, withdrawn while not sent if the sheet is corrected.
 */
@Component
class AutomaticNotices {

	private final ReferralReportsManagement reports;

	AutomaticNotices(ReferralReportsManagement reports) {
		this.reports = reports;
	}

	// After the attendance commits, through the event publication registry: a failure
	// here never undoes the attendance, and the publication stays incomplete to be
	// republished. The system raises the notice inside the session's agency, whatever
	// thread the listener runs on, in a transaction of its own opened in that scope.
	@ApplicationModuleListener
	void on(SessionAttendanceRecorded recorded) {
		SystemScope.callAs(recorded.agencyId(), () -> {
			this.reports.raiseFromAttendance(recorded);
			return null;
		});
	}

}
