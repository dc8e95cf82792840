package org.paipmanager.intake.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.IntakeScreenings.SavedStep;
import org.paipmanager.intake.ScreeningRefused;
import org.paipmanager.intake.ScreeningView;
import org.paipmanager.intake.domain.ScreeningForm;
import org.paipmanager.intake.domain.ScreeningStep;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening pages: an overview of the ten steps, one page per step saved as a draft
 * (also on every change, through htmx), and completion.
 */
@Controller
@RequestMapping("/participants/{id}/screening")
class ScreeningController {

	private final IntakeScreenings screenings;

	private final ParticipantManagement participants;

	ScreeningController(IntakeScreenings screenings, ParticipantManagement participants) {
		this.screenings = screenings;
		this.participants = participants;
	}

	@GetMapping
	String overview(@PathVariable ParticipantId id, Model model) {
		Actor actor = CurrentActor.require();
		Optional<ScreeningView> screening = this.screenings.find(id);
		List<ScreeningStep> steps = this.screenings.stepsFor(actor);
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("screening", screening.orElse(null));
		model.addAttribute("steps", steps);
		model.addAttribute("missingByStep",
				screening
					.map((found) -> steps.stream()
						.collect(java.util.stream.Collectors.toMap(ScreeningStep::number,
								(step) -> ScreeningForm.missing(step, found.answers()).size())))
					.orElse(Map.of()));
		model.addAttribute("hiddenClinicalSteps", steps.size() < ScreeningForm.steps().size());
		return "intake/overview";
	}

	@PostMapping("/start")
	String start(@PathVariable ParticipantId id, RedirectAttributes redirect) {
		try {
			this.screenings.start(id);
		}
		catch (ScreeningRefused ex) {
			redirect.addFlashAttribute("refused", ex.problems().get("*"));
			return "redirect:/participants/" + id + "/screening";
		}
		return "redirect:/participants/" + id + "/screening/steps/1";
	}

	@GetMapping("/steps/{number}")
	String step(@PathVariable ParticipantId id, @PathVariable int number, Model model) {
		ScreeningView screening = this.screenings.find(id)
			.orElseThrow(() -> new RecordNotFoundException("intake-screening", id));
		if (!model.containsAttribute("answers")) {
			model.addAttribute("answers", screening.answers());
		}
		if (!model.containsAttribute("version")) {
			model.addAttribute("version", screening.version());
		}
		return renderStep(id, number, screening, model);
	}

	/**
	 * "Save draft" keeps the page; "Save and continue" moves on once the step is whole.
	 */
	@PostMapping("/steps/{number}")
	String saveStep(@PathVariable ParticipantId id, @PathVariable int number, @RequestParam long version,
			@RequestParam(defaultValue = "save") String action, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		ScreeningView screening = this.screenings.find(id)
			.orElseThrow(() -> new RecordNotFoundException("intake-screening", id));
		model.addAttribute("answers", form);
		try {
			SavedStep saved = this.screenings.saveStep(id, number, version, form);
			if ("next".equals(action) && saved.missing().isEmpty()) {
				return "redirect:/participants/" + id + nextPage(number);
			}
			model.addAttribute("version", saved.version());
			model.addAttribute("saved", true);
			model.addAttribute("problems", ("next".equals(action)) ? saved.missing() : Map.of());
		}
		catch (ScreeningRefused ex) {
			model.addAttribute("version", version);
			model.addAttribute("problems", ex.problems());
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this user typed; show that someone else saved in between.
			model.addAttribute("version", version);
			model.addAttribute("conflict", true);
		}
		return renderStep(id, number, screening, model);
	}

	/** Autosave on every change: answers an htmx request with the draft status only. */
	@PostMapping(path = "/steps/{number}", headers = "HX-Request=true")
	String autosave(@PathVariable ParticipantId id, @PathVariable int number, @RequestParam long version,
			@RequestParam Map<String, String> form, Model model) {
		try {
			SavedStep saved = this.screenings.saveStep(id, number, version, form);
			model.addAttribute("version", saved.version());
			model.addAttribute("draftSaved", true);
		}
		catch (ScreeningRefused ex) {
			model.addAttribute("version", version);
			model.addAttribute("draftProblems", ex.problems());
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("version", version);
			model.addAttribute("conflict", true);
		}
		return "intake/step :: draftStatus";
	}

	@PostMapping("/complete")
	String complete(@PathVariable ParticipantId id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.screenings.complete(id, version);
			redirect.addFlashAttribute("completed", true);
		}
		catch (ScreeningRefused ex) {
			redirect.addFlashAttribute("incomplete", new java.util.ArrayList<>(ex.problems().keySet()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/participants/" + id + "/screening";
	}

	private String renderStep(ParticipantId id, int number, ScreeningView screening, Model model) {
		ScreeningStep step = this.screenings.stepsFor(CurrentActor.require())
			.stream()
			.filter((candidate) -> candidate.number() == number)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("screening step", number));
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("screening", screening);
		model.addAttribute("step", step);
		model.addAttribute("stepCount", this.screenings.stepsFor(CurrentActor.require()).size());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		return "intake/step";
	}

	private String nextPage(int number) {
		boolean hasNext = this.screenings.stepsFor(CurrentActor.require())
			.stream()
			.anyMatch((step) -> step.number() == number + 1);
		return hasNext ? "/screening/steps/" + (number + 1) : "/screening";
	}

}
