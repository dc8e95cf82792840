package org.paipmanager.group;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An individual session as the participant's record shows it (GRP-5).
 *
 * @param number the session's number among the participant's individual sessions; from
 * the fifth on it carries the rationale of 501.90(a)
 * @param hours the direct-contact hours it counts toward the 36 of 501.90(a)
 * @param rationaleCode why group was contraindicated, or null for the first four
 */
public record IndividualSession(UUID id, int number, LocalDate heldOn, int minutes, BigDecimal hours, String staffName,
		String topic, String progressNote, String reason, IndividualSessionRationale rationaleCode, String rationale,
		String recordedBy, Instant recordedAt) {

	/** Whether this session goes beyond the four 501.90(a) includes without more. */
	public boolean beyondFour() {
		return this.number > org.paipmanager.group.domain.IndividualSessionRules.INCLUDED_WITHOUT_RATIONALE;
	}

}
