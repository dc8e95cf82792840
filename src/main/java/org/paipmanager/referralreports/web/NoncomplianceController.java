package org.paipmanager.referralreports.web;

import java.time.LocalDate;

import org.paipmanager.referralreports.NoncomplianceCommand;
import org.paipmanager.referralreports.NoncomplianceKind;
import org.paipmanager.referralreports.NoncomplianceRefused;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.shared.ParticipantId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records a noncompliance event from the participant file and writes its notice to the
 * referral source (OUT-4, 501.230(b)).
 */
@Controller
class NoncomplianceController {

	private final ReferralReportsManagement reports;

	NoncomplianceController(ReferralReportsManagement reports) {
		this.reports = reports;
	}

	@PostMapping("/participants/{id}/noncompliance")
	String record(@PathVariable ParticipantId id, @RequestParam(required = false) NoncomplianceKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) String ruleViolated, RedirectAttributes redirect) {
		try {
			this.reports.recordNoncompliance(id, new NoncomplianceCommand(kind, occurredOn, ruleViolated));
			redirect.addFlashAttribute("noncomplianceRecorded", true);
		}
		catch (NoncomplianceRefused refused) {
			redirect.addFlashAttribute("noncomplianceProblems", refused.problems());
		}
		return "redirect:/participants/" + id + "#referral-reports";
	}

}
