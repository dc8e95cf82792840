package org.paipmanager.correspondence.web;

import java.util.UUID;

import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A letter as sent: a printable page inside the application, and the same letter as PDF
 * (501.115(b)(11)(I)).
 */
@Controller
@RequestMapping("/participants/{id}/correspondence")
class CorrespondenceController {

	private final CorrespondenceManagement correspondence;

	CorrespondenceController(CorrespondenceManagement correspondence) {
		this.correspondence = correspondence;
	}

	@GetMapping("/{letterId}")
	String letter(@PathVariable ParticipantId id, @PathVariable UUID letterId, Model model) {
		model.addAttribute("letter", this.correspondence.letter(id, letterId));
		return "correspondence/letter";
	}

	@GetMapping("/{letterId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable ParticipantId id, @PathVariable UUID letterId) {
		byte[] pdf = this.correspondence.letterPdf(id, letterId);
		// The file name carries no personal data: only the letter's id.
		ContentDisposition attachment = ContentDisposition.attachment().filename("letter-" + letterId + ".pdf").build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

}
