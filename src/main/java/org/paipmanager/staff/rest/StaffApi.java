package org.paipmanager.staff.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.ComplianceDashboard;
import org.paipmanager.staff.DatedCommand;
import org.paipmanager.staff.StaffDetails;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;
import org.paipmanager.staff.StaffSummary;
import org.paipmanager.staff.TrainingCommand;
import org.paipmanager.staff.TrainingPlanApprovalCommand;

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
 * Staff records as JSON. A PUT carries the version it read; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/staff")
class StaffApi {

	private final StaffManagement staff;

	StaffApi(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping
	List<StaffSummary> list() {
		return this.staff.list();
	}

	/**
	 * The staff compliance dashboard: overdue and due within {@code within} days (30, 60
	 * or 90; anything else is a 400 problem).
	 */
	@GetMapping("/compliance")
	ComplianceDashboard compliance(@RequestParam(defaultValue = "30") int within) {
		return this.staff.complianceDashboard(within);
	}

	@GetMapping("/{id}")
	StaffDetails get(@PathVariable StaffId id) {
		return this.staff.get(id);
	}

	@PostMapping
	ResponseEntity<StaffDetails> create(@Valid @RequestBody StaffProfileCommand profile) {
		StaffId id = this.staff.register(profile);
		return ResponseEntity.created(URI.create("/api/staff/" + id)).body(this.staff.get(id));
	}

	@PutMapping("/{id}")
	StaffDetails update(@PathVariable StaffId id, @Valid @RequestBody StaffProfileCommand profile) {
		return this.staff.update(id, profile);
	}

	@PostMapping("/{id}/training")
	StaffDetails addTraining(@PathVariable StaffId id, @Valid @RequestBody TrainingCommand training) {
		this.staff.addTraining(id, training);
		return this.staff.get(id);
	}

	/** 501.290(b): the Department approved the training plan on the given day. */
	@PostMapping("/{id}/training-plan/approval")
	StaffDetails recordTrainingPlanApproval(@PathVariable StaffId id,
			@Valid @RequestBody TrainingPlanApprovalCommand approval) {
		this.staff.recordTrainingPlanApproval(id, approval);
		return this.staff.get(id);
	}

	/** 501.290(b): the training plan went to the Department on the given day. */
	@PostMapping("/{id}/training-plan")
	StaffDetails recordTrainingPlan(@PathVariable StaffId id, @Valid @RequestBody DatedCommand submitted) {
		this.staff.recordTrainingPlan(id, submitted);
		return this.staff.get(id);
	}

	/**
	 * 501.290(b): the documentation of the training entry at {@code position} went to the
	 * Department.
	 */
	@PostMapping("/{id}/training/{position}/sent")
	StaffDetails recordEvidenceSent(@PathVariable StaffId id, @PathVariable int position,
			@Valid @RequestBody DatedCommand sent) {
		this.staff.recordEvidenceSent(id, position, sent);
		return this.staff.get(id);
	}

	/** The person left the program on the given day. */
	@PostMapping("/{id}/departure")
	StaffDetails recordDeparture(@PathVariable StaffId id, @Valid @RequestBody DatedCommand left) {
		this.staff.recordDeparture(id, left);
		return this.staff.get(id);
	}

}
