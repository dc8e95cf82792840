package org.paipmanager.compliance.web;

import java.util.UUID;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.compliance.ComplianceRefused;
import org.paipmanager.compliance.DeskReviews;
import org.paipmanager.compliance.PacketCommand;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DeskReviewController {

	private final DeskReviews reviews;

	DeskReviewController(DeskReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/review-packets")
	String packets(Model model) {
		boolean director = CurrentActor.require().hasPermission(Permission.PROGRAM_COMPLIANCE);
		if (director) {
			if (!model.containsAttribute("packetForm")) {
				model.addAttribute("packetForm", new PacketForm());
			}
			model.addAttribute("monitors", this.reviews.monitors());
		}
		model.addAttribute("director", director);
		model.addAttribute("packets", this.reviews.packets());
		return "compliance/packets";
	}

	@PostMapping("/review-packets")
	String build(@ModelAttribute("packetForm") PacketForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UUID id = this.reviews
					.build(new PacketCommand(form.getMonitorUsername(), form.getFrom(), form.getTo()));
				redirect.addFlashAttribute("done", "compliance.packet.builtDone");
				return "redirect:/review-packets/" + id;
			}
			catch (ComplianceRefused refused) {
				refused.rejectOn(errors);
			}
		}
		model.addAttribute("formErrors", true);
		return packets(model);
	}

	@GetMapping("/review-packets/{id}")
	String packet(@PathVariable UUID id, Model model) {
		model.addAttribute("packet", this.reviews.packet(id));
		return "compliance/packet";
	}

	@BulkExport(value = "desk-review-packet",
			permissions = { Permission.PROGRAM_COMPLIANCE, Permission.DESK_REVIEW_READ })
	@GetMapping("/review-packets/{id}/packet.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return file(this.reviews.pdf(id), MediaType.APPLICATION_PDF, "desk-review-" + id + ".pdf");
	}

	@BulkExport(value = "desk-review-packet",
			permissions = { Permission.PROGRAM_COMPLIANCE, Permission.DESK_REVIEW_READ })
	@GetMapping("/review-packets/{id}/packet.zip")
	ResponseEntity<byte[]> zip(@PathVariable UUID id) {
		return file(this.reviews.csvZip(id), MediaType.parseMediaType("application/zip"), "desk-review-" + id + ".zip");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
