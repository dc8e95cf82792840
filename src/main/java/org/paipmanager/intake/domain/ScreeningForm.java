package org.paipmanager.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.intake.domain.ScreeningField.Type;

/**
 * The face-to-face intake screening of 501.115(b)(1)-(10): ten steps, one per paragraph,
 * with what each must record and the checks on each answer. Steps 9 and 10 (mental health
 * and substance use) are clinical and shown only to roles allowed to see them.
 * Information that only the victim can give (501.115(b)(6)) is never asked here: the
 * victim liaison records it on the victim side.
 */
public final class ScreeningForm {

	/** Longest answer to a one-line question. */
	public static final int TEXT_LIMIT = 200;

	/** Longest answer to a descriptive question. */
	public static final int LONG_TEXT_LIMIT = 4000;

	/** Largest number of children recorded. */
	public static final int COUNT_LIMIT = 30;

	private static final List<String> YES_NO = List.of("YES", "NO");

	private static final List<String> YES_NO_UNKNOWN = List.of("YES", "NO", "UNKNOWN");

	private static final List<String> YES_NO_DECLINED = List.of("YES", "NO", "DECLINED");

	private static final List<String> IMPACT = List.of("NO_IMPACT", "MANAGEABLE_IMPACT", "PREVENTS_BENEFIT");

