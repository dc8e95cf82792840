package org.paipmanager.referralreports.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's PDF as a download that is never cached. */
final class ReportPdfResponse {

	private ReportPdfResponse() {
	}

	static ResponseEntity<byte[]> of(UUID reportId, byte[] pdf) {
		// The file name carries no personal data: only the report's id.
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("referral-report-" + reportId + ".pdf")
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

}
