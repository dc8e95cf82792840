package org.paipmanager.coordination.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.OutgoingReferral;
import org.paipmanager.coordination.OutgoingReferralCommand;
import org.paipmanager.coordination.OutgoingReferralRefused;
import org.paipmanager.coordination.PrintableReferral;
import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.coordination.ReferralChannel;
import org.paipmanager.coordination.ReferralDeliveryFailed;
import org.paipmanager.coordination.ReferralDispatch;
import org.paipmanager.coordination.ReferralStatus;
import org.paipmanager.coordination.ReferralStatusCommand;
import org.paipmanager.coordination.ReferralStatusEntry;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/participants/{id}/outgoing-referrals")
class OutgoingReferralController {

	private static final List<ReferralStatus> REPORTED = List.of(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED,
			ReferralStatus.COMPLETED);

	private final CoordinationManagement coordination;

	private final ExchangingReferrals exchange;

	private final ParticipantManagement participants;

	private final ReferralPdf pdf;

	OutgoingReferralController(CoordinationManagement coordination, ExchangingReferrals exchange,
			ParticipantManagement participants, ReferralPdf pdf) {
		this.coordination = coordination;
		this.exchange = exchange;
		this.participants = participants;
		this.pdf = pdf;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping
	String refer(@PathVariable ParticipantId id, @Valid @ModelAttribute("referral") OutgoingReferralCommand referral,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.coordination.refer(id, referral);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/participants/" + id + "/outgoing-referrals";
			}
			catch (OutgoingReferralRefused refusal) {
				// The refusal shows on its field with the rule section behind it.
				errors.rejectValue(refusal.field(), refusal.messageKey(), new Object[] { refusal.section() },
						refusal.messageKey());
			}
		}
		return render(id, model);
	}

	/** Sends the referral: by FHIR, or as a printed referral for an agency on paper. */
	@PostMapping("/{referralId}/send")
	String send(@PathVariable ParticipantId id, @PathVariable UUID referralId, RedirectAttributes redirect) {
		String back = "redirect:/participants/" + id + "/outgoing-referrals";
		try {
			ReferralDispatch dispatch = this.exchange.send(id, referralId);
			if (dispatch.channel() == ReferralChannel.PAPER) {
				return back + "/" + referralId + "/print";
			}
			redirect.addFlashAttribute("sentByFhir", true);
		}
		catch (OutgoingReferralRefused refusal) {
			redirect.addFlashAttribute("sendError", refusal.messageKey());
			redirect.addFlashAttribute("sendErrorArgument", refusal.section());
		}
		catch (ReferralDeliveryFailed failed) {
			redirect.addFlashAttribute("sendError", "coordination.exchange.deliveryFailed");
			redirect.addFlashAttribute("sendErrorArgument",
					(failed.httpStatus() > 0) ? "HTTP " + failed.httpStatus() : "-");
		}
		return back;
	}

	/** A status reported back by an agency on paper, entered by staff. */
	@PostMapping("/status")
	String recordStatus(@PathVariable ParticipantId id, @Valid @ModelAttribute("report") ReferralStatusCommand report,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.exchange.recordStatus(id, report);
				redirect.addFlashAttribute("statusSaved", true);
				return "redirect:/participants/" + id + "/outgoing-referrals";
			}
			catch (OutgoingReferralRefused refusal) {
				errors.rejectValue(refusal.field(), refusal.messageKey(), new Object[] { refusal.section() },
						refusal.messageKey());
			}
		}
		return render(id, model);
	}

	@GetMapping("/{referralId}/print")
	String print(@PathVariable ParticipantId id, @PathVariable UUID referralId, Model model) {
		model.addAttribute("participantId", id);
		model.addAttribute("referral", this.exchange.printable(id, referralId));
		return "coordination/referral-print";
	}

	@GetMapping("/{referralId}/pdf")
	ResponseEntity<byte[]> printPdf(@PathVariable ParticipantId id, @PathVariable UUID referralId, Locale locale) {
		PrintableReferral referral = this.exchange.printable(id, referralId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("referral-" + referralId + ".pdf").build().toString())
			.body(this.pdf.render(referral, locale));
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		List<OutgoingReferral> referrals = this.coordination.referrals(id);
		Map<UUID, List<ReferralStatusEntry>> statuses = this.exchange.statuses(id);
		model.addAttribute("referrals", referrals);
		model.addAttribute("statuses", statuses);
		model.addAttribute("channels", this.exchange.channels(id));
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_WRITE)) {
			if (!model.containsAttribute("referral")) {
				model.addAttribute("referral", this.coordination.newReferral());
			}
			if (!model.containsAttribute("report")) {
				model.addAttribute("report", this.exchange.newStatus());
			}
			model.addAttribute("partnerAgencies", this.coordination.partnerAgencies());
			model.addAttribute("releases", this.coordination.releaseChoices(id));
			model.addAttribute("categories", ReferralCategory.values());
			model.addAttribute("reportedStatuses", REPORTED);
			// Referrals sent on paper and not ended: their answers are entered by staff.
			model.addAttribute("paperOpen", referrals.stream().filter((referral) -> {
				List<ReferralStatusEntry> history = statuses.get(referral.id());
				if (history == null) {
					return false;
				}
				ReferralStatusEntry latest = history.get(history.size() - 1);
				return latest.channel() == ReferralChannel.PAPER && !latest.status().isFinal();
			}).toList());
		}
		return "coordination/referrals";
	}

}
