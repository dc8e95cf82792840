package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A signed release of information. The only change it knows is revocation; it is never
 * deleted, so what was disclosed under it stays traceable.
 */
@Table("consent_release")
class Release {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private final UUID participantId;

	private final RecipientKind recipientKind;

	private final UUID partnerAgencyId;

	private final String recipientName;

	private final String referralSource;

	private final String[] categories;

	private final String[] purposes;

	private final String purposeDetail;

	private final ReleaseBasis basis;

	private final LocalDate signedOn;

	private final LocalDate expiresOn;

	@Embedded.Empty
	private final ReleaseElements elements;

	private LocalDate revokedOn;

	private String revocationReason;

	private String revokedByUsername;

	private final UUID recordedByStaffId;

	private final String recordedByUsername;

	@Version
	private Long version;

	Release(UUID id, UUID agencyId, UUID participantId, RecipientKind recipientKind, UUID partnerAgencyId,
			String recipientName, String referralSource, String[] categories, String[] purposes, String purposeDetail,
			ReleaseBasis basis, LocalDate signedOn, LocalDate expiresOn, ReleaseElements elements, LocalDate revokedOn,
			String revocationReason, String revokedByUsername, UUID recordedByStaffId, String recordedByUsername,
			Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.participantId = participantId;
		this.recipientKind = recipientKind;
		this.partnerAgencyId = partnerAgencyId;
		this.recipientName = recipientName;
		this.referralSource = referralSource;
		this.categories = categories.clone();
		this.purposes = purposes.clone();
		this.purposeDetail = purposeDetail;
		this.basis = basis;
		this.signedOn = signedOn;
		this.expiresOn = expiresOn;
		this.elements = elements;
		this.revokedOn = revokedOn;
		this.revocationReason = revocationReason;
		this.revokedByUsername = revokedByUsername;
		this.recordedByStaffId = recordedByStaffId;
		this.recordedByUsername = recordedByUsername;
		this.version = version;
	}

	/**
	 * A newly signed release. {@code recipientName} is the partner agency's name or the
	 * other recipient's; {@code referralSource} is set for a referral-source recipient.
	 */
	static Release sign(UUID agencyId, UUID participantId, ReleaseCommand command, String disclosingProgram,
			String recipientName, ReferralSource referralSource, UUID staffId, String username) {
		return new Release(UUID.randomUUID(), agencyId, participantId, command.recipientKind(),
				(command.recipientKind() == RecipientKind.PARTNER_AGENCY) ? command.partnerAgencyId() : null,
				recipientName, (referralSource != null) ? referralSource.name() : null, names(command.categories()),
				names(command.purposes()), blankToNull(command.purposeDetail()), command.basis(), command.signedOn(),
				command.expiresOn(), ReleaseElements.of(command, disclosingProgram), null, null, null, staffId,
				username, null);
	}

	/**
	 * Where the release stands on a day: revoked from its revocation date, expired from
	 * its expiry date, otherwise in force from the day it was signed.
	 */
	ReleaseStatus statusOn(LocalDate day) {
		if (this.revokedOn != null && !day.isBefore(this.revokedOn)) {
			return ReleaseStatus.REVOKED;
		}
		if (!day.isBefore(this.expiresOn)) {
			return ReleaseStatus.EXPIRED;
		}
		return ReleaseStatus.IN_FORCE;
	}

	/**
	 * Withdraws the release from {@code on}.
	 * @throws ConsentRefusal when it was already revoked or the date precedes the signing
	 */
	void revoke(LocalDate on, String reason, String username) {
		if (this.revokedOn != null) {
			throw new ConsentRefusal("revokedOn", "consent.revocation.alreadyRevoked", "501.210(b)");
		}
		if (on.isBefore(this.signedOn)) {
			throw new ConsentRefusal("revokedOn", "consent.revocation.beforeSigned", "501.210(b)");
		}
		this.revokedOn = on;
		this.revocationReason = reason.strip();
		this.revokedByUsername = username;
	}

	ReleaseView toView(LocalDate today) {
		return new ReleaseView(new ReleaseId(this.id), this.version, this.recipientKind, this.partnerAgencyId,
				this.recipientName, (this.referralSource != null) ? ReferralSource.valueOf(this.referralSource) : null,
				Arrays.stream(this.categories).map(InformationCategory::valueOf).sorted().toList(),
				Arrays.stream(this.purposes).map(ReleasePurpose::valueOf).sorted().toList(), this.purposeDetail,
				this.basis, this.signedOn, this.expiresOn, this.elements, this.revokedOn, this.revocationReason,
				this.revokedByUsername, this.recordedByUsername, statusOn(today));
	}

	UUID id() {
		return this.id;
	}

	UUID participantId() {
		return this.participantId;
	}

	Long version() {
		return this.version;
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		List<String> sorted = values.stream().map(Enum::name).sorted().toList();
		return sorted.toArray(String[]::new);
	}

	/** Null for blank text, else the text without surrounding spaces. */
	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
