package org.paipmanager.consent;

import java.util.Objects;
import java.util.UUID;

/**
 * The recipient a disclosure goes to, as a release in force must name it.
 *
 * @param kind partner agency, referral source or another named recipient
 * @param partnerAgencyId the directory entry, for {@link RecipientKind#PARTNER_AGENCY}
 * @param name the recipient's name, for {@link RecipientKind#OTHER} (matched ignoring
 * case)
 */
public record ReleaseRecipient(RecipientKind kind, UUID partnerAgencyId, String name) {

	public ReleaseRecipient {
		Objects.requireNonNull(kind, "recipient kind");
		if (kind == RecipientKind.PARTNER_AGENCY) {
			Objects.requireNonNull(partnerAgencyId, "partner agency");
		}
		if (kind == RecipientKind.OTHER && (name == null || name.isBlank())) {
			throw new IllegalArgumentException("Another recipient is named");
		}
	}

	public static ReleaseRecipient partnerAgency(UUID partnerAgencyId) {
		return new ReleaseRecipient(RecipientKind.PARTNER_AGENCY, partnerAgencyId, null);
	}

	public static ReleaseRecipient referralSource() {
		return new ReleaseRecipient(RecipientKind.REFERRAL_SOURCE, null, null);
	}

	public static ReleaseRecipient named(String name) {
		return new ReleaseRecipient(RecipientKind.OTHER, null, name);
	}

}
