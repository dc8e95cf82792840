package org.paipmanager.agency.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.DirectorySearch;
import org.paipmanager.agency.HsdsImportPreview;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyCommand;
import org.paipmanager.agency.PartnerAgencyEntry;
import org.paipmanager.agency.SharingDirectory;

import org.springframework.http.MediaType;
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
 * The partner-agency directory as JSON (COO-1), and its exchange as Open Referral HSDS
 * 3.0. A change names the version it was made against; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/partner-agencies")
class PartnerAgencyApi {

	private final AgencyManagement agencies;

	private final SharingDirectory sharing;

	PartnerAgencyApi(AgencyManagement agencies, SharingDirectory sharing) {
		this.agencies = agencies;
		this.sharing = sharing;
	}

	@GetMapping
	List<PartnerAgencyEntry> search(@RequestParam(required = false) PartnerAgencyCategory category,
			@RequestParam(required = false) String county, @RequestParam(required = false) String language,
			@RequestParam(required = false) String q) {
		return this.agencies.searchDirectory(new DirectorySearch(category, county, language, q));
	}

	@GetMapping("/{id}")
	PartnerAgencyEntry get(@PathVariable UUID id) {
		return this.agencies.partnerAgency(id);
	}

	@PostMapping
	ResponseEntity<PartnerAgencyEntry> add(@Valid @RequestBody PartnerAgencyCommand entry) {
		UUID id = this.agencies.addPartnerAgency(entry);
		return ResponseEntity.created(URI.create("/api/partner-agencies/" + id)).body(this.agencies.partnerAgency(id));
	}

	@PutMapping("/{id}")
	PartnerAgencyEntry update(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody PartnerAgencyCommand entry) {
		return this.agencies.updatePartnerAgency(id, version, entry);
	}

	@BulkExport(value = "hsds-directory", permissions = Permission.AGENCY_READ)
	@GetMapping(path = "/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
	String export() {
		return this.sharing.export();
	}

	/**
	 * Imports an HSDS document; with {@code preview=true} only says what it would add and
	 * update.
	 */
	@PostMapping(path = "/hsds", consumes = MediaType.APPLICATION_JSON_VALUE)
	HsdsImportPreview importFile(@RequestBody String document, @RequestParam(defaultValue = "false") boolean preview) {
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		return preview ? this.sharing.preview(bytes) : this.sharing.importFile(bytes);
	}

}
