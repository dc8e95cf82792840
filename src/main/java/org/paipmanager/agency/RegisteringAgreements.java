package org.paipmanager.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The registry of inter-agency agreements (MOUs, COO-4), including multi-county ones:
 * parties from the partner-agency directory with their roles, counties, data-sharing
 * terms and term. An agreement within {@value AgreementView#RENEWAL_WINDOW_DAYS} days of
 * its end, or past it, is flagged for renewal. A stale change is a conflict (409).
 */
@Service
@Validated
public class RegisteringAgreements {

	static final String RECORD_TYPE = "agency-agreement";

	private final Agreements agreements;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final Clock clock;

	RegisteringAgreements(Agreements agreements, AgencyManagement agencies, AuditLog audit, Clock clock) {
		this.agreements = agreements;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every agreement, the one ending soonest first. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public List<AgreementView> agreements() {
		List<AgreementView> found = views(this.agreements.findAllByOrderByEndsOnAsc());
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null, "rows=" + found.size());
		return found;
	}

	/** The agreements due for renewal within the window or already expired. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public List<AgreementView> renewalsDue() {
		List<AgreementView> due = views(this.agreements.findAllByOrderByEndsOnAsc()).stream()
			.filter(AgreementView::needsRenewal)
			.toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-renewals", null, "rows=" + due.size());
		return due;
	}

	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public AgreementView agreement(UUID id) {
		AgreementView view = views(List.of(load(id))).getFirst();
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
		return view;
	}

	/** An empty agreement for the add form, its term starting today for a year. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	public AgreementCommand newAgreement() {
		LocalDate today = LocalDate.now(this.clock);
		return new AgreementCommand("", List.of(), List.of(), null, today, today.plusYears(1));
	}

	/** An agreement for the edit form (only for those who may change the registry). */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public AgreementView agreementToChange(UUID id) {
		return agreement(id);
	}

	/**
	 * Registers an agreement.
	 * @throws PartnerAgencyRefused when the term ends before it starts or a party is not
	 * in the directory
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public UUID register(@Valid AgreementCommand command) {
		check(command);
		UUID id = UUID.randomUUID();
		Agreement agreement = new Agreement(id, CurrentActor.require().agencyId().value(), null);
		agreement.apply(command);
		this.agreements.save(agreement);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"parties=" + command.parties().size() + ", counties=" + command.counties().size());
		return id;
	}

	/**
	 * Changes an agreement as it stood at {@code version}.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone
	 * changed it since
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public AgreementView update(UUID id, long version, @Valid AgreementCommand command) {
		check(command);
		Agreement agreement = load(id);
		agreement.apply(command);
		agreement.expectVersion(version);
		Agreement saved = this.agreements.save(agreement);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(),
				"parties=" + command.parties().size() + ", counties=" + command.counties().size());
		return views(List.of(saved)).getFirst();
	}

	private void check(AgreementCommand command) {
		Map<String, String> problems = new HashMap<>();
		if (!command.endsOn().isAfter(command.startsOn())) {
			problems.put("endsOn", "agency.agreement.endBeforeStart");
		}
		Set<UUID> known = this.agencies.names().keySet();
		if (command.parties().stream().anyMatch((party) -> !known.contains(party.partnerAgencyId()))) {
			problems.put("parties", "agency.agreement.unknownParty");
		}
		if (!problems.isEmpty()) {
			throw new PartnerAgencyRefused("The agreement was not saved.", problems);
		}
	}

	private Agreement load(UUID id) {
		return this.agreements.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private List<AgreementView> views(List<Agreement> found) {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, String> names = this.agencies.names();
		return found.stream().map((agreement) -> agreement.toView(today, names)).toList();
	}

}
