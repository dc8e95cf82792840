package org.paipmanager.group.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.group.AppendixAttitude;
import org.paipmanager.group.CurriculumComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.paipmanager.group.CurriculumComponent.A;
import static org.paipmanager.group.CurriculumComponent.B;
import static org.paipmanager.group.CurriculumComponent.C;
import static org.paipmanager.group.CurriculumComponent.D;
import static org.paipmanager.group.CurriculumComponent.E;
import static org.paipmanager.group.CurriculumComponent.F;
import static org.paipmanager.group.CurriculumComponent.G;

/** GRP-1: a curriculum plan covers 501.90(b)(4)(A) to (G); sessions rotate through it. */
class CurriculumRulesTests {

	@Test
	@DisplayName("GRP-1: a plan whose topics together serve components A to G is accepted")
	void acceptsAPlanCoveringEveryComponent() {
		assertThat(CurriculumRules.check(List.of(EnumSet.of(A, B), EnumSet.of(C, D, E), EnumSet.of(F), EnumSet.of(G))))
			.isEmpty();
	}

	@Test
	@DisplayName("GRP-1: a plan missing components is refused naming them and citing 501.90(b)(4)")
	void refusesAPlanMissingComponentsNamingThem() {
		List<CurriculumRules.Refusal> refusals = CurriculumRules
			.check(List.of(EnumSet.of(A, B), EnumSet.of(C, D), EnumSet.of(E)));
		assertThat(refusals).containsExactly(new CurriculumRules.Refusal("topics", "curriculum.rule.missingComponents",
				List.of("F, G", "501.90(b)(4)")));
		assertThat(CurriculumRules.missingComponents(List.of(EnumSet.of(A, B), EnumSet.of(C, D), EnumSet.of(E))))
			.containsExactly(F, G);
	}

	@Test
	@DisplayName("GRP-1: every topic names at least one component; the refusal is on that topic")
	void refusesATopicThatServesNoComponent() {
		List<CurriculumRules.Refusal> refusals = CurriculumRules
			.check(List.of(EnumSet.allOf(CurriculumComponent.class), Set.of()));
		assertThat(refusals).containsExactly(new CurriculumRules.Refusal("topics[1].components",
				"curriculum.rule.topicNeedsComponent", List.of("501.90(b)(4)")));
	}

	@Test
	@DisplayName("GRP-1: an empty plan, or one longer than a year of weekly sessions, is refused")
	void refusesAnEmptyOrOverlongPlan() {
		assertThat(CurriculumRules.check(List.of())).extracting(CurriculumRules.Refusal::messageKey)
			.containsExactly("curriculum.rule.noTopics");
		List<Set<CurriculumComponent>> long53 = java.util.Collections.nCopies(53,
				EnumSet.allOf(CurriculumComponent.class));
		assertThat(CurriculumRules.check(long53)).extracting(CurriculumRules.Refusal::messageKey)
			.containsExactly("curriculum.rule.tooMany");
	}

	@Test
	@DisplayName("GRP-1: session N takes topic ((N - 1) mod plan size) + 1, so an open group rotates")
	void rotatesThroughThePlan() {
		assertThat(CurriculumRules.topicNumber(1, 24)).isEqualTo(1);
		assertThat(CurriculumRules.topicNumber(24, 24)).isEqualTo(24);
		assertThat(CurriculumRules.topicNumber(25, 24)).isEqualTo(1);
		assertThat(CurriculumRules.topicNumber(5, 3)).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> CurriculumRules.topicNumber(0, 24));
	}

	@Test
	@DisplayName("GRP-1: sessions are counted weekly from the first; none before it; a make-up counts with its week")
	void countsSessionsWeeklyFromTheFirst() {
		LocalDate first = LocalDate.of(2026, 11, 3);
		assertThat(CurriculumRules.sessionNumber(first, first)).hasValue(1);
		assertThat(CurriculumRules.sessionNumber(first, LocalDate.of(2026, 12, 1))).hasValue(5);
		assertThat(CurriculumRules.sessionNumber(first, LocalDate.of(2026, 12, 3))).hasValue(5);
		assertThat(CurriculumRules.sessionNumber(first, LocalDate.of(2026, 11, 2))).isEmpty();
		assertThat(CurriculumRules.firstSessionOnOrAfter(java.time.DayOfWeek.TUESDAY, LocalDate.of(2026, 11, 4)))
			.isEqualTo(LocalDate.of(2026, 11, 10));
	}

	@Test
	@DisplayName("GRP-1: the standard plan has 24 topics covering components A to G and every Appendix A attitude")
	void standardPlanCoversEverything() {
		List<StandardCurriculum.Topic> topics = StandardCurriculum.topics();
		assertThat(topics).hasSize(24);
		assertThat(CurriculumRules.check(topics.stream().map(StandardCurriculum.Topic::components).toList())).isEmpty();
		assertThat(topics.stream().flatMap((topic) -> topic.attitudes().stream()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(AppendixAttitude.values());
	}

	@Test
	@DisplayName("GRP-1: components and attitudes cite their rule")
	void citesTheRule() {
		assertThat(C.section()).isEqualTo("501.90(b)(4)(C)");
		assertThat(AppendixAttitude.CHALLENGE_6.section()).isEqualTo("501 App. A (b)(6)");
		assertThat(AppendixAttitude.FOCUS_10.section()).isEqualTo("501 App. A (a)(10)");
	}

}
