package org.paipmanager.correspondence.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.correspondence.LetterHeld;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/** Sends a held letter once a release covers it (CON-2). */
	@PostMapping("/{letterId}/send")
	String send(@PathVariable ParticipantId id, @PathVariable UUID letterId, RedirectAttributes redirect) {
		try {
			this.correspondence.send(id, letterId);
			redirect.addFlashAttribute("sent", true);
		}
		catch (LetterHeld held) {
			redirect.addFlashAttribute("heldProblems", List.copyOf(held.problems().values()));
		}
		return "redirect:/participants/" + id + "/correspondence/" + letterId;
	}

	@GetMapping("/{letterId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable ParticipantId id, @PathVariable UUID letterId) {
		byte[] pdf;
		try {
			pdf = this.correspondence.letterPdf(id, letterId);
		}
		catch (LetterHeld held) {
			// A held letter has no mailable form: back to its page, which says why.
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/participants/" + id + "/correspondence/" + letterId + "?held"))
				.build();
		}
		// The file name carries no personal data: only the letter's id.
		ContentDisposition attachment = ContentDisposition.attachment().filename("letter-" + letterId + ".pdf").build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

}
