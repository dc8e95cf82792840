package org.paipmanager.audit.web;

import org.paipmanager.audit.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class AuditController {

	private static final int SHOWN_ENTRIES = 200;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String log(Model model) {
		model.addAttribute("entries", this.audit.recent(SHOWN_ENTRIES));
		return "audit/log";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.audit.verifyCurrentAgency());
		return log(model);
	}

}
