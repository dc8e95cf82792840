package org.paipmanager.departmentnotice.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.departmentnotice.DepartmentNotifications;
import org.paipmanager.departmentnotice.MarkSentCommand;
import org.paipmanager.departmentnotice.NotificationRefused;
import org.paipmanager.departmentnotice.SendingMethod;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/department-notifications")
class DepartmentNotificationController {

	private final DepartmentNotifications notifications;

	DepartmentNotificationController(DepartmentNotifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("methods")
	SendingMethod[] methods() {
		return SendingMethod.values();
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("notifications", this.notifications.queue());
		if (!model.containsAttribute("sent")) {
			model.addAttribute("sent", MarkSentCommand.blank());
		}
		return "departmentnotice/queue";
	}

	@PostMapping("/{id}/sent")
	String markSent(@PathVariable UUID id, @Valid @ModelAttribute("sent") MarkSentCommand sent, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("failedId", id);
		if (!errors.hasErrors()) {
			try {
				this.notifications.markSent(id, sent);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/department-notifications";
			}
			catch (NotificationRefused ex) {
				ex.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("departmentnotice.conflict");
			}
		}
		return queue(model);
	}

}
