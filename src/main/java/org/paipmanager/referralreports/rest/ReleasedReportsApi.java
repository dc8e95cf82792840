package org.paipmanager.referralreports.rest;

import java.util.UUID;

import org.paipmanager.referralreports.ReleasedReport;
import org.paipmanager.referralreports.ReleasedReportList;
import org.paipmanager.referralreports.ViewingReleasedReports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referral-source viewer's reports as JSON (OUT-3, CON-2): the same list and reports
 * as the pages, released to the viewer's office under a release in force.
 */
@RestController
@RequestMapping("/api/released-reports")
class ReleasedReportsApi {

	private final ViewingReleasedReports released;

	ReleasedReportsApi(ViewingReleasedReports released) {
		this.released = released;
	}

	@GetMapping
	ReleasedReportList list() {
		return this.released.releasedToMe();
	}

	@GetMapping("/{reportId}")
	ReleasedReport report(@PathVariable UUID reportId) {
		return this.released.report(reportId);
	}

}
