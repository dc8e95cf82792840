package org.paipmanager.group.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules a group's set-up must meet, each refusal naming its section. Pure: no Spring.
 */
public final class GroupRules {

	/** 501.90(d)(3): a group never has more than 15 participants. */
	public static final int MAXIMUM_GROUP_SIZE = 15;

	private GroupRules() {
	}

	public record Refusal(String field, String messageKey, String section) {
	}

	public static List<Refusal> checkSetUp(Integer capacity, UUID facilitator, UUID coFacilitator) {
		List<Refusal> refusals = new ArrayList<>();
		if (capacity != null && capacity > MAXIMUM_GROUP_SIZE) {
			refusals.add(new Refusal("capacity", "group.rule.capacity", "501.90(d)(3)"));
		}
		if (facilitator != null && Objects.equals(facilitator, coFacilitator)) {
			refusals.add(new Refusal("coFacilitatorId", "group.rule.twoFacilitators", "501.90(d)(1)"));
		}
		return refusals;
	}

}
