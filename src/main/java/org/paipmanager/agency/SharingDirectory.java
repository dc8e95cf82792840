package org.paipmanager.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Shares the partner-agency directory with a region as Open Referral HSDS 3.0 JSON
 * (COO-1). The export never holds a confidential location's address (501.105, victim
 * safety). An import is checked in full and previewed first; applying it adds and updates
 * entries in one transaction, so a bad file leaves the directory as it was.
 */
@Service
public class SharingDirectory {

	static final String RECORD_TYPE = "partner-agency-hsds";

	private final AgencyManagement agencies;

	private final PartnerAgencies partners;

	private final HsdsDirectory hsds;

	private final Validator validator;

	private final AuditLog audit;

	SharingDirectory(AgencyManagement agencies, PartnerAgencies partners, JsonMapper json, Validator validator,
			AuditLog audit) {
		this.agencies = agencies;
		this.partners = partners;
		this.hsds = new HsdsDirectory(json);
		this.validator = validator;
		this.audit = audit;
	}

	/** The whole directory as an HSDS 3.0 document. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public String export() {
		List<PartnerAgencyEntry> entries = this.agencies.entries();
		this.audit.record(AuditAction.EXPORT, RECORD_TYPE, null, "organizations=" + entries.size());
		return this.hsds.export(entries);
	}

	/** The largest file an import takes (only for those who may import). */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	public int maxFileBytes() {
		return HsdsDirectory.MAX_BYTES;
	}

	/**
	 * What importing the file would add and update; nothing is written.
	 * @throws PartnerAgencyRefused when the file is too large, not JSON, or not an HSDS
	 * directory this program can read
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional(readOnly = true)
	public HsdsImportPreview preview(byte[] file) {
		List<PartnerAgencyEntry> existing = this.agencies.entries();
		return new HsdsImportPreview(checked(file).stream()
			.map((org) -> new HsdsImportPreview.Line(org.command().name(), org.command().category(),
					match(existing, org.hsdsId()).isPresent() ? HsdsImportPreview.Action.UPDATE
							: HsdsImportPreview.Action.ADD,
					org.command().confidentialLocation(), org.addressDropped()))
			.toList());
	}

	/**
	 * Adds and updates the file's organizations, all in one transaction.
	 * @throws PartnerAgencyRefused when the file cannot be imported; nothing was written
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public HsdsImportPreview importFile(byte[] file) {
		List<HsdsDirectory.Organization> organizations = checked(file);
		List<PartnerAgencyEntry> existing = this.agencies.entries();
		UUID agencyId = CurrentActor.require().agencyId().value();
		List<HsdsImportPreview.Line> lines = new ArrayList<>();
		for (HsdsDirectory.Organization org : organizations) {
			Optional<PartnerAgencyEntry> match = match(existing, org.hsdsId());
			if (match.isPresent()) {
				PartnerAgency agency = this.agencies.load(match.get().id());
				agency.apply(org.command());
				this.partners.save(agency);
			}
			else {
				this.partners.save(PartnerAgency.create(UUID.randomUUID(), agencyId, org.command(), org.hsdsId()));
			}
			lines.add(new HsdsImportPreview.Line(org.command().name(), org.command().category(),
					match.isPresent() ? HsdsImportPreview.Action.UPDATE : HsdsImportPreview.Action.ADD,
					org.command().confidentialLocation(), org.addressDropped()));
		}
		HsdsImportPreview result = new HsdsImportPreview(lines);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, null,
				"import added=" + result.added() + ", updated=" + result.updated());
		return result;
	}

	private List<HsdsDirectory.Organization> checked(byte[] file) {
		List<HsdsDirectory.Organization> organizations = this.hsds.read(file);
		int position = 0;
		for (HsdsDirectory.Organization org : organizations) {
			position++;
			Set<ConstraintViolation<PartnerAgencyCommand>> violations = this.validator.validate(org.command());
			if (!violations.isEmpty()) {
				ConstraintViolation<PartnerAgencyCommand> first = violations.iterator().next();
				throw HsdsDirectory.refusedOrganization(position, first.getPropertyPath() + " is not valid");
			}
		}
		return organizations;
	}

	private static Optional<PartnerAgencyEntry> match(List<PartnerAgencyEntry> existing, String hsdsId) {
		return existing.stream()
			.filter((entry) -> hsdsId.equals(entry.hsdsId()) || hsdsId.equals(entry.id().toString()))
			.findFirst();
	}

}
