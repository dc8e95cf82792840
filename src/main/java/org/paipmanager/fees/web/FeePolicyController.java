package org.paipmanager.fees.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.fees.FeePolicyView;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.shared.FormChange;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency fee policy (501.270): the version in effect, earlier ones, a new version.
 */
@Controller
@RequestMapping("/fees/policy")
class FeePolicyController {

	static final int BLANK_ROWS = 4;

	/**
	 * More rows than any sliding scale needs: a request naming row 10,000 gets no more.
	 */
	private static final int MAX_ROWS = 200;

	private final FeesManagement fees;

	FeePolicyController(FeesManagement fees) {
		this.fees = fees;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("policy", this.fees.currentPolicy().orElse(null));
		model.addAttribute("versions", this.fees.policyVersions());
		return "fees/policy";
	}

	@GetMapping("/new")
	String form(Model model) {
		FeePolicyCommand form = this.fees.newPolicyVersion().withBlankRows(BLANK_ROWS);
		model.addAttribute("form", form);
		model.addAttribute("bandRows", rows(form.bands().size()));
		return "fees/policy-form";
	}

	@PostMapping
	String write(@Valid @ModelAttribute("form") FeePolicyCommand form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Optional<FeePolicyView> written = FormChange.attempt(errors, model, response,
				() -> this.fees.writePolicy(form));
		if (written.isPresent()) {
			redirect.addFlashAttribute("written", written.get().versionNumber());
			return "redirect:/fees/policy";
		}
		return reshow(form, model);
	}

	/** The form again with the rows as sent. */
	private static String reshow(FeePolicyCommand form, Model model) {
		model.addAttribute("bandRows", rows(form.bands().size()));
		return "fees/policy-form";
	}

	private static List<Integer> rows(int count) {
		return IntStream.range(0, Math.min(count, MAX_ROWS)).boxed().toList();
	}

}