	private static final List<ScreeningStep> STEPS = List.of(
			step(1, "501.115(b)(1)", false, required("screenedOn", "501.115(b)(1)(A)", Type.DATE),
					choice("raceEthnicity", "501.115(b)(1)(C)",
							List.of("AMERICAN_INDIAN_OR_ALASKA_NATIVE", "ASIAN", "BLACK_OR_AFRICAN_AMERICAN",
									"HISPANIC_OR_LATINO", "MIDDLE_EASTERN_OR_NORTH_AFRICAN",
									"NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", "WHITE", "MULTIRACIAL", "DECLINED")),
					required("address", "501.115(b)(1)(D)", Type.TEXT),
					required("telephone", "501.115(b)(1)(E)", Type.TEXT),
					choice("maritalStatus", "501.115(b)(1)(F)",
							List.of("SINGLE", "MARRIED", "CIVIL_UNION", "SEPARATED", "DIVORCED", "WIDOWED",
									"DECLINED")),
					required("numberOfChildren", "501.115(b)(1)(G)", Type.COUNT),
					choice("educationLevel", "501.115(b)(1)(H)",
							List.of("LESS_THAN_HIGH_SCHOOL", "HIGH_SCHOOL_OR_GED", "SOME_COLLEGE", "ASSOCIATE_DEGREE",
									"BACHELOR_DEGREE", "GRADUATE_DEGREE", "DECLINED")),
					choice("employment", "501.115(b)(1)(I)",
							List.of("FULL_TIME", "PART_TIME", "UNEMPLOYED", "STUDENT", "RETIRED", "UNABLE_TO_WORK",
									"DECLINED")),
					choice("income", "501.115(b)(1)(J)",
							List.of("INCOME_UNDER_15000", "INCOME_15000_TO_29999", "INCOME_30000_TO_49999",
									"INCOME_50000_TO_74999", "INCOME_75000_OR_MORE", "DECLINED")),
					choice("militaryOrLawEnforcement", "501.115(b)(1)(K)",
							List.of("NEITHER", "MILITARY", "LAW_ENFORCEMENT", "MILITARY_AND_LAW_ENFORCEMENT"))),
			step(2, "501.115(b)(2)", false, choice("chargeType", "501.115(b)(2)(B)",
					List.of("DOMESTIC_BATTERY", "AGGRAVATED_DOMESTIC_BATTERY", "VIOLATION_OF_ORDER_OF_PROTECTION",
							"STALKING_OR_HARASSMENT", "OTHER_PARTNER_OFFENCE", "NON_PARTNER_OFFENCE", "NO_CHARGE")),
					required("offenceDescription", "501.115(b)(2)(C)", Type.LONG_TEXT),
					choice("relationshipToVictim", "501.115(b)(2)(D)",
							List.of("SPOUSE", "FORMER_SPOUSE", "DATING_PARTNER", "FORMER_DATING_PARTNER", "CO_PARENT",
									"OTHER_RELATIONSHIP")),
					choice("livingStatus", "501.115(b)(2)(D)",
							List.of("LIVING_TOGETHER", "LIVING_APART_IN_CONTACT", "NO_CONTACT", "UNKNOWN")),
					choice("orderOfProtection", "501.115(b)(3)(E)",
							List.of("NONE", "EMERGENCY_ORDER", "INTERIM_ORDER", "PLENARY_ORDER", "UNKNOWN")),
					optional("nextCourtDate", "501.115(b)(3)(A)", Type.DATE)),
			step(3, "501.115(b)(3)", false, required("legalStatus", "501.115(b)(3)(A)", Type.LONG_TEXT),
					optional("arrestRecords", "501.115(b)(3)(B)", Type.LONG_TEXT),
					optional("policeReports", "501.115(b)(3)(C)", Type.LONG_TEXT),
					optional("repeatOffences", "501.115(b)(3)(D)", Type.LONG_TEXT),
					choice("courtOrdersOnFile", "501.115(b)(3)(E)", YES_NO),
					optional("legalRecordsNote", "501.115(b)(3)", Type.LONG_TEXT)),
			step(4, "501.115(b)(4)", false, required("relationshipHistory", "501.115(b)(4)(A)", Type.LONG_TEXT),
					required("fearAndAutonomy", "501.115(b)(4)(B)", Type.LONG_TEXT),
					required("experienceOfViolence", "501.115(b)(4)", Type.LONG_TEXT),
					required("precipitatingIncident", "501.115(b)(4)", Type.LONG_TEXT),
					choice("primaryAggressor", "501.115(b)(4)(C)", List.of("PARTICIPANT", "PARTNER", "UNCLEAR"))),
			step(5, "501.115(b)(5)", false, required("otherAbusiveBehaviour", "501.115(b)(5)", Type.LONG_TEXT),
					choice("possibleChildAbuse", "501.115(b)(5), 501.145", YES_NO),
					choice("possibleElderAbuse", "501.115(b)(5), 501.145", YES_NO),
					optional("protectiveServicesCoordination", "501.115(b)(5), 501.145", Type.LONG_TEXT)),
			step(6, "501.115(b)(6)", false, choice("weaponAccess", "501.115(b)(6)", YES_NO_UNKNOWN),
					choice("threatsToKill", "501.115(b)(6)", YES_NO_UNKNOWN),
					choice("strangulation", "501.115(b)(6)", YES_NO_UNKNOWN),
					choice("escalation", "501.115(b)(6)", YES_NO_UNKNOWN),
					choice("recentSeparation", "501.115(b)(6)", YES_NO_UNKNOWN),
					choice("riskLevel", "501.115(b)(6)", List.of("RISK_LOW", "RISK_ELEVATED", "RISK_HIGH")),
					optional("riskNotes", "501.115(b)(6)", Type.LONG_TEXT)),
			step(7, "501.115(b)(7)", false, choice("witnessedPartnerViolence", "501.115(b)(7)", YES_NO_DECLINED),
					choice("childAbuseOrNeglectVictim", "501.115(b)(7)", YES_NO_DECLINED),
					optional("familyOfOriginNotes", "501.115(b)(7)", Type.LONG_TEXT)),
			step(8, "501.115(b)(8)", false, required("medicalConditions", "501.115(b)(8)", Type.LONG_TEXT),
					choice("medicalImpact", "501.115(b)(8)", IMPACT),
					choice("medicalReferral", "501.115(b)(8)", YES_NO)),
			step(9, "501.115(b)(9)", true, required("mentalHealthScreen", "501.115(b)(9)", Type.LONG_TEXT),
					choice("mentalHealthImpact", "501.115(b)(9)", IMPACT),
					choice("mentalHealthReferral", "501.115(b)(9)", YES_NO)),
			step(10, "501.115(b)(10)", true, required("substanceUseScreen", "501.115(b)(10)", Type.LONG_TEXT),
					choice("substanceUse", "501.115(b)(10), 501.135(a)",
							List.of("SUBSTANCE_NONE", "SUBSTANCE_POSSIBLE", "SUBSTANCE_IMPAIRS")),
					choice("substanceTreatment", "501.135(c)", List.of("TREATMENT_NOT_NEEDED", "TREATMENT_REFERRED",
							"TREATMENT_REFUSED", "TREATMENT_WAITLISTED", "IN_TREATMENT"))));

	private ScreeningForm() {
	}

	public static List<ScreeningStep> steps() {
		return STEPS;
	}

	public static Optional<ScreeningStep> step(int number) {
		return STEPS.stream().filter((step) -> step.number() == number).findFirst();
	}

	public static Optional<ScreeningField> field(String code) {
		return STEPS.stream()
			.flatMap((step) -> step.fields().stream())
			.filter((f) -> f.code().equals(code))
			.findFirst();
	}

