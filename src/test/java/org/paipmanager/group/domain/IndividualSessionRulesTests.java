package org.paipmanager.group.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndividualSessionRulesTests {

	private static final LocalDate START = LocalDate.of(2026, 9, 1);

	private static final LocalDate LATER = START.plusWeeks(6);

	@Test
	@DisplayName("GRP-5: the first four individual sessions need no rationale (501.90(a))")
	void includesFourIndividualSessionsWithoutRationale() {
		for (int before = 0; before < 4; before++) {
			assertThat(IndividualSessionRules.needsRationale(before)).isFalse();
			assertThat(IndividualSessionRules.check(true, START, LATER, before, false, null)).isEmpty();
		}
	}

	@Test
	@DisplayName("GRP-5: a fifth individual session without a documented rationale is refused (501.90(a))")
	void refusesTheFifthWithoutRationale() {
		assertThat(IndividualSessionRules.needsRationale(4)).isTrue();
		assertThat(IndividualSessionRules.check(true, START, LATER, 4, false, " "))
			.containsEntry("rationaleCode", "individual.rule.rationaleRequired")
			.containsEntry("rationale", "individual.rule.rationaleText");
	}

	@Test
	@DisplayName("GRP-5: a coded reason alone is not a documented rationale; the description is needed too")
	void refusesACodeWithoutDescription() {
		assertThat(IndividualSessionRules.check(true, START, LATER, 7, true, null)).containsOnlyKeys("rationale");
		assertThat(IndividualSessionRules.check(true, START, LATER, 7, false, "Works nights"))
			.containsOnlyKeys("rationaleCode");
	}

	@Test
	@DisplayName("GRP-5: a fifth and later individual session with its rationale documented is accepted")
	void acceptsTheFifthWithRationale() {
		assertThat(
				IndividualSessionRules.check(true, START, LATER, 4, true, "Only man in the county who speaks Polish"))
			.isEmpty();
		assertThat(IndividualSessionRules.check(true, START, LATER, 11, true, "No women's group this term")).isEmpty();
	}

	@Test
	@DisplayName("GRP-4/GRP-5: a session before the program start date is intake, never counted")
	void refusesASessionBeforeTheProgramStarts() {
		assertThat(IndividualSessionRules.check(true, START, START.minusDays(1), 0, false, null))
			.containsOnlyKeys("heldOn");
		assertThat(IndividualSessionRules.check(true, START, START, 0, false, null)).isEmpty();
		assertThat(IndividualSessionRules.check(true, null, LATER, 0, false, null)).containsOnlyKeys("heldOn");
	}

	@Test
	@DisplayName("GRP-5: only an enrolled participant has individual sessions counted")
	void refusesSomeoneNotEnrolled() {
		assertThat(IndividualSessionRules.check(false, START, LATER, 0, false, null)).containsOnlyKeys("*");
	}

}
