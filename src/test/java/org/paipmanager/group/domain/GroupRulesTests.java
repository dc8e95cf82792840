package org.paipmanager.group.domain;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.group.domain.GroupRules.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRulesTests {

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
	@DisplayName("GRP-2: a group is run by two different facilitators (501.90(d)(1))")
	void refusesTheSamePersonAsBothFacilitators() {
		assertThat(GroupRules.checkSetUp(10, this.one, this.one)).singleElement().satisfies((refusal) -> {
			assertThat(refusal.field()).isEqualTo("coFacilitatorId");
			assertThat(refusal.section()).isEqualTo("501.90(d)(1)");
		});
	}

}
