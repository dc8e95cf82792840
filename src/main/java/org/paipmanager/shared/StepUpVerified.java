package org.paipmanager.shared;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Proof, held in the signed-in session, that the user re-entered a current second-factor
 * code at {@code verifiedAt} (step-up re-authentication). Sensitive areas accept it for
 * {@link #VALIDITY} after that.
 *
 * @param verifiedAt when the code was accepted
 */
public record StepUpVerified(Instant verifiedAt) implements GrantedAuthority {

	/** How long one step-up opens sensitive areas. */
	public static final Duration VALIDITY = Duration.ofMinutes(15);

	/**
	 * How long one step-up allows bulk exports ({@link BulkExport}): shorter, since an
	 * export carries many records out of the application at once (ADR 0023).
	 */
	public static final Duration EXPORT_VALIDITY = Duration.ofMinutes(5);

	/** The page that asks for the code; {@code continue} names where to go afterwards. */
	public static final String PAGE = "/account/step-up";

	@Override
	public String getAuthority() {
		return "STEP_UP";
	}

	/**
	 * Whether the signed-in user stepped up within {@link #VALIDITY} before {@code now}.
	 */
	public static boolean isFresh(Instant now) {
		return isFresh(now, VALIDITY);
	}

	/**
	 * Whether the signed-in user stepped up within {@code validity} before {@code now}.
	 */
	public static boolean isFresh(Instant now, Duration validity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		return authentication.getAuthorities()
			.stream()
			.filter(StepUpVerified.class::isInstance)
			.map(StepUpVerified.class::cast)
			.anyMatch((proof) -> proof.verifiedAt().plus(validity).isAfter(now));
	}

}
