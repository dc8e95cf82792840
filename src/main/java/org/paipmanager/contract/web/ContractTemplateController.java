package org.paipmanager.contract.web;

import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.paipmanager.contract.ContractManagement;
import org.paipmanager.contract.ContractTemplateCommand;
import org.paipmanager.contract.ContractTemplateView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's contract wording: every version in both languages, and a new version. */
@Controller
@RequestMapping("/contract-templates")
class ContractTemplateController {

	private final ContractManagement contracts;

	ContractTemplateController(ContractManagement contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", firstViewRetried(this.contracts::templates));
		return "contract/templates";
	}

	@GetMapping("/new")
	String form(@RequestParam(defaultValue = "en") String language, Model model) {
		String chosen = "es".equals(language) ? "es" : "en";
		model.addAttribute("template", this.contracts.newTemplateVersion(chosen));
		model.addAttribute("current", firstViewRetried(() -> this.contracts.currentTemplate(chosen)));
		return "contract/template-form";
	}

	/**
	 * The first view of an agency's templates writes the built-in ones; when another
	 * request wrote them at the same moment, reading again finds them (found by the
	 * authorization matrix's parallel crawl: a server error before).
	 */
	private static <T> T firstViewRetried(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (OptimisticLockingFailureException ex) {
			return read.get();
		}
	}

	@PostMapping
	String write(@Valid @ModelAttribute("template") ContractTemplateCommand template, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("current",
					this.contracts.currentTemplate("es".equals(template.language()) ? "es" : "en"));
			return "contract/template-form";
		}
		ContractTemplateView written = this.contracts.writeTemplate(template);
		redirect.addFlashAttribute("written", written.versionNumber());
		return "redirect:/contract-templates";
	}

}
