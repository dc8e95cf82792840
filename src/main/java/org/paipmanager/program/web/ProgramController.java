package org.paipmanager.program.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.ExpenditureCommand;
import org.paipmanager.program.GrantDocuments;
import org.paipmanager.program.GrantView;
import org.paipmanager.program.GrievanceCommand;
import org.paipmanager.program.GrievanceResponseCommand;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProgramManagement;
import org.paipmanager.program.ProgramRefused;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationView;
import org.paipmanager.program.QuarterDocumentation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program administration pages for the director and the administrator (PRG-6, PRG-8,
 * PRG-9, PRG-10): what is due in the next 30, 60 or 90 days, protocol applications with
 * grievances, the continuation plan, innovation proposals, and each grant with its
 * budget, quarters and expenditure documentation as CSV and XLSX.
 */
@Controller
@RequestMapping("/program")
class ProgramController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ProgramManagement program;

	private final ApplyingForProtocol protocol;

	private final PlanningContinuation continuation;

	private final ProposingInnovation innovation;

	private final AccountingForGrants grants;

	private final GrantDocuments documents;

	ProgramController(ProgramManagement program, ApplyingForProtocol protocol, PlanningContinuation continuation,
			ProposingInnovation innovation, AccountingForGrants grants, GrantDocuments documents) {
		this.program = program;
		this.protocol = protocol;
		this.continuation = continuation;
		this.innovation = innovation;
		this.grants = grants;
		this.documents = documents;
	}

	@GetMapping
	String overview(@RequestParam(defaultValue = "90") int window, Model model) {
		int days = ProgramManagement.WINDOWS.contains(window) ? window : 90;
		model.addAttribute("window", days);
		model.addAttribute("windows", ProgramManagement.WINDOWS.stream().sorted().toList());
		model.addAttribute("today", this.program.today());
		model.addAttribute("due", this.program.due(days));
		model.addAttribute("applications", this.protocol.applications());
		model.addAttribute("plan", this.continuation.plan().orElse(null));
		model.addAttribute("innovations", this.innovation.proposals());
		model.addAttribute("grants", this.grants.grants());
		return "program/overview";
	}

	@GetMapping("/protocol")
	String protocol(Model model) {
		if (!model.containsAttribute("grievance")) {
			model.addAttribute("grievance", new GrievanceCommand(null, null, this.program.today(), null, "", ""));
		}
		List<ProtocolApplicationView> applications = this.protocol.applications();
		model.addAttribute("applications", applications);
		model.addAttribute("grievances", this.protocol.grievances());
		model.addAttribute("outcomes", GrievanceResponseCommand.Outcome.values());
		model.addAttribute("grievable",
				applications.stream()
					.filter((a) -> a.status() == ProtocolApplicationView.Status.DENIED || a.removedOn() != null)
					.toList());
		model.addAttribute("actions", GrievanceCommand.Action.values());
		return "program/protocol";
	}

	@PostMapping("/grievances")
	String fileGrievance(@Valid @ModelAttribute("grievance") GrievanceCommand grievance, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.protocol.fileGrievance(grievance);
				redirect.addFlashAttribute("saved", "program.grievance.saved");
				return "redirect:/program/protocol";
			}
			catch (ProgramRefused refused) {
				refused.rejectOn(errors);
			}
		}
		model.addAttribute("formErrors", true);
		return protocol(model);
	}

	/** The Department's response to a grievance, against the version shown. */
	@PostMapping("/grievances/{grievanceId}/response")
	String respond(@PathVariable UUID grievanceId, @RequestParam long version,
			@Valid @ModelAttribute("response") GrievanceResponseCommand response, BindingResult errors, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("refused", "program.grievance.responseIncomplete");
			return protocol(model);
		}
		try {
			this.protocol.recordResponse(grievanceId, version, response);
		}
		catch (ProgramRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
			return protocol(model);
		}
		catch (OptimisticLockingFailureException ex) {
			http.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return protocol(model);
		}
		redirect.addFlashAttribute("saved", "program.grievance.responseSaved");
		return "redirect:/program/protocol";
	}

	@GetMapping("/continuation")
	String continuation(Model model) {
		model.addAttribute("plan", this.continuation.plan().orElse(null));
		return "program/continuation";
	}

	@GetMapping("/innovation")
	String innovation(Model model) {
		model.addAttribute("innovations", this.innovation.proposals());
		return "program/innovation";
	}

	@GetMapping("/grants/{id}")
	String grant(@PathVariable UUID id, Model model) {
		GrantView grant = this.grants.grant(id);
		if (!model.containsAttribute("expenditure")) {
			model.addAttribute("expenditure",
					new ExpenditureCommand(grant.lines().isEmpty() ? "" : grant.lines().getFirst().code(),
							this.program.today(), "", "", null, ""));
		}
		model.addAttribute("grant", grant);
		model.addAttribute("today", this.program.today());
		return "program/grant";
	}

	@PostMapping("/grants/{id}/expenditures")
	String spend(@PathVariable UUID id, @Valid @ModelAttribute("expenditure") ExpenditureCommand expenditure,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.grants.recordExpenditure(id, expenditure);
				redirect.addFlashAttribute("saved", "program.grant.expenditure.saved");
				return "redirect:/program/grants/" + id;
			}
			catch (ProgramRefused refused) {
				refused.rejectOn(errors);
			}
		}
		model.addAttribute("formErrors", true);
		return grant(id, model);
	}

	/** Records that a quarter's documentation was sent to the funder. */
	@PostMapping("/grants/{id}/quarters/{quarter}/sent")
	String sent(@PathVariable UUID id, @PathVariable int quarter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			Model model, RedirectAttributes redirect) {
		try {
			this.grants.recordQuarterSent(id, quarter, sentOn);
		}
		catch (ProgramRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
			return grant(id, model);
		}
		redirect.addFlashAttribute("saved", "program.grant.quarterSentSaved");
		return "redirect:/program/grants/" + id;
	}

	/** A quarter's expenditure documentation as {@code csv} or {@code xlsx}. */
	@GetMapping("/grants/{id}/quarters/{quarter}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable int quarter,
			@RequestParam(defaultValue = "csv") String format) {
		QuarterDocumentation doc = this.grants.documentation(id, quarter);
		String name = "expenditures-" + doc.agreementNumber().replaceAll("[^A-Za-z0-9-]", "_") + "-q" + quarter;
		boolean xlsx = "xlsx".equals(format);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + (xlsx ? ".xlsx" : ".csv")).build().toString())
			.body(xlsx ? this.documents.xlsx(doc) : this.documents.csv(doc));
	}

}
