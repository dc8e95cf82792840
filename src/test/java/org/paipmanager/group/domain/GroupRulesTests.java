package org.paipmanager.group.domain;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.group.domain.GroupRules.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRulesTests {

	private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 23);

	private static final GroupRules.Facilitator NO_HISTORY = new GroupRules.Facilitator(false, null, null, false);

	private final UUID one = UUID.randomUUID();

	private final UUID other = UUID.randomUUID();

	@Test
	@DisplayName("GRP-3: a group may hold 15 participants and never 16 (501.90(d)(4))")
	void refusesCapacityAboveFifteen() {
		assertThat(GroupRules.checkSetUp(15, this.one, this.other)).isEmpty();
		assertThat(GroupRules.checkSetUp(16, this.one, this.other)).singleElement()
			.isEqualTo(new Refusal("capacity", "group.rule.capacity", "501.90(d)(4)"));
	}

	@Test
	@DisplayName("GRP-2: a former perpetrator co-facilitates only with five verified abuse-free years and a no-history partner")
	void checksFormerPerpetratorCoFacilitators() {
		GroupRules.Facilitator verified = new GroupRules.Facilitator(true, TODAY.minusYears(5), TODAY.minusMonths(1),
				false);
		GroupRules.Facilitator fourYears = new GroupRules.Facilitator(true, TODAY.minusYears(4), TODAY.minusMonths(1),
				false);
		GroupRules.Facilitator unverified = new GroupRules.Facilitator(true, TODAY.minusYears(9), null, false);
		assertThat(GroupRules.checkFacilitators(verified, NO_HISTORY, false, TODAY)).isEmpty();
		assertThat(GroupRules.checkFacilitators(fourYears, NO_HISTORY, false, TODAY)).singleElement()
			.isEqualTo(new Refusal("facilitatorId", "group.rule.formerPerpetratorNotVerified", "501.90(d)(2)"));
		assertThat(GroupRules.checkFacilitators(NO_HISTORY, unverified, false, TODAY)).singleElement()
			.extracting(Refusal::field)
			.isEqualTo("coFacilitatorId");
		assertThat(GroupRules.checkFacilitators(verified, verified, false, TODAY)).extracting(Refusal::messageKey)
			.containsExactly("group.rule.formerPerpetratorPairing", "group.rule.formerPerpetratorPairing");
	}

	@Test
	@DisplayName("PRG-1, PRG-2: overdue training or observation needs a documented exception (501.290, 501.300)")
	void requiresAnExceptionForOverdueFacilitators() {
		GroupRules.Facilitator overdue = new GroupRules.Facilitator(false, null, null, true);
		assertThat(GroupRules.checkFacilitators(overdue, NO_HISTORY, false, TODAY)).singleElement()
			.isEqualTo(new Refusal("facilitatorExceptionReason", "group.rule.facilitatorOverdue", "501.290, 501.300"));
		assertThat(GroupRules.checkFacilitators(overdue, NO_HISTORY, true, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("GRP-2: a group is run by two different facilitators (501.90(d)(1))")
	void refusesTheSamePersonAsBothFacilitators() {
		assertThat(GroupRules.checkSetUp(10, this.one, this.one)).singleElement().satisfies((refusal) -> {
			assertThat(refusal.field()).isEqualTo("coFacilitatorId");
			assertThat(refusal.section()).isEqualTo("501.90(d)(1)");
		});
	}

}
