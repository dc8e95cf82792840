package org.paipmanager.program.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.ContinuationPlanCommand;
import org.paipmanager.program.ContinuationPlanView;
import org.paipmanager.program.DueItem;
import org.paipmanager.program.ExpenditureCommand;
import org.paipmanager.program.GrantCommand;
import org.paipmanager.program.GrantView;
import org.paipmanager.program.GrievanceCommand;
import org.paipmanager.program.GrievanceResponseCommand;
import org.paipmanager.program.GrievanceView;
import org.paipmanager.program.InnovationCommand;
import org.paipmanager.program.InnovationDecisionCommand;
import org.paipmanager.program.InnovationEvaluationCommand;
import org.paipmanager.program.InnovationView;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProgramManagement;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationCommand;
import org.paipmanager.program.ProtocolApplicationView;
import org.paipmanager.program.ProtocolDecisionCommand;
import org.paipmanager.program.QuarterDocumentation;
import org.paipmanager.program.RemovalCommand;
import org.paipmanager.program.RenewalNoticeCommand;
import org.paipmanager.program.SharingCommand;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Program administration as JSON (PRG-6, PRG-8, PRG-9, PRG-10): the due list, protocol
 * applications and grievances, the continuation plan, innovation proposals and grants. A
 * change to an existing record names the version it was made against; a stale one is a
 * 409. Refusals are problem+json naming each field.
 */
@RestController
@RequestMapping("/api/program")
class ProgramApi {

	private final ProgramManagement program;

	private final ApplyingForProtocol protocol;

	private final PlanningContinuation continuation;

	private final ProposingInnovation innovation;

	private final AccountingForGrants grants;

	ProgramApi(ProgramManagement program, ApplyingForProtocol protocol, PlanningContinuation continuation,
			ProposingInnovation innovation, AccountingForGrants grants) {
		this.program = program;
		this.protocol = protocol;
		this.continuation = continuation;
		this.innovation = innovation;
		this.grants = grants;
	}

	/** The day the expenditure documentation of a quarter was sent to the funder. */
	record QuarterSent(LocalDate sentOn) {
	}

	@GetMapping("/due")
	List<DueItem> due(@RequestParam(defaultValue = "90") int window) {
		return this.program.due(window);
	}

	@GetMapping("/protocol-applications")
	List<ProtocolApplicationView> applications() {
		return this.protocol.applications();
	}

	@GetMapping("/protocol-applications/{id}")
	ProtocolApplicationView application(@PathVariable UUID id) {
		return this.protocol.application(id);
	}

	@PostMapping("/protocol-applications")
	ResponseEntity<ProtocolApplicationView> submit(@Valid @RequestBody ProtocolApplicationCommand application) {
		UUID id = this.protocol.submit(application);
		return ResponseEntity.created(URI.create("/api/program/protocol-applications/" + id))
			.body(this.protocol.application(id));
	}

	@PostMapping("/protocol-applications/{id}/decision")
	ProtocolApplicationView decide(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody ProtocolDecisionCommand decision) {
		return this.protocol.decide(id, version, decision);
	}

	@PostMapping("/protocol-applications/{id}/renewal-notice")
	ProtocolApplicationView renewalNotice(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody RenewalNoticeCommand notice) {
		return this.protocol.recordRenewalNotice(id, version, notice);
	}

	@PostMapping("/protocol-applications/{id}/removal")
	ProtocolApplicationView removal(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody RemovalCommand removal) {
		return this.protocol.recordRemoval(id, version, removal);
	}

	@GetMapping("/grievances")
	List<GrievanceView> grievances() {
		return this.protocol.grievances();
	}

	@GetMapping("/grievances/{id}")
	GrievanceView grievance(@PathVariable UUID id) {
		return this.protocol.grievance(id);
	}

	@PostMapping("/grievances")
	ResponseEntity<GrievanceView> file(@Valid @RequestBody GrievanceCommand grievance) {
		UUID id = this.protocol.fileGrievance(grievance);
		return ResponseEntity.created(URI.create("/api/program/grievances/" + id)).body(this.protocol.grievance(id));
	}

	@PostMapping("/grievances/{id}/response")
	GrievanceView respond(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody GrievanceResponseCommand response) {
		return this.protocol.recordResponse(id, version, response);
	}

	@GetMapping("/continuation-plan")
	ContinuationPlanView plan() {
		return this.continuation.plan().orElseThrow(() -> new RecordNotFoundException("continuation plan", "current"));
	}

	/** Writes the plan: the first one without {@code version}. */
	@PutMapping("/continuation-plan")
	ContinuationPlanView savePlan(@RequestParam(required = false) Long version,
			@Valid @RequestBody ContinuationPlanCommand plan) {
		return this.continuation.save(version, plan);
	}

	@PostMapping("/continuation-plan/sharing")
	ContinuationPlanView share(@Valid @RequestBody SharingCommand sharing) {
		return this.continuation.recordSharing(sharing);
	}

	@GetMapping("/innovations")
	List<InnovationView> innovations() {
		return this.innovation.proposals();
	}

	@GetMapping("/innovations/{id}")
	InnovationView innovation(@PathVariable UUID id) {
		return this.innovation.proposal(id);
	}

	@PostMapping("/innovations")
	ResponseEntity<InnovationView> propose(@Valid @RequestBody InnovationCommand proposal) {
		UUID id = this.innovation.submit(proposal);
		return ResponseEntity.created(URI.create("/api/program/innovations/" + id)).body(this.innovation.proposal(id));
	}

	@PostMapping("/innovations/{id}/decision")
	InnovationView decideInnovation(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody InnovationDecisionCommand decision) {
		return this.innovation.decide(id, version, decision);
	}

	@PostMapping("/innovations/{id}/evaluation")
	InnovationView evaluate(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody InnovationEvaluationCommand evaluation) {
		return this.innovation.recordEvaluation(id, version, evaluation);
	}

	@GetMapping("/grants")
	List<GrantView> grants() {
		return this.grants.grants();
	}

	@GetMapping("/grants/{id}")
	GrantView grant(@PathVariable UUID id) {
		return this.grants.grant(id);
	}

	@PostMapping("/grants")
	ResponseEntity<GrantView> register(@Valid @RequestBody GrantCommand grant) {
		UUID id = this.grants.register(grant);
		return ResponseEntity.created(URI.create("/api/program/grants/" + id)).body(this.grants.grant(id));
	}

	@PutMapping("/grants/{id}")
	GrantView update(@PathVariable UUID id, @RequestParam long version, @Valid @RequestBody GrantCommand grant) {
		return this.grants.update(id, version, grant);
	}

	@PostMapping("/grants/{id}/expenditures")
	ResponseEntity<GrantView> spend(@PathVariable UUID id, @Valid @RequestBody ExpenditureCommand expenditure) {
		this.grants.recordExpenditure(id, expenditure);
		return ResponseEntity.created(URI.create("/api/program/grants/" + id)).body(this.grants.grant(id));
	}

	@GetMapping("/grants/{id}/quarters/{quarter}")
	QuarterDocumentation quarter(@PathVariable UUID id, @PathVariable int quarter) {
		return this.grants.documentation(id, quarter);
	}

	@PostMapping("/grants/{id}/quarters/{quarter}/sent")
	GrantView sent(@PathVariable UUID id, @PathVariable int quarter, @RequestBody QuarterSent sent) {
		return this.grants.recordQuarterSent(id, quarter, sent.sentOn());
	}

}
