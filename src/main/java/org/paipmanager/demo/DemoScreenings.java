package org.paipmanager.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's intake screenings (501.115(b)(1)-(10)): one ordinary answer set, varied per
 * person so the demo shows every risk level, a possible substance-use case referred to
 * treatment, a child-abuse report, an unclear primary aggressor and a person who cannot
 * benefit from a group now. Everything is invented and holds only what the participant
 * said or the records show; nothing from or about a victim's contact details.
 */
final class DemoScreenings {

	private DemoScreenings() {
	}

	/** The first steps of a screening that is still a draft. */
	static Map<Integer, Map<String, String>> draft(LocalDate screenedOn) {
		return base(screenedOn, "48 Willow Court, Prairie City", "(217) 555-0148").with("maritalStatus", "MARRIED")
			.with("numberOfChildren", "3")
			.with("employment", "PART_TIME")
			.with("chargeType", "NO_CHARGE")
			.with("offenceDescription", "DCFS safety plan names him; no charge filed. Shoved his wife at home.")
			.with("livingStatus", "LIVING_APART_IN_CONTACT")
			.with("orderOfProtection", "NONE")
			.with("legalStatus", "No criminal case; DCFS intact family services case open.")
			.with("arrestRecords", "None.")
			.with("policeReports", "DCFS investigation summary on file.")
			.with("courtOrdersOnFile", "NO")
			.with("legalRecordsNote", "No court case, so no court orders exist.")
			.steps();
	}

	static Map<Integer, Map<String, String>> serrano(LocalDate screenedOn) {
		return base(screenedOn, "7 Sycamore Lane, Apt 2, Prairie City", "(217) 555-0131")
			.with("raceEthnicity", "HISPANIC_OR_LATINO")
			.with("chargeType", "VIOLATION_OF_ORDER_OF_PROTECTION")
			.with("offenceDescription",
					"Went to his former partner's workplace while an order of protection was in force.")
			.with("relationshipToVictim", "FORMER_DATING_PARTNER")
			.with("orderOfProtection", "PLENARY_ORDER")
			.with("mentalHealthScreen", "Low mood since the separation; sees a counsellor every two weeks.")
			.with("mentalHealthImpact", "MANAGEABLE_IMPACT")
			.with("mentalHealthReferral", "YES")
			.steps();
	}

	static Map<Integer, Map<String, String>> hughes(LocalDate screenedOn) {
		return base(screenedOn, "310 North Main Street, Prairie City", "(217) 555-0112")
			.with("raceEthnicity", "BLACK_OR_AFRICAN_AMERICAN")
			.with("maritalStatus", "SINGLE")
			.with("relationshipToVictim", "DATING_PARTNER")
			.with("livingStatus", "LIVING_APART_IN_CONTACT")
			.with("orderOfProtection", "INTERIM_ORDER")
			.steps();
	}

	// Primary aggressor unclear: to be reassessed in group.
	static Map<Integer, Map<String, String>> lindgren(LocalDate screenedOn) {
		return base(screenedOn, "22 Lakeview Drive, Harmon", "(217) 555-0175").with("maritalStatus", "DIVORCED")
			.with("educationLevel", "BACHELOR_DEGREE")
			.with("income", "INCOME_50000_TO_74999")
			.with("chargeType", "VIOLATION_OF_ORDER_OF_PROTECTION")
			.with("offenceDescription",
					"Sent repeated text messages to his former wife against an order of protection.")
			.with("relationshipToVictim", "FORMER_SPOUSE")
			.with("experienceOfViolence",
					"Describes mutual pushing during the divorce; the records do not settle who used force first.")
			.with("primaryAggressor", "UNCLEAR")
			.with("riskLevel", "RISK_LOW")
			.with("recentSeparation", "NO")
			.with("riskNotes", "Reassess the primary aggressor finding after four sessions.")
			.steps();
	}

	static Map<Integer, Map<String, String>> ramirez(LocalDate screenedOn) {
		return base(screenedOn, "95 Cedar Street, Prairie City", "(217) 555-0190")
			.with("raceEthnicity", "HISPANIC_OR_LATINO")
			.with("maritalStatus", "SEPARATED")
			.with("employment", "FULL_TIME")
			.with("relationshipToVictim", "CO_PARENT")
			.with("legalStatus", "On parole for 18 months; parole agent has the release.")
			.steps();
	}

	// Possible substance use: eligible, and referred to treatment alongside the PAIP
	// (501.135(a)).
	static Map<Integer, Map<String, String>> kowalski(LocalDate screenedOn) {
		return base(screenedOn, "1402 Route 9, Lot 14, Prairie City", "(217) 555-0166").with("maritalStatus", "MARRIED")
			.with("relationshipToVictim", "SPOUSE")
			.with("livingStatus", "LIVING_TOGETHER")
			.with("orderOfProtection", "NONE")
			.with("chargeType", "NO_CHARGE")
			.with("offenceDescription", "Referred by his treatment counsellor after he admitted shoving his wife.")
			.with("legalStatus", "No criminal case.")
			.with("arrestRecords", "None.")
			.with("policeReports", "None.")
			.with("courtOrdersOnFile", "NO")
			.with("legalRecordsNote", "No court case, so no court orders exist.")
			.with("substanceUseScreen",
					"Drinks most evenings, more at weekends; AUDIT score 14. Agrees to an assessment.")
			.with("substanceUse", "SUBSTANCE_POSSIBLE")
			.with("substanceTreatment", "TREATMENT_REFERRED")
			.steps();
	}

