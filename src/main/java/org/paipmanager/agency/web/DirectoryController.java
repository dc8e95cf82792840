package org.paipmanager.agency.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.HsdsImportPreview;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyCommand;
import org.paipmanager.agency.PartnerAgencyRefused;
import org.paipmanager.agency.SharingDirectory;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Directory entries (COO-1): view, add, change (a stale change is a 409 with the entry
 * left as the other person saved it), and the Open Referral HSDS export and import.
 */
@Controller
@RequestMapping("/agency")
class DirectoryController {

	private final AgencyManagement agencies;

	private final SharingDirectory sharing;

	private final Validator validator;

	DirectoryController(AgencyManagement agencies, SharingDirectory sharing, Validator validator) {
		this.agencies = agencies;
		this.sharing = sharing;
		this.validator = validator;
	}

	@GetMapping("/partners/{partnerId}")
	String entry(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("entry", this.agencies.partnerAgency(partnerId));
		return "agency/partner";
	}

	@GetMapping("/partners/new")
	String newEntry(Model model) {
		model.addAttribute("form", PartnerAgencyForm.of(this.agencies.newPartnerAgency()));
		return form(model, null);
	}

	@PostMapping("/partners")
	String add(@ModelAttribute("form") PartnerAgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PartnerAgencyCommand command = checked(form, errors);
		if (!errors.hasErrors()) {
			try {
				UUID id = this.agencies.addPartnerAgency(command);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/agency/partners/" + id;
			}
			catch (PartnerAgencyRefused refused) {
				refused.rejectOn(errors);
			}
		}
		form.padContacts();
		return form(model, null);
	}

	@GetMapping("/partners/{partnerId}/edit")
	String edit(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("form", PartnerAgencyForm.of(this.agencies.partnerAgencyToChange(partnerId)));
		return form(model, partnerId);
	}

	@PostMapping("/partners/{partnerId}")
	String update(@PathVariable UUID partnerId, @ModelAttribute("form") PartnerAgencyForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PartnerAgencyCommand command = checked(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.agencies.updatePartnerAgency(partnerId, form.getVersion(), command);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/agency/partners/" + partnerId;
			}
			catch (PartnerAgencyRefused refused) {
				refused.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
			}
		}
		form.padContacts();
		return form(model, partnerId);
	}

	@BulkExport(value = "hsds-directory", permissions = Permission.AGENCY_READ)
	@GetMapping("/directory/hsds.json")
	ResponseEntity<byte[]> export() {
		// A fixed file name: nothing the user typed ever becomes a header or a path.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("partner-directory-hsds.json").build().toString())
			.body(this.sharing.export().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/directory/import")
	String importForm(Model model) {
		model.addAttribute("maxMegabytes", String.valueOf(this.sharing.maxFileBytes() / (1024 * 1024)));
		return "agency/import";
	}

	@PostMapping("/directory/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws Exception {
		// The upload's name is never used: only its bytes, checked by size and content.
		byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
		try {
			model.addAttribute("preview", this.sharing.preview(bytes));
			model.addAttribute("document", Base64.getEncoder().encodeToString(bytes));
		}
		catch (PartnerAgencyRefused refused) {
			model.addAttribute("fileProblem", refused.problems().get("file"));
		}
		return importForm(model);
	}

	@PostMapping("/directory/import/apply")
	String apply(@RequestParam String document, Model model, RedirectAttributes redirect) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(document);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("fileProblem", "agency.hsds.notJson");
			return importForm(model);
		}
		try {
			HsdsImportPreview result = this.sharing.importFile(bytes);
			// Counts only: the flash map is kept in the session store.
			redirect.addFlashAttribute("importedAdded", result.added());
			redirect.addFlashAttribute("importedUpdated", result.updated());
			return "redirect:/agency";
		}
		catch (PartnerAgencyRefused refused) {
			model.addAttribute("fileProblem", refused.problems().get("file"));
			return importForm(model);
		}
	}

	private String form(Model model, UUID partnerId) {
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("categories", PartnerAgencyCategory.values());
		return "agency/partner-form";
	}

	/** The form as a command, its constraint violations put on the form's fields. */
	private PartnerAgencyCommand checked(PartnerAgencyForm form, BindingResult errors) {
		form.check(errors);
		PartnerAgencyCommand command = form.toCommand();
		for (ConstraintViolation<PartnerAgencyCommand> violation : this.validator.validate(command)) {
			String field = formField(form, violation.getPropertyPath().toString());
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "invalid", violation.getMessage());
			}
		}
		return command;
	}

	private static String formField(PartnerAgencyForm form, String path) {
		if (path.startsWith("contacts[")) {
			int close = path.indexOf(']');
			int index = Integer.parseInt(path.substring("contacts[".length(), close));
			String property = (close + 2 <= path.length()) ? path.substring(close + 2) : "name";
			int seen = -1;
			for (int i = 0; i < form.getContacts().size(); i++) {
				if (!form.getContacts().get(i).blank()) {
					seen++;
				}
				if (seen == index) {
					return "contacts[" + i + "]." + property;
				}
			}
			return "contacts[0].name";
		}
		int bracket = path.indexOf('[');
		int dot = path.indexOf('.');
		int end = (bracket < 0) ? dot : ((dot < 0) ? bracket : Math.min(bracket, dot));
		return (end < 0) ? path : path.substring(0, end);
	}

}
