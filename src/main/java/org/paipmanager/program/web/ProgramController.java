package org.paipmanager.program.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.ContinuationPlanView;
import org.paipmanager.program.ExpenditureCommand;
import org.paipmanager.program.GrantDocuments;
import org.paipmanager.program.GrantView;
import org.paipmanager.program.GrievanceCommand;
import org.paipmanager.program.GrievanceResponseCommand;
import org.paipmanager.program.InnovationCommand;
import org.paipmanager.program.InnovationDecisionCommand;
import org.paipmanager.program.InnovationEvaluationCommand;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProgramManagement;
import org.paipmanager.program.ProgramRefused;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationCommand;
import org.paipmanager.program.ProtocolApplicationView;
import org.paipmanager.program.QuarterDocumentation;
import org.paipmanager.program.RenewalNoticeCommand;
import org.paipmanager.program.SharingCommand;
import org.paipmanager.shared.FormChange;

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

	private final AgencyManagement agencies;

	private final RegisteringAgreements agreements;

	ProgramController(ProgramManagement program, ApplyingForProtocol protocol, PlanningContinuation continuation,
			ProposingInnovation innovation, AccountingForGrants grants, GrantDocuments documents,
			AgencyManagement agencies, RegisteringAgreements agreements) {
		this.agencies = agencies;
		this.agreements = agreements;
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
		if (!model.containsAttribute("newApplication")) {
			model.addAttribute("newApplication",
					new ProtocolApplicationCommand(null, null, this.program.today(), "", List.of()));
		}
		model.addAttribute("kinds", ProtocolApplicationCommand.Kind.values());
		model.addAttribute("addressedRows",
				java.util.stream.IntStream
					.range(0,
							applications.stream()
								.filter((a) -> a.status() == ProtocolApplicationView.Status.DENIED)
								.mapToInt((a) -> a.denialAreas().size())
								.max()
								.orElse(0))
					.boxed()
					.toList());
		return "program/protocol";
	}

	/** Records a first application, a renewal or a resubmission (501.40). */
	@PostMapping("/protocol/applications")
	String submitApplication(@Valid @ModelAttribute("newApplication") ProtocolApplicationCommand newApplication,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID id = changed(() -> this.protocol.submit(newApplication), errors, model, null);
		if (id != null) {
			redirect.addFlashAttribute("saved", "program.protocol.application.saved");
			return "redirect:/program/protocol/applications/" + id;
		}
		model.addAttribute("applicationErrors", true);
		return protocol(model);
	}

	/**
	 * One application with the forms for the Department's decision and renewal notice.
	 */
	@GetMapping("/protocol/applications/{id}")
	String application(@PathVariable UUID id, Model model) {
		ProtocolApplicationView application = this.protocol.application(id);
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionForm.blank(this.program.today()));
		}
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", new RenewalNoticeCommand(this.program.today(), application.renewalDueOn(),
					application.renewalProcedures()));
		}
		model.addAttribute("app", application);
		model.addAttribute("outcomes", org.paipmanager.program.ProtocolDecisionCommand.Outcome.values());
		model.addAttribute("areaRows", java.util.stream.IntStream.range(0, DecisionForm.ROWS).boxed().toList());
		return "program/application";
	}

	/**
	 * The Department's written disposition, against the version shown (501.40(b), (c)).
	 */
	@PostMapping("/protocol/applications/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("decision") DecisionForm decision, BindingResult errors, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		if (changed(() -> this.protocol.decide(id, version, decision.toCommand()), errors, model, http) != null) {
			redirect.addFlashAttribute("saved", "program.protocol.decision.saved");
			return "redirect:/program/protocol/applications/" + id;
		}
		model.addAttribute("decisionErrors", true);
		return application(id, model);
	}

	/** The Department's notice of the renewal date and procedures (501.40(a)). */
	@PostMapping("/protocol/applications/{id}/renewal-notice")
	String renewalNotice(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("notice") RenewalNoticeCommand notice, BindingResult errors, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		if (changed(() -> this.protocol.recordRenewalNotice(id, version, notice), errors, model, http) != null) {
			redirect.addFlashAttribute("saved", "program.protocol.notice.saved");
			return "redirect:/program/protocol/applications/" + id;
		}
		model.addAttribute("noticeErrors", true);
		return application(id, model);
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
		ContinuationPlanView plan = this.continuation.plan().orElse(null);
		model.addAttribute("plan", plan);
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm",
					(plan != null) ? PlanForm.of(plan) : PlanForm.of(this.continuation.newPlan()));
		}
		if (!model.containsAttribute("sharing")) {
			model.addAttribute("sharing", new SharingCommand(null, this.program.today(), ""));
		}
		// Always there: added above, or the form as posted (ReadableCommands, ADR 0027).
		PlanForm form = (PlanForm) java.util.Objects.requireNonNull(model.getAttribute("planForm"));
		model.addAttribute("locationRows", rows(form.locations().size()));
		model.addAttribute("cooperationRows", rows(form.cooperation().size()));
		model.addAttribute("partners", this.agencies.partnerAgencies());
		model.addAttribute("agreements", this.agreements.agreements());
		return "program/continuation";
	}

	/**
	 * Writes the plan: the first one without a version, a change against the version
	 * shown.
	 */
	@PostMapping("/continuation/plan")
	String savePlan(@RequestParam(required = false) Long version, @Valid @ModelAttribute("planForm") PlanForm planForm,
			BindingResult errors, Model model, HttpServletResponse http, RedirectAttributes redirect) {
		if (changed(() -> this.continuation.save(version, planForm.toCommand()), errors, model, http) != null) {
			redirect.addFlashAttribute("saved", "program.continuation.form.saved");
			return "redirect:/program/continuation";
		}
		model.addAttribute("planErrors", true);
		return continuation(model);
	}

	/** Records that the plan was given to a primary referral source (501.260). */
	@PostMapping("/continuation/sharing")
	String share(@Valid @ModelAttribute("sharing") SharingCommand sharing, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (changed(() -> this.continuation.recordSharing(sharing), errors, model, null) != null) {
			redirect.addFlashAttribute("saved", "program.continuation.form.shared");
			return "redirect:/program/continuation";
		}
		model.addAttribute("sharingErrors", true);
		return continuation(model);
	}

	/**
	 * {@link FormChange#attempt}: what the change returned, or null when nothing was
	 * saved.
	 */
	private static <T> T changed(java.util.function.Supplier<T> change, BindingResult errors, Model model,
			HttpServletResponse http) {
		return FormChange.attempt(errors, model, http, change).orElse(null);
	}

	private static List<Integer> rows(int count) {
		return rows(count, 20);
	}

	private static List<Integer> rows(int count, int most) {
		return java.util.stream.IntStream.range(0, Math.min(count, most)).boxed().toList();
	}

	@GetMapping("/innovation")
	String innovation(Model model) {
		model.addAttribute("innovations", this.innovation.proposals());
		if (!model.containsAttribute("proposal")) {
			LocalDate today = this.program.today();
			model.addAttribute("proposal", new InnovationCommand("", "", "", false, today, today.plusMonths(12),
					today.plusMonths(11), "", "", "", today));
		}
		return "program/innovation";
	}

	/** Records an application for program innovation with the seven 501.310(a) fields. */
	@PostMapping("/innovation")
	String propose(@Valid @ModelAttribute("proposal") InnovationCommand proposal, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID id = changed(() -> this.innovation.submit(proposal), errors, model, null);
		if (id != null) {
			redirect.addFlashAttribute("saved", "program.innovation.form.saved");
			return "redirect:/program/innovation/" + id;
		}
		model.addAttribute("proposalErrors", true);
		return innovation(model);
	}

	/** One proposal with the forms for the Department's decision and the evaluation. */
	@GetMapping("/innovation/{id}")
	String proposal(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new InnovationDecisionCommand(null, this.program.today(), ""));
		}
		if (!model.containsAttribute("evaluation")) {
			model.addAttribute("evaluation", new InnovationEvaluationCommand(this.program.today(), null, ""));
		}
		model.addAttribute("i", this.innovation.proposal(id));
		model.addAttribute("decisions", InnovationDecisionCommand.Decision.values());
		model.addAttribute("evaluationOutcomes", InnovationEvaluationCommand.Outcome.values());
		return "program/proposal";
	}

	/** The Department's decision after the PASC's recommendation (501.310(b)). */
	@PostMapping("/innovation/{id}/decision")
	String decideInnovation(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("decision") InnovationDecisionCommand decision, BindingResult errors, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		if (changed(() -> this.innovation.decide(id, version, decision), errors, model, http) != null) {
			redirect.addFlashAttribute("saved", "program.innovation.form.decided");
			return "redirect:/program/innovation/" + id;
		}
		model.addAttribute("decisionErrors", true);
		return proposal(id, model);
	}

	/** The evaluation of an approved innovation's efficacy (501.310(a)(4), (5)). */
	@PostMapping("/innovation/{id}/evaluation")
	String evaluate(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("evaluation") InnovationEvaluationCommand evaluation, BindingResult errors,
			Model model, HttpServletResponse http, RedirectAttributes redirect) {
		if (changed(() -> this.innovation.recordEvaluation(id, version, evaluation), errors, model, http) != null) {
			redirect.addFlashAttribute("saved", "program.innovation.form.evaluated");
			return "redirect:/program/innovation/" + id;
		}
		model.addAttribute("evaluationErrors", true);
		return proposal(id, model);
	}

	/** The form of a new grant agreement with blank rows for its budget lines. */
	@GetMapping("/grants/new")
	String newGrant(Model model) {
		if (!model.containsAttribute("grantForm")) {
			model.addAttribute("grantForm", GrantForm.blank(this.grants.newGrant()));
		}
		return grantForm(null, model);
	}

	/**
	 * Records a grant agreement, or with {@code addLine} shows the form again with one
	 * more row and nothing saved (the button works without script; with htmx only the
	 * rows are swapped).
	 */
	@PostMapping("/grants")
	String registerGrant(@Valid @ModelAttribute("grantForm") GrantForm grantForm, BindingResult errors,
			@RequestParam(required = false) String addLine, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (addLine != null) {
			return withLine(grantForm, errors, null, model, request);
		}
		UUID id = writeGrant(grantForm, errors, model, null, this.grants::register);
		if (id != null) {
			redirect.addFlashAttribute("saved", "program.grant.form.saved");
			return "redirect:/program/grants/" + id;
		}
		return reshowGrant(grantForm, null, model, request);
	}

	/** The form of an amendment to a grant agreement, as it stands. */
	@GetMapping("/grants/{id}/edit")
	String editGrant(@PathVariable UUID id, Model model) {
		GrantView grant = this.grants.grant(id);
		if (!model.containsAttribute("grantForm")) {
			model.addAttribute("grantForm", GrantForm.of(grant));
		}
		return grantForm(grant, model);
	}

	/**
	 * Amends a grant agreement against the version shown; lines are matched by code. A
	 * stale version is a visible conflict answered with 409.
	 */
	@PostMapping("/grants/{id}")
	String amendGrant(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("grantForm") GrantForm grantForm, BindingResult errors,
			@RequestParam(required = false) String addLine, Model model, HttpServletRequest request,
			HttpServletResponse http, RedirectAttributes redirect) {
		GrantView grant = this.grants.grant(id);
		if (addLine != null) {
			return withLine(grantForm, errors, grant, model, request);
		}
		GrantView amended = writeGrant(grantForm, errors, model, http,
				(command) -> this.grants.update(id, version, command));
		if (amended != null) {
			redirect.addFlashAttribute("saved", "program.grant.form.amended");
			return "redirect:/program/grants/" + id;
		}
		return reshowGrant(grantForm, grant, model, request);
	}

	/**
	 * Checks the rows, then makes the change; a refusal of the command goes next to the
	 * row it names. Returns null when nothing was saved.
	 */
	private static <T> T writeGrant(GrantForm form, BindingResult errors, Model model, HttpServletResponse http,
			java.util.function.Function<org.paipmanager.program.GrantCommand, T> change) {
		if (form == null) {
			return null;
		}
		form.rowProblems().forEach((field, key) -> reject(errors, field, key));
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return change.apply(form.toCommand());
		}
		catch (ProgramRefused refused) {
			refused.problems().forEach((field, key) -> reject(errors, form.fieldOf(field), key));
		}
		catch (OptimisticLockingFailureException ex) {
			if (http != null) {
				http.setStatus(HttpStatus.CONFLICT.value());
			}
			model.addAttribute("conflict", true);
		}
		return null;
	}

	private static void reject(BindingResult errors, String field, String key) {
		if ("*".equals(field)) {
			errors.reject(key);
		}
		else if (errors.getFieldErrorCount(field) == 0) {
			errors.rejectValue(field, key);
		}
	}

	/** The form as sent with one blank row more, no problems shown. */
	private String withLine(GrantForm form, BindingResult errors, GrantView grant, Model model,
			HttpServletRequest request) {
		if (form == null) {
			return reshowGrant(null, grant, model, request);
		}
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "grantForm");
		model.addAttribute("grantForm", form.withBlankRows(1));
		return grantForm(grant, model);
	}

	/**
	 * The form again as sent. A value that cannot be read at all leaves no form
	 * (constructor binding), so the rows are counted from the request.
	 */
	private String reshowGrant(GrantForm form, GrantView grant, Model model, HttpServletRequest request) {
		model.addAttribute("formErrors", true);
		model.addAttribute("lineRows",
				rows((form != null) ? form.lines().size() : GrantForm.rowsSent(request.getParameterMap()),
						GrantForm.MAX_ROWS));
		model.addAttribute("grant", grant);
		return "program/grant-form";
	}

	private String grantForm(GrantView grant, Model model) {
		GrantForm form = (GrantForm) model.getAttribute("grantForm");
		model.addAttribute("lineRows",
				rows((form != null) ? form.lines().size() : GrantForm.BLANK_ROWS, GrantForm.MAX_ROWS));
		model.addAttribute("grant", grant);
		return "program/grant-form";
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
	@BulkExport(value = "grant-expenditures", permissions = Permission.PROGRAM_READ)
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
