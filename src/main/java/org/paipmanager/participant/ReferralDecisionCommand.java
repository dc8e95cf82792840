package org.paipmanager.participant;

import java.io.Serializable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Accepting or rejecting a referral (PAR-2, 501.230(a)). A rejection names a coded reason
 * and a recommended alternative sanction; "other" in either needs an explanation. The
 * explanation goes into the letter to the referral source, so it holds participant-side
 * facts only. Serializable because a submission with errors is flashed back to the
 * participant page through the session.
 */
@ReferralDecisionComplete
public record ReferralDecisionCommand(@NotNull(message = "{validation.required}") ReferralOutcome outcome,
		RejectionReason rejectionReason, AlternativeSanction alternativeSanction,
		@Size(max = 2000, message = "{validation.tooLong}") String explanation) implements Serializable {

	/** An acceptance carries no reason or sanction, whatever the form sent with it. */
	public ReferralDecisionCommand {
		if (outcome == ReferralOutcome.ACCEPTED) {
			rejectionReason = null;
			alternativeSanction = null;
		}
		explanation = (explanation == null || explanation.isBlank()) ? null : explanation.strip();
	}

	public static ReferralDecisionCommand blank() {
		return new ReferralDecisionCommand(null, null, null, null);
	}

	boolean needsExplanation() {
		return this.rejectionReason == RejectionReason.OTHER || this.alternativeSanction == AlternativeSanction.OTHER;
	}

}