	static Map<Integer, Map<String, String>> wallace(LocalDate screenedOn) {
		return base(screenedOn, "58 Birch Avenue, Harmon", "(217) 555-0104").with("maritalStatus", "SINGLE")
			.with("relationshipToVictim", "FORMER_DATING_PARTNER")
			.with("riskLevel", "RISK_LOW")
			.with("recentSeparation", "NO")
			.steps();
	}

	// High risk, and a possible child-abuse report made at intake (501.145).
	static Map<Integer, Map<String, String>> porter(LocalDate screenedOn) {
		return base(screenedOn, "12 Depot Street, Apt 5, Prairie City", "(217) 555-0187")
			.with("chargeType", "AGGRAVATED_DOMESTIC_BATTERY")
			.with("offenceDescription", "Choked his girlfriend during an argument about her leaving.")
			.with("relationshipToVictim", "DATING_PARTNER")
			.with("possibleChildAbuse", "YES")
			.with("protectiveServicesCoordination", "Hotline report made to DCFS on the day of the screening.")
			.with("threatsToKill", "YES")
			.with("strangulation", "YES")
			.with("escalation", "YES")
			.with("riskLevel", "RISK_HIGH")
			.with("riskNotes", "Victim liaison told the same day; facilitators briefed.")
			.steps();
	}

	// Cannot benefit from a group now: refer for treatment, may re-enter
	// (501.125(d)(1)).
	static Map<Integer, Map<String, String>> merritt(LocalDate screenedOn) {
		return base(screenedOn, "401 Elm Street, Harmon", "(217) 555-0159").with("employment", "UNABLE_TO_WORK")
			.with("relationshipToVictim", "SPOUSE")
			.with("mentalHealthScreen",
					"Reports hearing voices and not sleeping for days; no current treatment. Needs psychiatric care first.")
			.with("mentalHealthImpact", "PREVENTS_BENEFIT")
			.with("mentalHealthReferral", "YES")
			.steps();
	}

	private static Answers base(LocalDate screenedOn, String address, String telephone) {
		Answers answers = new Answers();
		answers.step(1)
			.put("screenedOn", screenedOn.toString())
			.put("raceEthnicity", "WHITE")
			.put("address", address)
			.put("telephone", telephone)
			.put("maritalStatus", "SEPARATED")
			.put("numberOfChildren", "1")
			.put("educationLevel", "HIGH_SCHOOL_OR_GED")
			.put("employment", "FULL_TIME")
			.put("income", "INCOME_30000_TO_49999")
			.put("militaryOrLawEnforcement", "NEITHER");
		answers.step(2)
			.put("chargeType", "DOMESTIC_BATTERY")
			.put("offenceDescription", "Pushed his partner during an argument at home.")
			.put("relationshipToVictim", "SPOUSE")
			.put("livingStatus", "NO_CONTACT")
			.put("orderOfProtection", "PLENARY_ORDER")
			.put("nextCourtDate", "");
		answers.step(3)
			.put("legalStatus", "On probation for 24 months.")
			.put("arrestRecords", "One arrest, for the referral offence.")
			.put("policeReports", "Police report on file.")
			.put("repeatOffences", "None found.")
			.put("courtOrdersOnFile", "YES")
			.put("legalRecordsNote", "");
		answers.step(4)
			.put("relationshipHistory", "Two long relationships; says he gets jealous and checks on his partner.")
			.put("fearAndAutonomy", "Admits raising his voice to get his way and controlling the money.")
			.put("experienceOfViolence", "None reported.")
			.put("precipitatingIncident", "Argument about money.")
			.put("primaryAggressor", "PARTICIPANT");
		answers.step(5)
			.put("otherAbusiveBehaviour", "Name-calling and slamming doors.")
			.put("possibleChildAbuse", "NO")
			.put("possibleElderAbuse", "NO")
			.put("protectiveServicesCoordination", "");
		answers.step(6)
			.put("weaponAccess", "NO")
			.put("threatsToKill", "NO")
			.put("strangulation", "NO")
			.put("escalation", "UNKNOWN")
			.put("recentSeparation", "YES")
			.put("riskLevel", "RISK_ELEVATED")
			.put("riskNotes", "");
		answers.step(7)
			.put("witnessedPartnerViolence", "YES")
			.put("childAbuseOrNeglectVictim", "DECLINED")
			.put("familyOfOriginNotes", "");
		answers.step(8)
			.put("medicalConditions", "None reported.")
			.put("medicalImpact", "NO_IMPACT")
			.put("medicalReferral", "NO");
		answers.step(9)
			.put("mentalHealthScreen", "Nothing found.")
			.put("mentalHealthImpact", "NO_IMPACT")
			.put("mentalHealthReferral", "NO");
		answers.step(10)
			.put("substanceUseScreen", "Drinks socially; nothing found.")
			.put("substanceUse", "SUBSTANCE_NONE")
			.put("substanceTreatment", "TREATMENT_NOT_NEEDED");
		return answers;
	}

	/** Answers by step, where a changed answer lands in the step that asks it. */
	private static final class Answers {

		private final Map<Integer, Step> steps = new LinkedHashMap<>();

		Step step(int number) {
			return this.steps.computeIfAbsent(number, (n) -> new Step());
		}

		Answers with(String code, String answer) {
			Step step = this.steps.values()
				.stream()
				.filter((candidate) -> candidate.answers.containsKey(code))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No screening question " + code));
			step.put(code, answer);
			return this;
		}

		Map<Integer, Map<String, String>> steps() {
			Map<Integer, Map<String, String>> copy = new LinkedHashMap<>();
			this.steps.forEach((number, step) -> copy.put(number, Map.copyOf(step.answers)));
			return copy;
		}

	}

	private static final class Step {

		private final Map<String, String> answers = new LinkedHashMap<>();

		Step put(String code, String answer) {
			this.answers.put(code, answer);
			return this;
		}

	}

}
