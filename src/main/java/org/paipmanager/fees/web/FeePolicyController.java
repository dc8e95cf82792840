package org.paipmanager.fees.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.fees.FeePolicyView;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.FeesRefused;

import org.springframework.dao.OptimisticLockingFailureException;
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

	private static final Pattern BAND_FIELD = Pattern.compile("bands\\[(\\d{1,4})]\\..*");

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
			RedirectAttributes redirect, HttpServletRequest request) {
		if (errors.hasErrors()) {
			return reshow(form, request, model);
		}
		try {
			FeePolicyView written = this.fees.writePolicy(form);
			redirect.addFlashAttribute("written", written.versionNumber());
			return "redirect:/fees/policy";
		}
		catch (FeesRefused ex) {
			ex.rejectOn(errors);
			return reshow(form, request, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return reshow(form, request, model);
		}
	}

	/**
	 * The form again with the rows as sent. A value that cannot be read as a number
	 * leaves no command at all (constructor binding), so the rows are counted from the
	 * request; the fields show what was typed through the binding result.
	 */
	private static String reshow(FeePolicyCommand form, HttpServletRequest request, Model model) {
		int submitted = request.getParameterMap()
			.keySet()
			.stream()
			.map(BAND_FIELD::matcher)
			.filter(Matcher::matches)
			.mapToInt((field) -> Integer.parseInt(field.group(1)) + 1)
			.max()
			.orElse(0);
		model.addAttribute("bandRows", rows((form != null) ? form.bands().size() : submitted));
		return "fees/policy-form";
	}

	private static List<Integer> rows(int count) {
		return IntStream.range(0, Math.min(count, MAX_ROWS)).boxed().toList();
	}

}
