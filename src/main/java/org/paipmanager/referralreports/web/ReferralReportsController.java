package org.paipmanager.referralreports.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.referralreports.ReferralReportsManagement;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monthly reports to referral sources (OUT-3): the month's list, the batch that writes
 * them with its progress, and each report as a printable page and as PDF.
 */
@Controller
@RequestMapping("/referral-reports")
class ReferralReportsController {

	private final ReferralReportsManagement reports;

	private final Clock clock;

	ReferralReportsController(ReferralReportsManagement reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	String month(@RequestParam(required = false) YearMonth month, Model model) {
		// By default the month just ended: reports describe a whole month.
		YearMonth shown = (month != null) ? month : YearMonth.now(this.clock).minusMonths(1);
		model.addAttribute("month", shown);
		model.addAttribute("reports", this.reports.reports(shown));
		return "referralreports/month";
	}

	@BulkExport(value = "monthly-report-batch", permissions = Permission.PARTICIPANT_WRITE)
	@PostMapping("/batches")
	String startBatch(@RequestParam YearMonth month) {
		UUID batch = this.reports.startBatch(month);
		return "redirect:/referral-reports/batches/" + batch;
	}

	@GetMapping("/batches/{batchId}")
	String batch(@PathVariable UUID batchId, Model model) {
		model.addAttribute("batch", this.reports.batch(batchId));
		return "referralreports/batch";
	}

	/** The progress region alone, polled by htmx until the batch is done. */
	@GetMapping("/batches/{batchId}/status")
	String batchStatus(@PathVariable UUID batchId, Model model) {
		model.addAttribute("batch", this.reports.batch(batchId));
		return "referralreports/batch :: status";
	}

	/** The noncompliance notices queued for referral sources (OUT-4). */
	@GetMapping("/notices")
	String notices(Model model) {
		model.addAttribute("notices", this.reports.noticeQueue());
		return "referralreports/notices";
	}

	@GetMapping("/{reportId}")
	String report(@PathVariable UUID reportId, Model model) {
		model.addAttribute("report", this.reports.report(reportId));
		return "referralreports/report";
	}

	/** Sends a held report once a release covers it (CON-2). */
	@PostMapping("/{reportId}/send")
	String send(@PathVariable UUID reportId, RedirectAttributes redirect) {
		redirect.addFlashAttribute(this.reports.send(reportId) ? "sent" : "stillHeld", true);
		return "redirect:/referral-reports/" + reportId;
	}

	@GetMapping("/{reportId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID reportId) {
		return ReportPdfResponse.of(reportId, this.reports.reportPdf(reportId));
	}

}
