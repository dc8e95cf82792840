package org.paipmanager.group.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.paipmanager.group.GroupComposition;
import org.paipmanager.participant.Gender;

/**
 * The rules a group's set-up must meet, each refusal naming its section. Pure: no Spring.
 */
public final class GroupRules {

	/** 501.90(d)(4): a group never has more than 15 participants. */
	public static final int MAXIMUM_GROUP_SIZE = 15;

	private GroupRules() {
	}

	public record Refusal(String field, String messageKey, String section) {
	}

	/** A group member as the composition rules see them. */
	public record Member(Gender gender, boolean sameSexRelationship) {
	}

	/**
	 * Whether a participant may join a group: room under the group's capacity and the
	 * limit of 15, and the composition rules for men's, women's and same-sex groups.
	 */
	public static List<Refusal> checkEnrolment(GroupComposition composition, int capacity, List<Member> members,
			Member joining) {
		List<Refusal> refusals = new ArrayList<>();
		if (members.size() >= Math.min(capacity, MAXIMUM_GROUP_SIZE)) {
			refusals.add(new Refusal("participantId",
					(members.size() >= MAXIMUM_GROUP_SIZE) ? "group.rule.full" : "group.rule.atCapacity",
					"501.90(d)(4)"));
		}
		boolean fits = switch (composition) {
			case MALE -> joining.gender() == Gender.MALE && !joining.sameSexRelationship();
			case FEMALE -> joining.gender() == Gender.FEMALE && !joining.sameSexRelationship();
			case SAME_SEX -> joining.sameSexRelationship();
		};
		if (!fits) {
			refusals.add(new Refusal("participantId", "group.rule.composition", "501.30(b)(7)"));
		}
		// 501.90(d)(3): everyone in a group is of the same gender, same-sex groups
		// included.
		if (members.stream().anyMatch((member) -> member.gender() != joining.gender())) {
			refusals.add(new Refusal("participantId", "group.rule.sameGender", "501.90(d)(3)"));
		}
		return refusals;
	}

	/** A facilitator as the facilitator rules see them. */
	public record Facilitator(boolean formerPerpetrator, LocalDate abuseFreeSince, LocalDate abuseFreeVerifiedOn,
			boolean trainingOrObservationOverdue) {
	}

	/**
	 * 501.90(d)(2): a former perpetrator co-facilitates only after five verified
	 * abuse-free years and only with a facilitator who has no history of violence.
	 * 501.290 and 501.300: a facilitator whose training or observation is overdue needs a
	 * director's documented exception.
	 */
	public static List<Refusal> checkFacilitators(Facilitator facilitator, Facilitator coFacilitator,
			boolean exceptionDocumented, LocalDate today) {
		List<Refusal> refusals = new ArrayList<>();
		checkFormerPerpetrator(refusals, "facilitatorId", facilitator, coFacilitator, today);
		checkFormerPerpetrator(refusals, "coFacilitatorId", coFacilitator, facilitator, today);
		if ((facilitator.trainingOrObservationOverdue() || coFacilitator.trainingOrObservationOverdue())
				&& !exceptionDocumented) {
			refusals
				.add(new Refusal("facilitatorExceptionReason", "group.rule.facilitatorOverdue", "501.290, 501.300"));
		}
		return refusals;
	}

	private static void checkFormerPerpetrator(List<Refusal> refusals, String field, Facilitator former,
			Facilitator partner, LocalDate today) {
		if (!former.formerPerpetrator()) {
			return;
		}
		boolean verifiedFiveYears = former.abuseFreeSince() != null && former.abuseFreeVerifiedOn() != null
				&& !former.abuseFreeSince().plusYears(5).isAfter(today);
		if (!verifiedFiveYears) {
			refusals.add(new Refusal(field, "group.rule.formerPerpetratorNotVerified", "501.90(d)(2)"));
		}
		if (partner.formerPerpetrator()) {
			refusals.add(new Refusal(field, "group.rule.formerPerpetratorPairing", "501.90(d)(2)"));
		}
	}

	public static List<Refusal> checkSetUp(Integer capacity, UUID facilitator, UUID coFacilitator) {
		List<Refusal> refusals = new ArrayList<>();
		if (capacity != null && capacity > MAXIMUM_GROUP_SIZE) {
			refusals.add(new Refusal("capacity", "group.rule.capacity", "501.90(d)(4)"));
		}
		if (facilitator != null && Objects.equals(facilitator, coFacilitator)) {
			refusals.add(new Refusal("coFacilitatorId", "group.rule.twoFacilitators", "501.90(d)(1)"));
		}
		return refusals;
	}

}
