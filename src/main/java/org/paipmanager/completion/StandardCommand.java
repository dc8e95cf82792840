package org.paipmanager.completion;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.paipmanager.participant.ReferralSource;

/**
 * The service standard a referral source or payer sets (GRP-6): at least the rule minimum
 * of 24 sessions and 36 hours (501.90(a)), how long a referral is valid, whether
 * individual sessions count, and whether a certificate of completion may be given.
 *
 * @param version null for a new standard
 */
public record StandardCommand(@NotNull(message = "{validation.required}") ReferralSource referralSource,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") @Min(value = 24,
				message = "{completion.standard.sessionsMinimum}") @Max(value = 104,
						message = "{completion.standard.sessionsMaximum}") Integer sessionsRequired,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "36",
				message = "{completion.standard.hoursMinimum}") @DecimalMax(value = "400",
						message = "{completion.standard.hoursMaximum}") BigDecimal hoursRequired,
		@Min(value = 1, message = "{completion.standard.validRange}") @Max(value = 60,
				message = "{completion.standard.validRange}") Integer referralValidMonths,
		boolean groupOnly, boolean certificateAllowed, Long version) {

	public static StandardCommand blank() {
		return new StandardCommand(null, "", 24, BigDecimal.valueOf(36), null, false, true, null);
	}

}
