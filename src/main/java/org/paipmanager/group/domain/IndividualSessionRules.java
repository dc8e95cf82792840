package org.paipmanager.group.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When an individual session may be recorded toward the program (GRP-5, 501.90(a)): up to
 * four individual sessions may be included; a fifth and every later one only with the
 * documented rationale why group is contraindicated (individual circumstances or
 * insufficient numbers). Intake and screening never count (GRP-4), so a session before
 * the program start date or of someone not enrolled is refused. Pure: no Spring.
 */
public final class IndividualSessionRules {

	/** 501.90(a): "Up to 4 individual sessions may be included". */
	public static final int INCLUDED_WITHOUT_RATIONALE = 4;

	/** The rule behind every refusal here. */
	public static final String SECTION = "501.90(a)";

	private IndividualSessionRules() {
	}

	/**
	 * Whether the next individual session needs the documented rationale of 501.90(a).
	 * @param recordedBefore individual sessions already recorded for the participant
	 */
	public static boolean needsRationale(int recordedBefore) {
		return recordedBefore >= INCLUDED_WITHOUT_RATIONALE;
	}

	/**
	 * The refusals of one individual session, as message keys by field; empty when it may
	 * be recorded.
	 * @param enrolled whether the participant is enrolled (contract signed, 501.155)
	 * @param programStart the participant's program start date, or null
	 * @param heldOn the day of the session
	 * @param recordedBefore individual sessions already recorded for the participant
	 * @param rationaleCoded whether a coded reason why group is contraindicated was given
	 * @param rationale the free-text rationale, or null
	 */
	public static Map<String, String> check(boolean enrolled, LocalDate programStart, LocalDate heldOn,
			int recordedBefore, boolean rationaleCoded, String rationale) {
		Map<String, String> refusals = new LinkedHashMap<>();
		if (!enrolled) {
			refusals.put("*", "individual.rule.notEnrolled");
		}
		else if (programStart == null || heldOn.isBefore(programStart)) {
			// GRP-4: what happens before the program starts is intake or screening.
			refusals.put("heldOn", "individual.rule.beforeProgramStart");
		}
		if (needsRationale(recordedBefore)) {
			if (!rationaleCoded) {
				refusals.put("rationaleCode", "individual.rule.rationaleRequired");
			}
			if (rationale == null || rationale.isBlank()) {
				refusals.put("rationale", "individual.rule.rationaleText");
			}
		}
		return refusals;
	}

}
