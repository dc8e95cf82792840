package org.paipmanager.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.ParticipantId;

/**
 * A whole, valid screening for tests that need one behind them: the answers of every step
 * of 501.115(b)(1)-(10), for a participant who is the primary aggressor with no
 * substance-use or health obstacle.
 */
public final class ScreeningAnswers {

	private ScreeningAnswers() {
	}

	/** Answers by step number. */
	public static Map<Integer, Map<String, String>> complete(LocalDate screenedOn) {
		Map<Integer, Map<String, String>> steps = new LinkedHashMap<>();
		steps.put(1,
				Map.of("screenedOn", screenedOn.toString(), "raceEthnicity", "DECLINED", "address", "12 Elm Street",
						"telephone", "555-0100", "maritalStatus", "SEPARATED", "numberOfChildren", "2",
						"educationLevel", "HIGH_SCHOOL_OR_GED", "employment", "FULL_TIME", "income",
						"INCOME_30000_TO_49999", "militaryOrLawEnforcement", "NEITHER"));
		steps.put(2,
				Map.of("chargeType", "DOMESTIC_BATTERY", "offenceDescription", "Pushed his wife during an argument.",
						"relationshipToVictim", "SPOUSE", "livingStatus", "NO_CONTACT", "orderOfProtection",
						"PLENARY_ORDER"));
		steps.put(3, Map.of("legalStatus", "On probation for 24 months.", "arrestRecords", "One arrest, 2026.",
				"policeReports", "Report on file.", "repeatOffences", "None.", "courtOrdersOnFile", "YES"));
		steps.put(4,
				Map.of("relationshipHistory", "Two long relationships with controlling behaviour.", "fearAndAutonomy",
						"Partner afraid of his temper; he checked her phone.", "experienceOfViolence", "None reported.",
						"precipitatingIncident", "Argument about money.", "primaryAggressor", "PARTICIPANT"));
		steps.put(5, Map.of("otherAbusiveBehaviour", "None reported.", "possibleChildAbuse", "NO", "possibleElderAbuse",
				"NO"));
		steps.put(6, Map.of("weaponAccess", "NO", "threatsToKill", "NO", "strangulation", "NO", "escalation", "UNKNOWN",
				"recentSeparation", "YES", "riskLevel", "RISK_ELEVATED"));
		steps.put(7, Map.of("witnessedPartnerViolence", "YES", "childAbuseOrNeglectVictim", "DECLINED"));
		steps.put(8, Map.of("medicalConditions", "None.", "medicalImpact", "NO_IMPACT", "medicalReferral", "NO"));
		steps.put(9, Map.of("mentalHealthScreen", "Nothing found.", "mentalHealthImpact", "NO_IMPACT",
				"mentalHealthReferral", "NO"));
		steps.put(10, Map.of("substanceUseScreen", "Nothing found.", "substanceUse", "SUBSTANCE_NONE",
				"substanceTreatment", "TREATMENT_NOT_NEEDED"));
		return steps;
	}

	/**
	 * Accepts the referral if needed, then starts, answers and completes the screening.
	 * Run inside an agency scope with every permission.
	 */
	public static void completeFor(IntakeScreenings screenings, ParticipantManagement participants,
			ParticipantId participant, LocalDate screenedOn) {
		if (participants.get(participant).stage() == ProgramStage.REFERRED) {
			participants.placeAtStage(participant, ProgramStage.SCREENING, screenedOn);
		}
		long version = screenings.start(participant).version();
		for (Map.Entry<Integer, Map<String, String>> step : complete(screenedOn).entrySet()) {
			version = screenings.saveStep(participant, step.getKey(), version, new HashMap<>(step.getValue()))
				.version();
		}
		screenings.complete(participant, version);
	}

}
