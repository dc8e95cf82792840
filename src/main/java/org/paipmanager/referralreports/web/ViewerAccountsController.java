package org.paipmanager.referralreports.web;

import java.util.UUID;

import org.paipmanager.referralreports.ViewerLinkRefused;
import org.paipmanager.referralreports.ViewingReleasedReports;
import org.paipmanager.shared.StaffId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links each referral-source viewer account to the referring office it reads for (OUT-3,
 * CON-2).
 */
@Controller
@RequestMapping("/referral-reports/viewers")
class ViewerAccountsController {

	private final ViewingReleasedReports released;

	ViewerAccountsController(ViewingReleasedReports released) {
		this.released = released;
	}

	@GetMapping
	String accounts(Model model) {
		model.addAttribute("accounts", this.released.viewerAccounts());
		model.addAttribute("offices", this.released.referringOffices());
		return "referralreports/viewers";
	}

	@PostMapping("/{staffId}")
	String link(@PathVariable UUID staffId, @RequestParam(required = false) UUID referringOffice,
			@RequestParam(required = false) String officerName, RedirectAttributes redirect) {
		try {
			this.released.link(new StaffId(staffId), referringOffice, officerName);
			redirect.addFlashAttribute("linked", staffId);
		}
		catch (ViewerLinkRefused refused) {
			redirect.addFlashAttribute("problems", refused.problems());
			redirect.addFlashAttribute("refusedFor", staffId);
		}
		return "redirect:/referral-reports/viewers";
	}

}
