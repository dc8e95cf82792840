package org.paipmanager.statistics.web;

import jakarta.validation.Valid;

import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.statistics.OffenceCategory;
import org.paipmanager.statistics.RearrestCommand;
import org.paipmanager.statistics.RearrestRefused;
import org.paipmanager.statistics.RecordingRearrests;

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
@RequestMapping("/participants/{id}/rearrests")
class RearrestController {

	private final RecordingRearrests rearrests;

	private final ParticipantManagement participants;

	RearrestController(RecordingRearrests rearrests, ParticipantManagement participants) {
		this.rearrests = rearrests;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping
	String record(@PathVariable ParticipantId id, @Valid @ModelAttribute("rearrest") RearrestCommand rearrest,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.rearrests.record(id, rearrest);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/participants/" + id + "/rearrests";
			}
			catch (RearrestRefused refused) {
				refused.rejectOn(errors);
			}
		}
		return render(id, model);
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("rearrests", this.rearrests.rearrests(id));
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_WRITE)) {
			if (!model.containsAttribute("rearrest")) {
				model.addAttribute("rearrest", RearrestCommand.blank());
			}
			model.addAttribute("categories", OffenceCategory.values());
		}
		return "statistics/rearrests";
	}

}
