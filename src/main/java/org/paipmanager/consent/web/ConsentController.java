package org.paipmanager.consent.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.consent.ConfidentialityExplanationCommand;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.ConsentRefusal;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseBasis;
import org.paipmanager.consent.ReleaseCommand;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.consent.ReleaseView;
import org.paipmanager.consent.Signatory;
import org.paipmanager.consent.RevocationCommand;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/participants/{id}/consent")
class ConsentController {

	private final ConsentManagement consent;

	private final ParticipantManagement participants;

	ConsentController(ConsentManagement consent, ParticipantManagement participants) {
		this.consent = consent;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping("/explanations")
	String recordExplanation(@PathVariable ParticipantId id,
			@Valid @ModelAttribute("explanation") ConfidentialityExplanationCommand explanation, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && accepted(errors, () -> this.consent.recordExplanation(id, explanation))) {
			redirect.addFlashAttribute("explanationSaved", true);
			return "redirect:/participants/" + id + "/consent#explanation";
		}
		return render(id, model);
	}

	@PostMapping("/releases")
	String addRelease(@PathVariable ParticipantId id, @Valid @ModelAttribute("release") ReleaseCommand release,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && accepted(errors, () -> this.consent.addRelease(id, release))) {
			redirect.addFlashAttribute("releaseSaved", true);
			return "redirect:/participants/" + id + "/consent#releases";
		}
		return render(id, model);
	}

	@GetMapping("/releases/{releaseId}/revoke")
	String revokeForm(@PathVariable ParticipantId id, @PathVariable UUID releaseId, Model model) {
		ReleaseView release = this.consent.release(id, new ReleaseId(releaseId));
		model.addAttribute("revocation", this.consent.newRevocation(release));
		return renderRevoke(id, release, model);
	}

	@PostMapping("/releases/{releaseId}/revoke")
	String revoke(@PathVariable ParticipantId id, @PathVariable UUID releaseId,
			@Valid @ModelAttribute("revocation") RevocationCommand revocation, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ReleaseId release = new ReleaseId(releaseId);
		if (!errors.hasErrors()) {
			try {
				if (accepted(errors, () -> this.consent.revoke(id, release, revocation))) {
					redirect.addFlashAttribute("revoked", true);
					return "redirect:/participants/" + id + "/consent#releases";
				}
			}
			catch (OptimisticLockingFailureException ex) {
				// Show the release as it now stands; the user decides again.
				ReleaseView current = this.consent.release(id, release);
				model.addAttribute("conflict", true);
				model.addAttribute("revocation",
						new RevocationCommand(revocation.revokedOn(), revocation.reason(), current.version()));
				return renderRevoke(id, current, model);
			}
		}
		return renderRevoke(id, this.consent.release(id, release), model);
	}

	/** Runs the change; a refusal shows on its field with the rule behind it. */
	private static boolean accepted(BindingResult errors, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (ConsentRefusal refusal) {
			errors.rejectValue(refusal.field(), refusal.messageKey(), new Object[] { refusal.section() },
					refusal.messageKey());
			return false;
		}
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("explanations", this.consent.explanations(id));
		model.addAttribute("releases", this.consent.releases(id));
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_WRITE)) {
			if (!model.containsAttribute("explanation")) {
				model.addAttribute("explanation", this.consent.newExplanation(id));
			}
			if (!model.containsAttribute("release")) {
				model.addAttribute("release", this.consent.newRelease());
			}
			model.addAttribute("partnerAgencies", this.consent.partnerAgencies());
			model.addAttribute("recipientKinds", RecipientKind.values());
			model.addAttribute("categories", InformationCategory.values());
			model.addAttribute("purposes", ReleasePurpose.values());
			model.addAttribute("bases", ReleaseBasis.values());
			model.addAttribute("signatories", Signatory.values());
		}
		return "consent/page";
	}

	private String renderRevoke(ParticipantId id, ReleaseView release, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("releaseView", release);
		return "consent/revoke";
	}

}
