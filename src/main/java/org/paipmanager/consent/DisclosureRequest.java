package org.paipmanager.consent;

import java.util.Objects;
import java.util.Set;

import org.paipmanager.shared.ParticipantId;

/**
 * Participant information about to leave the program (CON-2): to whom, why, which
 * categories of information, what is sent, and the authority for it, either a release of
 * information or an explicit legal exception with its written justification.
 *
 * @param description what is sent, in a few words (e.g. "Monthly compliance letter")
 * @param reference where the sent item is kept (e.g. "letter 3f2a..."), or null
 * @param release the release the disclosure relies on, or null under a legal basis
 * @param legalBasis the legal exception relied on, or null under a release
 * @param justification why the legal exception applies; required with a legal basis
 */
public record DisclosureRequest(ParticipantId participant, ReleaseRecipient recipient, ReleasePurpose purpose,
		Set<InformationCategory> categories, String description, String reference, ReleaseId release,
		LegalBasis legalBasis, String justification) {

	public DisclosureRequest {
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(purpose, "purpose");
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
	}

	/** A disclosure under a signed release of information. */
	public static DisclosureRequest underRelease(ParticipantId participant, ReleaseRecipient recipient,
			ReleasePurpose purpose, Set<InformationCategory> categories, String description, String reference,
			ReleaseId release) {
		return new DisclosureRequest(participant, recipient, purpose, categories, description, reference, release, null,
				null);
	}

	/** A disclosure under one of the legal exceptions of 501.210(a). */
	public static DisclosureRequest underLegalBasis(ParticipantId participant, ReleaseRecipient recipient,
			ReleasePurpose purpose, Set<InformationCategory> categories, String description, String reference,
			LegalBasis legalBasis, String justification) {
		return new DisclosureRequest(participant, recipient, purpose, categories, description, reference, null,
				legalBasis, justification);
	}

	/** Whether any category sent must carry the 42 CFR 2.32 redisclosure notice. */
	public boolean needsRedisclosureNotice() {
		return this.categories.stream().anyMatch(InformationCategory::needsRedisclosureNotice);
	}

}
