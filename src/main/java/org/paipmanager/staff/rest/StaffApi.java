package org.paipmanager.staff.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.StaffDetails;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;
import org.paipmanager.staff.StaffSummary;
import org.paipmanager.staff.TrainingCommand;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

}
