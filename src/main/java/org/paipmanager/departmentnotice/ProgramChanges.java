package org.paipmanager.departmentnotice;

import java.time.format.TextStyle;
import java.util.Locale;

import org.paipmanager.group.CurriculumChanged;
import org.paipmanager.group.GroupSetUp;
import org.paipmanager.staff.StaffHired;
import org.paipmanager.staff.StaffLeft;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a Department notification for each program or staff change (501.70(a)(2)).
 */
@Component
class ProgramChanges {

	private final DepartmentNotifications notifications;

	ProgramChanges(DepartmentNotifications notifications) {
		this.notifications = notifications;
	}

	// Synchronous, in the changing transaction: a change is never saved without its
	// notification, unlike with an async @ApplicationModuleListener.
	@EventListener
	void on(StaffHired hired) {
		this.notifications.raise(ChangeKind.STAFF_HIRED, hired.staffId().value(), hired.name(), hired.jobTitle(),
				hired.hiredOn());
	}

	@EventListener
	void on(StaffLeft left) {
		this.notifications.raise(left.director() ? ChangeKind.DIRECTOR_LEFT : ChangeKind.STAFF_LEFT,
				left.staffId().value(), left.name(), left.jobTitle(), left.leftOn());
	}

	// The notice goes to the Department in English: the schedule is written out so.
	@EventListener
	void on(GroupSetUp group) {
		String detail = group.location() + " · " + group.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
				+ group.startsAt() + ", " + group.durationMinutes() + " min"
				+ (group.newLocation() ? " · new location" : "");
		this.notifications.raise(ChangeKind.GROUP_ADDED, group.groupId(), group.name(), detail, group.setUpOn());
	}

	@EventListener
	void on(CurriculumChanged changed) {
		this.notifications.raise(ChangeKind.CURRICULUM_CHANGED, changed.groupId(), changed.groupName(),
				changed.topics() + " topics", changed.changedOn());
	}

}
