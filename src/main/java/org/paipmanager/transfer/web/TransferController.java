package org.paipmanager.transfer.web;

import jakarta.validation.Valid;

import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.transfer.ProgramJurisdiction;
import org.paipmanager.transfer.TransferHistory;
import org.paipmanager.transfer.TransferInCommand;
import org.paipmanager.transfer.TransferManagement;
import org.paipmanager.transfer.TransferOutCommand;
import org.paipmanager.transfer.TransferRefused;

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

/**
 * A participant's transfers between programs (501.250): from where the participant came
 * with the credit given, and to where the participant left, each recorded under a release
 * of information naming the other program.
 */
@Controller
@RequestMapping("/participants/{id}/transfers")
class TransferController {

	private final TransferManagement transfers;

	private final ParticipantManagement participants;

	TransferController(TransferManagement transfers, ParticipantManagement participants) {
		this.transfers = transfers;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping("/in")
	String transferIn(@PathVariable ParticipantId id, @Valid @ModelAttribute("transferIn") TransferInCommand transfer,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.transfers.transferIn(id, transfer);
				redirect.addFlashAttribute("savedIn", true);
				return "redirect:/participants/" + id + "/transfers";
			}
			catch (TransferRefused refusal) {
				// Each refusal on its field; the message says what is missing and cites
				// 501.250.
				refusal.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		return render(id, model);
	}

	@PostMapping("/out")
	String transferOut(@PathVariable ParticipantId id,
			@Valid @ModelAttribute("transferOut") TransferOutCommand transfer, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.transfers.transferOut(id, transfer);
				redirect.addFlashAttribute("savedOut", true);
				return "redirect:/participants/" + id + "/transfers";
			}
			catch (TransferRefused refusal) {
				// Each refusal on its field; the message says what is missing and cites
				// 501.250.
				refusal.rejectOn(errors);
			}
		}
		return render(id, model);
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		TransferHistory history = this.transfers.history(id);
		model.addAttribute("transfersIn", history.transfersIn());
		model.addAttribute("out", history.transferOut());
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_WRITE)) {
			if (!model.containsAttribute("transferIn")) {
				model.addAttribute("transferIn", this.transfers.newTransferIn(id));
			}
			if (!model.containsAttribute("transferOut")) {
				model.addAttribute("transferOut", this.transfers.newTransferOut());
			}
			model.addAttribute("releases", this.transfers.releaseChoices(id));
			model.addAttribute("jurisdictions", ProgramJurisdiction.values());
		}
		return "transfer/transfers";
	}

}