	/**
	 * Checks the form of each answer given for a step: dates, numbers, choices, lengths.
	 * Blank answers pass; {@link #missing} says what a complete step still needs.
	 * @param referredOn the referral date, before which no screening can take place
	 * @param today today's date; a screening cannot be dated in the future
	 * @return message keys of the problems, by field code
	 */
	public static Map<String, String> check(ScreeningStep step, Map<String, String> answers, LocalDate referredOn,
			LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (ScreeningField field : step.fields()) {
			String answer = answers.get(field.code());
			if (answer == null || answer.isBlank()) {
				continue;
			}
			problem(field, answer.strip(), referredOn, today).ifPresent((key) -> problems.put(field.code(), key));
		}
		return problems;
	}

	/**
	 * What a step still lacks to be complete: required answers, and the answers
	 * 501.115(b) asks for only in some cases.
	 * @return message keys of the missing answers, by field code
	 */
	public static Map<String, String> missing(ScreeningStep step, Map<String, String> answers) {
		Map<String, String> missing = new LinkedHashMap<>();
		for (ScreeningField field : step.fields()) {
			if (field.required() && blank(answers, field.code())) {
				missing.put(field.code(), "screening.error.required");
			}
		}
		// (b)(3): records not obtained must be "otherwise noted in the record".
		if (step.number() == 3 && blank(answers, "legalRecordsNote")
				&& (blank(answers, "arrestRecords") || blank(answers, "policeReports")
						|| blank(answers, "repeatOffences") || "NO".equals(answers.get("courtOrdersOnFile")))) {
			missing.put("legalRecordsNote", "screening.error.legalRecordsNote");
		}
		// 501.145: possible child or elder abuse is reported to DCFS or the Department on
		// Aging.
		if (step.number() == 5 && blank(answers, "protectiveServicesCoordination")
				&& ("YES".equals(answers.get("possibleChildAbuse"))
						|| "YES".equals(answers.get("possibleElderAbuse")))) {
			missing.put("protectiveServicesCoordination", "screening.error.protectiveServicesCoordination");
		}
		return missing;
	}

	/** The steps that are not complete yet, in order. */
	public static List<Integer> incompleteSteps(Map<String, String> answers) {
		List<Integer> incomplete = new ArrayList<>();
		for (ScreeningStep step : STEPS) {
			if (!missing(step, answers).isEmpty()) {
				incomplete.add(step.number());
			}
		}
		return incomplete;
	}

	private static Optional<String> problem(ScreeningField field, String answer, LocalDate referredOn,
			LocalDate today) {
		return switch (field.type()) {
			case DATE -> dateProblem(field, answer, referredOn, today);
			case COUNT -> countProblem(answer);
			case CHOICE -> field.options().contains(answer) ? Optional.empty() : Optional.of("screening.error.choice");
			case TEXT -> (answer.length() > TEXT_LIMIT) ? Optional.of("screening.error.tooLong") : Optional.empty();
			case LONG_TEXT ->
				(answer.length() > LONG_TEXT_LIMIT) ? Optional.of("screening.error.tooLong") : Optional.empty();
		};
	}

	private static Optional<String> dateProblem(ScreeningField field, String answer, LocalDate referredOn,
			LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(answer);
		}
		catch (DateTimeParseException ex) {
			return Optional.of("screening.error.date");
		}
		if ("screenedOn".equals(field.code())) {
			if (date.isAfter(today)) {
				return Optional.of("screening.error.future");
			}
			if (date.isBefore(referredOn)) {
				return Optional.of("screening.error.beforeReferral");
			}
		}
		return Optional.empty();
	}

	private static Optional<String> countProblem(String answer) {
		try {
			int count = Integer.parseInt(answer);
			return (count < 0 || count > COUNT_LIMIT) ? Optional.of("screening.error.count") : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.of("screening.error.count");
		}
	}

	private static boolean blank(Map<String, String> answers, String code) {
		String answer = answers.get(code);
		return answer == null || answer.isBlank();
	}

	private static ScreeningStep step(int number, String section, boolean clinical, ScreeningField... fields) {
		for (ScreeningField field : fields) {
			if (field.step() != 0) {
				throw new IllegalStateException(field.code());
			}
		}
		return new ScreeningStep(number, section, clinical,
				java.util.Arrays.stream(fields)
					.map((f) -> new ScreeningField(f.code(), number, f.section(), f.type(), f.options(), f.required()))
					.toList());
	}

	private static ScreeningField required(String code, String section, Type type) {
		return new ScreeningField(code, 0, section, type, List.of(), true);
	}

	private static ScreeningField optional(String code, String section, Type type) {
		return new ScreeningField(code, 0, section, type, List.of(), false);
	}

	private static ScreeningField choice(String code, String section, List<String> options) {
		return new ScreeningField(code, 0, section, Type.CHOICE, options, true);
	}

}
