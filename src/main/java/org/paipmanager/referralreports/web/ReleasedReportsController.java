package org.paipmanager.referralreports.web;

import java.util.UUID;

import org.paipmanager.referralreports.ViewingReleasedReports;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The referral-source viewer's pages (OUT-3, CON-2): the reports about people their
 * office referred that were released to it, each as a page and as PDF.
 */
@Controller
@RequestMapping("/released-reports")
class ReleasedReportsController {

	private final ViewingReleasedReports released;

	ReleasedReportsController(ViewingReleasedReports released) {
		this.released = released;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("released", this.released.releasedToMe());
		return "referralreports/released";
	}

	@GetMapping("/{reportId}")
	String report(@PathVariable UUID reportId, Model model) {
		model.addAttribute("report", this.released.report(reportId));
		return "referralreports/released-report";
	}

	@GetMapping("/{reportId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID reportId) {
		return ReportPdfResponse.of(reportId, this.released.reportPdf(reportId));
	}

}
