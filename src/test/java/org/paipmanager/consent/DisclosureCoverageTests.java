package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.shared.ParticipantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.paipmanager.consent.InformationCategory.ATTENDANCE_AND_COMPLIANCE;
import static org.paipmanager.consent.InformationCategory.PROGRESS_AND_FINAL_REPORTS;
import static org.paipmanager.consent.InformationCategory.SCREENING_INFORMATION;
import static org.paipmanager.consent.InformationCategory.SUBSTANCE_USE_TREATMENT;

/**
 * The coverage rules of the disclosure service, without Spring (CON-2, 501.210(b)).
 */
class DisclosureCoverageTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final UUID PARTICIPANT = UUID.randomUUID();

	private static final UUID PARTNER = UUID.randomUUID();

	private static ReleaseTerms release(LocalDate signedOn, LocalDate expiresOn, LocalDate revokedOn) {
		return new ReleaseTerms(PARTICIPANT, RecipientKind.PARTNER_AGENCY, PARTNER, "Northside Treatment",
				Set.of(ATTENDANCE_AND_COMPLIANCE, PROGRESS_AND_FINAL_REPORTS), Set.of(ReleasePurpose.REPORT_COMPLIANCE),
				signedOn, expiresOn, revokedOn, List.of());
	}

	private static ReleaseTerms inForce() {
		return release(TODAY.minusMonths(1), TODAY.plusMonths(6), null);
	}

	private static DisclosureRequest request(ReleaseRecipient recipient, ReleasePurpose purpose,
			InformationCategory... categories) {
		return DisclosureRequest.underRelease(new ParticipantId(PARTICIPANT), recipient, purpose, Set.of(categories),
				"Compliance letter", "letter 1", new ReleaseId(UUID.randomUUID()));
	}

	private static DisclosureRequest covered() {
		return request(ReleaseRecipient.partnerAgency(PARTNER), ReleasePurpose.REPORT_COMPLIANCE,
				ATTENDANCE_AND_COMPLIANCE, PROGRESS_AND_FINAL_REPORTS);
	}

	@Test
	@DisplayName("CON-2: a release in force naming the recipient, purpose and every category covers the disclosure")
	void coversWhatTheReleaseNames() {
		assertThat(DisclosureCoverage.problems(inForce(), covered(), TODAY)).isEmpty();
		assertThat(DisclosureCoverage.problems(release(TODAY, TODAY.plusDays(1), null), covered(), TODAY))
			.as("in force from the day it is signed")
			.isEmpty();
	}

	@Test
	@DisplayName("CON-2: a missing release, or one of another participant, is refused as not found")
	void refusesAMissingRelease() {
		assertThat(DisclosureCoverage.problems(null, covered(), TODAY))
			.containsExactly(entry("release", "consent.disclosure.releaseNotFound"));
		ReleaseTerms someoneElses = new ReleaseTerms(UUID.randomUUID(), RecipientKind.PARTNER_AGENCY, PARTNER, "N",
				Set.of(ATTENDANCE_AND_COMPLIANCE), Set.of(ReleasePurpose.REPORT_COMPLIANCE), TODAY.minusDays(1),
				TODAY.plusDays(1), null, List.of());
		assertThat(DisclosureCoverage.problems(someoneElses, covered(), TODAY)).containsOnlyKeys("release");
	}

	@Test
	@DisplayName("CON-2: an expired, revoked or not yet signed release is refused with its reason")
	void refusesAReleaseNotInForce() {
		assertThat(DisclosureCoverage.problems(release(TODAY.minusYears(1), TODAY, null), covered(), TODAY))
			.containsEntry("release", "consent.disclosure.expired")
			.hasSize(1);
		assertThat(
				DisclosureCoverage.problems(release(TODAY.minusYears(1), TODAY.plusYears(1), TODAY), covered(), TODAY))
			.as("revocation is effective from its day")
			.containsEntry("release", "consent.disclosure.revoked")
			.hasSize(1);
		assertThat(DisclosureCoverage.problems(release(TODAY.minusYears(1), TODAY.plusYears(1), TODAY.plusDays(1)),
				covered(), TODAY))
			.isEmpty();
		assertThat(DisclosureCoverage.problems(release(TODAY.plusDays(1), TODAY.plusYears(1), null), covered(), TODAY))
			.containsEntry("release", "consent.disclosure.notYetSigned");
	}

	@Test
	@DisplayName("CON-2: an out-of-scope disclosure names every missing element: recipient, purpose and each category")
	void namesEveryMissingElement() {
		DisclosureRequest outOfScope = request(ReleaseRecipient.partnerAgency(UUID.randomUUID()),
				ReleasePurpose.ONGOING_COLLABORATION, ATTENDANCE_AND_COMPLIANCE, SCREENING_INFORMATION,
				SUBSTANCE_USE_TREATMENT);
		assertThat(DisclosureCoverage.problems(inForce(), outOfScope, TODAY)).containsExactly(
				entry("recipient", "consent.disclosure.recipientNotNamed"),
				entry("purpose", "consent.disclosure.purposeNotCovered"),
				entry("categories.SCREENING_INFORMATION",
						"consent.disclosure.categoryNotCovered.SCREENING_INFORMATION"),
				entry("categories.SUBSTANCE_USE_TREATMENT",
						"consent.disclosure.categoryNotCovered.SUBSTANCE_USE_TREATMENT"));
		assertThat(DisclosureCoverage.problems(inForce(),
				request(ReleaseRecipient.referralSource(), ReleasePurpose.REPORT_COMPLIANCE, ATTENDANCE_AND_COMPLIANCE),
				TODAY))
			.containsOnlyKeys("recipient");
		assertThat(DisclosureCoverage.problems(inForce(),
				request(ReleaseRecipient.partnerAgency(PARTNER), ReleasePurpose.REPORT_COMPLIANCE), TODAY))
			.containsOnlyKeys("categories");
	}

	@Test
	@DisplayName("CON-1: a release lacking its witness or explained rights is refused, each element named")
	void refusesAnIncompleteRelease() {
		ReleaseTerms unwitnessed = new ReleaseTerms(PARTICIPANT, RecipientKind.PARTNER_AGENCY, PARTNER, "N",
				Set.of(ATTENDANCE_AND_COMPLIANCE, PROGRESS_AND_FINAL_REPORTS), Set.of(ReleasePurpose.REPORT_COMPLIANCE),
				TODAY.minusDays(1), TODAY.plusDays(1), null,
				new ReleaseElements(null, null, null, null, Signatory.PARTICIPANT, null, null, true, false).missing());
		assertThat(DisclosureCoverage.problems(unwitnessed, covered(), TODAY)).containsOnlyKeys("release.witness",
				"release.rightToInspect");
		assertThat(DisclosureCoverage.problems(unwitnessed, covered(), TODAY)).contains(
				entry("release.witness", "consent.release.missing.witness"),
				entry("release.rightToInspect", "consent.release.missing.rightToInspect"));
	}

	@Test
	@DisplayName("CON-2: another recipient is matched by name ignoring case and surrounding spaces")
	void matchesANamedRecipientIgnoringCase() {
		ReleaseTerms named = new ReleaseTerms(PARTICIPANT, RecipientKind.OTHER, null, "Dr. Ana Ruiz",
				Set.of(ATTENDANCE_AND_COMPLIANCE), Set.of(ReleasePurpose.REPORT_COMPLIANCE), TODAY.minusDays(1),
				TODAY.plusDays(1), null, List.of());
		assertThat(DisclosureCoverage.problems(named, request(ReleaseRecipient.named("  dr. ana ruiz "),
				ReleasePurpose.REPORT_COMPLIANCE, ATTENDANCE_AND_COMPLIANCE), TODAY))
			.isEmpty();
		assertThat(DisclosureCoverage.problems(named, request(ReleaseRecipient.named("Dr. Ana Ruiz-Lopez"),
				ReleasePurpose.REPORT_COMPLIANCE, ATTENDANCE_AND_COMPLIANCE), TODAY))
			.containsOnlyKeys("recipient");
	}

	@Test
	@DisplayName("CON-2: substance-use treatment information needs the 42 CFR 2.32 redisclosure notice")
	void substanceUseTreatmentNeedsTheNotice() {
		assertThat(request(ReleaseRecipient.referralSource(), ReleasePurpose.REPORT_COMPLIANCE,
				ATTENDANCE_AND_COMPLIANCE, SUBSTANCE_USE_TREATMENT)
			.needsRedisclosureNotice()).isTrue();
		assertThat(covered().needsRedisclosureNotice()).isFalse();
	}

}
