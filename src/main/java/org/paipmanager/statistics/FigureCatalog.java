package org.paipmanager.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.participant.RejectionReason;

/**
 * The figures of 501.170, each with its categories in a fixed order so that a category
 * with nothing in it still shows as zero. The category codes are those the other modules
 * store; the screening answers are the options of the intake form (501.115(b)(1)-(2)).
 */
final class FigureCatalog {

	static final String ALL = "ALL";

	static final String NOT_RECORDED = "NOT_RECORDED";

	/**
	 * Eligibility outcomes that keep a person out (501.125); eligible is not a refusal.
	 */
	private static final List<String> ELIGIBILITY_REFUSALS = List.of("NOT_ELIGIBLE", "EXCLUDED", "REFER_FOR_TREATMENT",
			"REFER_TO_VICTIM_SERVICES");

	private static final List<Definition> DEFINITIONS = List.of(
			define("a", "501.170(a)", Unit.PARTICIPANTS, names(ReferralSource.values()), "referralSource."),
			define("b", "501.170(b)", Unit.PARTICIPANTS, List.of(ALL), "statistics.category."),
			new Definition("c", "501.170(c)", Unit.PARTICIPANTS,
					Stream.concat(names(RejectionReason.values()).stream(), ELIGIBILITY_REFUSALS.stream()).toList(),
					(category) -> ELIGIBILITY_REFUSALS.contains(category) ? "eligibility.outcome." + category
							: "rejectionReason." + category),
			define("d", "501.170(d)", Unit.PARTICIPANTS, List.of("NEW", "ONGOING"), "statistics.category."),
			define("e", "501.170(e)", Unit.PARTICIPANTS, List.of(ALL), "statistics.category."),
			define("f", "501.170(f)", Unit.PARTICIPANTS, List.of(ALL), "statistics.category."),
			define("g", "501.170(g)", Unit.PARTICIPANTS, names(OffenceCategory.values()), "screening.option."),
			define("h", "501.170(h)", Unit.PARTICIPANTS, names(ReferralCategory.values()), "coordination.category."),
			define("i", "501.170(i)", Unit.HOURS, List.of("GROUP", "INDIVIDUAL"), "statistics.category."),
			define("j", "501.170(j)", Unit.REPORTS, names(AbuseReportCounts.Kind.values()), "statistics.category."),
			demographic("k1", "501.170(k)(1)", "LESS_THAN_HIGH_SCHOOL", "HIGH_SCHOOL_OR_GED", "SOME_COLLEGE",
					"ASSOCIATE_DEGREE", "BACHELOR_DEGREE", "GRADUATE_DEGREE", "DECLINED"),
			define("k2", "501.170(k)(2)", Unit.PARTICIPANTS,
					List.of("UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_OR_OVER"),
					"statistics.category."),
			demographic("k3", "501.170(k)(3)", "AMERICAN_INDIAN_OR_ALASKA_NATIVE", "ASIAN", "BLACK_OR_AFRICAN_AMERICAN",
					"HISPANIC_OR_LATINO", "MIDDLE_EASTERN_OR_NORTH_AFRICAN", "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER",
					"WHITE", "MULTIRACIAL", "DECLINED"),
			demographic("k4", "501.170(k)(4)", "FULL_TIME", "PART_TIME", "UNEMPLOYED", "STUDENT", "RETIRED",
					"UNABLE_TO_WORK", "DECLINED"),
			demographic("k5", "501.170(k)(5)", "SPOUSE", "FORMER_SPOUSE", "DATING_PARTNER", "FORMER_DATING_PARTNER",
					"CO_PARENT", "OTHER_RELATIONSHIP"),
			demographic("k6", "501.170(k)(6)", "SINGLE", "MARRIED", "CIVIL_UNION", "SEPARATED", "DIVORCED", "WIDOWED",
					"DECLINED"),
			new Definition("k7", "501.170(k)(7)", Unit.PARTICIPANTS,
					List.of("0", "1", "2", "3", "FOUR_OR_MORE", NOT_RECORDED),
					(category) -> "statistics.category.children." + category));

	private FigureCatalog() {
	}

	static List<Definition> definitions() {
		return DEFINITIONS;
	}

	static java.util.Optional<Definition> find(String code) {
		return DEFINITIONS.stream().filter((definition) -> definition.code().equals(code)).findFirst();
	}

	enum Unit {

		PARTICIPANTS, HOURS, REPORTS;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** One figure: code, paragraph, unit and its categories with their labels. */
	record Definition(String code, String paragraph, Unit unit, List<String> categories,
			Function<String, String> labelKey) {

		boolean hasCategory(String category) {
			return this.categories.contains(category);
		}

	}

	private static Definition define(String code, String paragraph, Unit unit, List<String> categories,
			String labelPrefix) {
		return new Definition(code, paragraph, unit, categories, (category) -> labelPrefix + category);
	}

	private static Definition demographic(String code, String paragraph, String... options) {
		List<String> categories = new ArrayList<>(Arrays.asList(options));
		categories.add(NOT_RECORDED);
		return new Definition(code, paragraph, Unit.PARTICIPANTS, categories,
				(category) -> NOT_RECORDED.equals(category) ? "statistics.category." + NOT_RECORDED
						: "screening.option." + category);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
