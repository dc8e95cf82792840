package org.paipmanager.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The agency of the signed-in user and its partner-agency directory (COO-1,
 * 501.105(a)-(c)). Row-level security limits every query to the current agency; directory
 * searches and changes are audited. A stale change fails with an optimistic-locking
 * conflict (409).
 */
@Service
@Validated
public class AgencyManagement {

	static final String RECORD_TYPE = "partner-agency";

	private static final long PROFILE_KEPT_NANOS = 60_000_000_000L;

	private static final String LISTING = "select id, name, category, phone, county, confidential_location from partner_agency";

	private final Agencies agencies;

	private final PartnerAgencies partners;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate readOnly;

	/**
	 * Agency profiles by id, each kept for a minute: every page header shows the agency's
	 * name, and the application registers agencies but never changes them, so a page need
	 * not open a transaction for it (issue 6 load benchmark).
	 */
	private final Map<UUID, CachedProfile> profiles = new ConcurrentHashMap<>();

	AgencyManagement(Agencies agencies, PartnerAgencies partners, JdbcClient jdbc, AuditLog audit,
			PlatformTransactionManager transactionManager) {
		this.agencies = agencies;
		this.partners = partners;
		this.jdbc = jdbc;
		this.audit = audit;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The current actor's agency; empty outside an agency scope. Read at most once a
	 * minute per agency.
	 */
	public Optional<AgencyProfile> currentAgency() {
		Optional<Actor> actor = CurrentActor.get();
		if (actor.isEmpty()) {
			return Optional.empty();
		}
		UUID id = actor.get().agencyId().value();
		long now = System.nanoTime();
		CachedProfile cached = this.profiles.get(id);
		if (cached != null && now - cached.readAt() < PROFILE_KEPT_NANOS) {
			return Optional.of(cached.profile());
		}
		Optional<AgencyProfile> profile = this.readOnly
			.execute((status) -> this.agencies.findById(id).map(Agency::toProfile));
		profile.ifPresent((found) -> this.profiles.put(id, new CachedProfile(found, now)));
		return profile;
	}

	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> partnerAgencies() {
		// The listing's columns only: loading the aggregates would also read every
		// agency's contacts and services, one query per agency (issue 9 two-node load).
		return this.jdbc.sql(LISTING + " order by category, name").query(AgencyManagement::listing).list();
	}

	/** One directory entry as a listing, when it is in the agency's directory. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional(readOnly = true)
	public Optional<PartnerAgencyListing> listing(UUID id) {
		return this.jdbc.sql(LISTING + " where id = ?").param(id).query(AgencyManagement::listing).optional();
	}

	/** Names of the directory's agencies by id, unaudited: for the module's own use. */
	Map<UUID, String> names() {
		Map<UUID, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from partner_agency")
			.query((rs, row) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return names;
	}

	private static PartnerAgencyListing listing(ResultSet rs, int row) throws SQLException {
		return new PartnerAgencyListing(rs.getObject("id", UUID.class), rs.getString("name"),
				PartnerAgencyCategory.valueOf(rs.getString("category")), rs.getString("phone"), rs.getString("county"),
				rs.getBoolean("confidential_location"));
	}

	/** Directory entries matching the search, by category and name. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public List<PartnerAgencyEntry> searchDirectory(DirectorySearch search) {
		List<PartnerAgencyEntry> found = entries().stream().filter(search::matches).toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null, "rows=" + found.size());
		return found;
	}

	/**
	 * One directory entry.
	 * @throws RecordNotFoundException when it is not in the current agency's directory
	 */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public PartnerAgencyEntry partnerAgency(UUID id) {
		PartnerAgencyEntry entry = load(id).toEntry();
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
		return entry;
	}

	/** An empty entry for the add form (only for those who may change the directory). */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	public PartnerAgencyCommand newPartnerAgency() {
		return new PartnerAgencyCommand("", null, null, null, null, null, null, null, null, null, null, List.of(),
				List.of(), false, List.of(), List.of());
	}

	/** An entry for the edit form (only for those who may change the directory). */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public PartnerAgencyEntry partnerAgencyToChange(UUID id) {
		return partnerAgency(id);
	}

	/**
	 * Adds an entry to the directory.
	 * @throws PartnerAgencyRefused when a confidential location is given an address
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public UUID addPartnerAgency(@Valid PartnerAgencyCommand command) {
		refuseConfidentialAddress(command);
		UUID id = UUID.randomUUID();
		this.partners.save(PartnerAgency.create(id, CurrentActor.require().agencyId().value(), command, null));
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "category=" + command.category());
		return id;
	}

	/**
	 * Changes an entry as it stood at {@code version}.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone
	 * changed it since
	 * @throws RecordNotFoundException when it is not in the current agency's directory
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public PartnerAgencyEntry updatePartnerAgency(UUID id, long version, @Valid PartnerAgencyCommand command) {
		refuseConfidentialAddress(command);
		PartnerAgency agency = load(id);
		agency.apply(command);
		agency.expectVersion(version);
		PartnerAgencyEntry saved = this.partners.save(agency).toEntry();
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "category=" + command.category());
		return saved;
	}

	/** Every entry, by category and name, unaudited: for the module's own use. */
	List<PartnerAgencyEntry> entries() {
		return this.partners.findAllByOrderByCategoryAscNameAsc().stream().map(PartnerAgency::toEntry).toList();
	}

	PartnerAgency load(UUID id) {
		return this.partners.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	static void refuseConfidentialAddress(PartnerAgencyCommand command) {
		if (command.confidentialLocation() && command.hasAddress()) {
			// Victim safety: a shelter's address is never held, shown or exported.
			throw new PartnerAgencyRefused("A confidential location has no address. Nothing was saved.",
					Map.of("addressLine", "agency.partner.confidentialAddress"));
		}
	}

	/**
	 * Registers a new PAIP agency (an operator action, run as that agency's system
	 * actor).
	 */
	@Transactional
	public AgencyId registerAgency(AgencyId id, String name, String shortName, String county, String phone,
			boolean demo) {
		requireScope(id);
		this.agencies.save(Agency.register(id.value(), name, shortName, county, phone, demo));
		return id;
	}

	/** Adds a partner agency to the current agency's directory. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public UUID addPartnerAgency(String name, PartnerAgencyCategory category, String phone, String county,
			boolean confidentialLocation) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.partners.save(new PartnerAgency(id, actor.agencyId().value(), name, category, phone, county,
				confidentialLocation, null));
		return id;
	}

	/** Whether any agency exists at all (demo seeding runs only on an empty database). */
	@Transactional(readOnly = true)
	public boolean anyAgencyExists() {
		return this.agencies.anyAgencyExists();
	}

	private static void requireScope(AgencyId id) {
		if (!CurrentActor.require().agencyId().equals(id)) {
			throw new IllegalStateException("An agency is registered by its own system actor");
		}
	}

	private record CachedProfile(AgencyProfile profile, long readAt) {
	}

}
