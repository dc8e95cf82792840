package org.paipmanager.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureRefused;
import org.paipmanager.consent.DisclosureRequest;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.consent.ReleaseRecipient;
import org.paipmanager.consent.ReleaseView;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Referrals of participants to other agencies (501.115(b)(8)-(10), 501.135(a),
 * 501.125(d)(3), 501.230(e)). A referral is made only under a release of information in
 * force that day that covers the agency (501.115(b)(11)(B), 501.210(b)), and goes out
 * through the consent module's disclosure service, which checks the release again as it
 * stands now and writes the disclosure ledger row (CON-2); it is never changed
 * afterwards. Every read and record is audited in the same transaction.
 */
@Service
@Validated
public class CoordinationManagement {

	static final String RECORD_TYPE = "outgoing-referral";

	private static final String RELEASE_RULE = "501.115(b)(11)(B)";

	private final ConsentManagement consent;

	private final DisclosingInformation disclosures;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	CoordinationManagement(ConsentManagement consent, DisclosingInformation disclosures,
			ParticipantManagement participants, AgencyManagement agencies, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.consent = consent;
		this.disclosures = disclosures;
		this.participants = participants;
		this.agencies = agencies;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An empty referral form dated today. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public OutgoingReferralCommand newReferral() {
		return OutgoingReferralCommand.blank(LocalDate.now(this.clock));
	}

	/** The partner agencies a participant can be referred to (501.105). */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> partnerAgencies() {
		return this.agencies.partnerAgencies();
	}

	/** The participant's releases to partner agencies that are in force today. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public List<ReleaseView> releaseChoices(ParticipantId id) {
		return this.consent.releases(id)
			.stream()
			.filter((release) -> release.inForce() && release.recipientKind() == RecipientKind.PARTNER_AGENCY)
			.toList();
	}

	/**
	 * Records a referral to a partner agency under the release that allows it.
	 * @throws OutgoingReferralRefused when no release in force that day covers referrals
	 * to that agency (501.115(b)(11)(B)), the agency is not in the directory, or the date
	 * precedes the participant's own referral
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID refer(ParticipantId id, @Valid OutgoingReferralCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		if (command.referredOn().isBefore(participant.referredOn())) {
			throw new OutgoingReferralRefused("referredOn", "coordination.referral.beforeReferral", RELEASE_RULE);
		}
		PartnerAgencyListing agency = this.agencies.listing(command.partnerAgencyId())
			.orElseThrow(() -> new OutgoingReferralRefused("partnerAgencyId", "coordination.referral.unknownPartner",
					"501.105"));
		ReleaseRecipient recipient = ReleaseRecipient.partnerAgency(agency.id());
		Optional<ReleaseId> release = (command.releaseId() != null)
				? Optional.of(new ReleaseId(command.releaseId()))
					.filter((chosen) -> this.consent.allows(chosen, id, recipient,
							InformationCategory.REFERRAL_FOR_SERVICES, command.referredOn()))
				: this.consent.releaseInForce(id, recipient, InformationCategory.REFERRAL_FOR_SERVICES,
						command.referredOn());
		ReleaseId allowedBy = release.orElseThrow(
				() -> new OutgoingReferralRefused("releaseId", "coordination.referral.noRelease", RELEASE_RULE));
		UUID referralId = UUID.randomUUID();
		disclose(id, recipient, allowedBy, agency.name(), command.category(), referralId);
		Actor actor = CurrentActor.require();
		// A referral made is a fact: append-only, plain SQL.
		this.jdbc.sql("""
				insert into coordination_outgoing_referral (id, agency_id, participant_id, category, partner_agency_id,
				    partner_agency_name, purpose, referred_on, release_id, recorded_by_staff_id, recorded_by_username,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(referralId, actor.agencyId().value(), id.value(), command.category().name(), agency.id(),
					agency.name(), command.purpose().strip(), command.referredOn(), allowedBy.value(),
					actor.staffUuid(), actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, referralId.toString(),
				"participant=" + id + ", category=" + command.category() + ", release=" + allowedBy);
		return referralId;
	}

	/**
	 * The referral goes out through the disclosure service, which checks the release as
	 * it stands now and writes the disclosure ledger row in this transaction (CON-2).
	 */
	private void disclose(ParticipantId id, ReleaseRecipient recipient, ReleaseId release, String agencyName,
			ReferralCategory category, UUID referralId) {
		try {
			this.disclosures.disclose(DisclosureRequest.underRelease(id, recipient, ReleasePurpose.REFERRAL_TO_SERVICES,
					Set.of(InformationCategory.REFERRAL_FOR_SERVICES),
					"Referral to " + agencyName + " (" + category + ")", "outgoing referral " + referralId, release));
		}
		catch (DisclosureRefused refused) {
			throw new OutgoingReferralRefused("releaseId", "coordination.referral.noRelease", RELEASE_RULE);
		}
	}

	/** A participant's referrals to other agencies, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<OutgoingReferral> referrals(ParticipantId id) {
		List<OutgoingReferral> found = this.jdbc.sql("""
				select id, category, partner_agency_id, partner_agency_name, purpose, referred_on, release_id,
				       recorded_by_username, recorded_at
				from coordination_outgoing_referral where participant_id = ?
				order by referred_on desc, recorded_at desc""")
			.param(id.value())
			.query((rs, row) -> new OutgoingReferral(rs.getObject("id", UUID.class),
					ReferralCategory.valueOf(rs.getString("category")), rs.getObject("partner_agency_id", UUID.class),
					rs.getString("partner_agency_name"), rs.getString("purpose"),
					rs.getObject("referred_on", LocalDate.class), new ReleaseId(rs.getObject("release_id", UUID.class)),
					rs.getString("recorded_by_username"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", id.toString(), "rows=" + found.size());
		return found;
	}

	/**
	 * How many referrals the agency made in each category from {@code from} to
	 * {@code to}, both included (for the Department's statistics). Counts only; no
	 * participant is named.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Map<ReferralCategory, Long> countByCategory(LocalDate from, LocalDate to) {
		Map<ReferralCategory, Long> counts = new EnumMap<>(ReferralCategory.class);
		for (ReferralCategory category : ReferralCategory.values()) {
			counts.put(category, 0L);
		}
		this.jdbc.sql("""
				select category, count(*) from coordination_outgoing_referral
				where referred_on between ? and ? group by category""")
			.params(from, to)
			.query((rs, row) -> counts.put(ReferralCategory.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-statistics", null, "from=" + from + ", to=" + to);
		return counts;
	}

}
