package org.paipmanager.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.paipmanager.departmentnotice.ChangeKind;
import org.paipmanager.departmentnotice.DepartmentNotification;
import org.paipmanager.departmentnotice.DepartmentNotifications;
import org.paipmanager.departmentnotice.MarkSentCommand;
import org.paipmanager.departmentnotice.SendingMethod;
import org.paipmanager.staff.DatedCommand;
import org.paipmanager.staff.StaffDetails;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;

/**
 * Demo staff compliance (PRG-1..PRG-4): the abuser-services training of the trained staff
 * documented to the Department 12 days after completion, so that what the dashboard shows
 * is the seeded facilitators' own: an observation overdue, continuing education and a
 * licence due, a new hire's training plan required. Every Department notification of the
 * seeded changes marked sent 10 days after its change, except the newest group's, which
 * stays pending.
 */
class DemoStaffCompliance {

	private final StaffManagement staff;

	private final DepartmentNotifications notifications;

	DemoStaffCompliance(StaffManagement staff, DepartmentNotifications notifications) {
		this.staff = staff;
		this.notifications = notifications;
	}

	void seed(LocalDate today) {
		for (StaffSummary summary : this.staff.list()) {
			StaffDetails details = this.staff.get(summary.id());
			for (StaffDetails.Training training : details.training()) {
				LocalDate sent = training.completedOn().plusDays(12);
				if (training.needsEvidence() && !sent.isAfter(today)) {
					this.staff.recordEvidenceSent(summary.id(), training.position(), new DatedCommand(sent));
				}
			}
		}
		List<DepartmentNotification> open = this.notifications.queue()
			.stream()
			.filter((notification) -> notification.sentOn() == null)
			.toList();
		DepartmentNotification pending = open.stream()
			.filter((notification) -> notification.kind() == ChangeKind.GROUP_ADDED)
			.max(Comparator.comparing(DepartmentNotification::changedOn))
			.orElse(null);
		for (DepartmentNotification notification : open) {
			if (notification.equals(pending)) {
				continue;
			}
			LocalDate sent = notification.changedOn().plusDays(10);
			this.notifications.markSent(notification.id(), new MarkSentCommand(sent.isAfter(today) ? today : sent,
					SendingMethod.EMAIL, notification.version()));
		}
	}

}
