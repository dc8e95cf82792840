package org.paipmanager.departmentnotice.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.departmentnotice.DepartmentNotification;
import org.paipmanager.departmentnotice.DepartmentNotifications;
import org.paipmanager.departmentnotice.MarkSentCommand;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Department notifications (501.70(a)(2)) as JSON. Marking one sent carries the version
 * read; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/department-notifications")
class DepartmentNotificationApi {

	private final DepartmentNotifications notifications;

	DepartmentNotificationApi(DepartmentNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	List<DepartmentNotification> queue() {
		return this.notifications.queue();
	}

	@GetMapping("/{id}")
	DepartmentNotification get(@PathVariable UUID id) {
		return this.notifications.get(id);
	}

	@PostMapping("/{id}/sent")
	DepartmentNotification markSent(@PathVariable UUID id, @Valid @RequestBody MarkSentCommand sent) {
		return this.notifications.markSent(id, sent);
	}

}
