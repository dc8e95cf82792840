package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a release covers a disclosure on a day (501.210(b), CON-2): in force from its
 * signing, not revoked, not expired, naming the recipient, the purpose and every category
 * sent. Each missing element is a problem of its own, so the refusal says all of them.
 */
final class DisclosureCoverage {

	static final String CATEGORY_FIELD = "categories.";

	private DisclosureCoverage() {
	}

	/**
	 * The problems, by field, that stop {@code request} under {@code release} on
	 * {@code day}; empty when the release covers it.
	 */
	static Map<String, String> problems(ReleaseTerms release, DisclosureRequest request, LocalDate day) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (release == null || !release.participantId().equals(request.participant().value())) {
			problems.put("release", "consent.disclosure.releaseNotFound");
			return problems;
		}
		if (day.isBefore(release.signedOn())) {
			problems.put("release", "consent.disclosure.notYetSigned");
		}
		else if (release.revokedOn() != null && !day.isBefore(release.revokedOn())) {
			problems.put("release", "consent.disclosure.revoked");
		}
		else if (!day.isBefore(release.expiresOn())) {
			problems.put("release", "consent.disclosure.expired");
		}
		// A release without its statutory elements is no release (740 ILCS 110/5, 42 CFR
		// 2.31).
		release.missingElements()
			.forEach((key) -> problems.put("release." + key.substring(key.lastIndexOf('.') + 1), key));
		if (!recipientMatches(release, request.recipient())) {
			problems.put("recipient", "consent.disclosure.recipientNotNamed");
		}
		if (!release.purposes().contains(request.purpose())) {
			problems.put("purpose", "consent.disclosure.purposeNotCovered");
		}
		if (request.categories().isEmpty()) {
			problems.put("categories", "consent.disclosure.noCategories");
		}
		request.categories()
			.stream()
			.sorted()
			.filter((category) -> !release.categories().contains(category))
			.forEach((category) -> problems.put(CATEGORY_FIELD + category.name(),
					"consent.disclosure.categoryNotCovered." + category.name()));
		return problems;
	}

	private static boolean recipientMatches(ReleaseTerms release, ReleaseRecipient recipient) {
		if (release.recipientKind() != recipient.kind()) {
			return false;
		}
		return switch (recipient.kind()) {
			case PARTNER_AGENCY -> Objects.equals(release.partnerAgencyId(), recipient.partnerAgencyId());
			case OTHER -> release.recipientName() != null
					&& normalised(release.recipientName()).equals(normalised(recipient.name()));
			case REFERRAL_SOURCE -> true;
		};
	}

	private static String normalised(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
