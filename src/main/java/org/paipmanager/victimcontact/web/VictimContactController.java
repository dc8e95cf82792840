package org.paipmanager.victimcontact.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.victimcontact.ContactCommand;
import org.paipmanager.victimcontact.ContactDirection;
import org.paipmanager.victimcontact.ContactKind;
import org.paipmanager.victimcontact.MandatedReportVictimSide;
import org.paipmanager.victimcontact.NoticeChannel;
import org.paipmanager.victimcontact.NoticeCommand;
import org.paipmanager.victimcontact.NoticeTopic;
import org.paipmanager.victimcontact.Relationship;
import org.paipmanager.victimcontact.StepUpRequired;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimRecord;
import org.paipmanager.victimcontact.VictimRecordCommand;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The victim compartment's pages. Every call goes through the facade, which refuses
 * anyone without victim-contact access (403) and asks everyone but the liaison to step up
 * first.
 */
@Controller
@RequestMapping("/victim")
class VictimContactController {

	private final VictimContactManagement victims;

	private final MandatedReportVictimSide reports;

	VictimContactController(VictimContactManagement victims, MandatedReportVictimSide reports) {
		this.victims = victims;
		this.reports = reports;
	}

	@GetMapping("/participants/{id}")
	String participant(@PathVariable ParticipantId id, Model model) {
		return renderParticipant(id, model);
	}

	@PostMapping("/participants/{id}/records")
	String addRecord(@PathVariable ParticipantId id, @Valid @ModelAttribute("details") VictimRecordCommand details,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return renderParticipant(id, model);
		}
		UUID recordId = this.victims.addRecord(id, details);
		redirect.addFlashAttribute("saved", "victim.record.saved");
		return "redirect:/victim/records/" + recordId;
	}

	@GetMapping("/records/{recordId}")
	String record(@PathVariable UUID recordId, Model model) {
		return renderRecord(recordId, model);
	}

	@PostMapping("/records/{recordId}")
	String updateRecord(@PathVariable UUID recordId, @RequestParam long version,
			@Valid @ModelAttribute("details") VictimRecordCommand details, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return renderRecord(recordId, model);
		}
		try {
			this.victims.updateRecord(recordId, version, details);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			model.asMap().remove("details");
			return renderRecord(recordId, model);
		}
		redirect.addFlashAttribute("saved", "victim.record.updated");
		return "redirect:/victim/records/" + recordId;
	}

	@PostMapping("/records/{recordId}/contacts")
	String recordContact(@PathVariable UUID recordId, @Valid @ModelAttribute("contact") ContactCommand contact,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return renderRecord(recordId, model);
		}
		this.victims.recordContact(recordId, contact);
		redirect.addFlashAttribute("saved", "victim.contact.saved");
		return "redirect:/victim/records/" + recordId;
	}

	@PostMapping("/records/{recordId}/notices")
	String recordNotice(@PathVariable UUID recordId, @Valid @ModelAttribute("notice") NoticeCommand notice,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return renderRecord(recordId, model);
		}
		this.victims.recordNotice(recordId, notice);
		redirect.addFlashAttribute("saved", "victim.notice.saved");
		return "redirect:/victim/records/" + recordId;
	}

	/** A director (or anyone but the liaison) re-enters a code first, then comes back. */
	@ExceptionHandler(StepUpRequired.class)
	String stepUp(HttpServletRequest request) {
		String back = request.getRequestURI()
			.substring(request.getContextPath().length())
			.replaceFirst("/(records|contacts|notices)$", "");
		if (!back.matches("/victim/(participants|records)/[0-9a-fA-F-]{36}")) {
			back = "/";
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath(StepUpVerified.PAGE).queryParam("continue", back).build().toUriString();
	}

	private String renderParticipant(ParticipantId id, Model model) {
		model.addAttribute("records", this.victims.records(id));
		model.addAttribute("participant", this.victims.participant(id));
		// Mandated reports whose victim-side steps are the liaison's (501.220(b), (c)).
		model.addAttribute("followUps", this.reports.outstanding(id));
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", VictimRecordCommand.blank());
		}
		model.addAttribute("relationships", Relationship.values());
		return "victimcontact/participant";
	}

	private String renderRecord(UUID recordId, Model model) {
		VictimRecord record = this.victims.record(recordId);
		model.addAttribute("record", record);
		model.addAttribute("participant", this.victims.participant(record.participantId()));
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", record.toCommand());
		}
		if (!model.containsAttribute("contact")) {
			model.addAttribute("contact", this.victims.newContact());
		}
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", this.victims.newNotice());
		}
		model.addAttribute("relationships", Relationship.values());
		model.addAttribute("kinds", ContactKind.values());
		model.addAttribute("directions", ContactDirection.values());
		model.addAttribute("topics", NoticeTopic.values());
		model.addAttribute("channels", NoticeChannel.values());
		model.addAttribute("zone", ProgramZone.NAME);
		return "victimcontact/record";
	}

}
