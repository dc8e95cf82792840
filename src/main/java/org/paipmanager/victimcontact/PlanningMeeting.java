package org.paipmanager.victimcontact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A collaborative service-planning meeting about one victim/survivor (COO-3, seed 004),
 * decrypted: only ever shown inside the compartment. Its {@code toString} names no value.
 *
 * @param scheduledAt local time in Illinois
 * @param victimAttended null until the summary is recorded
 */
public record PlanningMeeting(UUID id, UUID victimRecordId, String initiatedBy, MeetingTrigger trigger,
		MeetingGround ground, LocalDate permissionGivenOn, String chairName, LocalDateTime scheduledAt,
		MeetingFormat format, String place, VictimParticipation victimParticipation, InterpreterNeed interpreter,
		String interpreterLanguage, String interpreterArrangements, Boolean victimAttended, String decisions,
		String agreements, String commitments, String summaryBy, Instant summaryRecordedAt, LocalDate victimReviewOn,
		DeliveryMethod victimReviewMethod, String victimResponse, long version, List<MeetingInvitation> invitations,
		List<SummaryDistribution> distributions, List<ActionItem> actionItems, List<ForwardedIssue> forwardedIssues) {

	public PlanningMeeting {
		invitations = List.copyOf(invitations);
		distributions = List.copyOf(distributions);
		actionItems = List.copyOf(actionItems);
		forwardedIssues = List.copyOf(forwardedIssues);
	}

	public boolean summaryRecorded() {
		return this.summaryRecordedAt != null;
	}

	/**
	 * The victim did not attend and the summary has not yet been reviewed with her (seed
	 * 004, step 6).
	 */
	public boolean victimReviewDue() {
		return summaryRecorded() && !Boolean.TRUE.equals(this.victimAttended) && this.victimReviewOn == null;
	}

	/** Agencies that took part and have not yet been sent the summary. */
	public List<MeetingInvitation> awaitingSummary() {
		Set<UUID> sent = this.distributions.stream().map(SummaryDistribution::invitationId).collect(Collectors.toSet());
		return this.invitations.stream().filter((invitation) -> !sent.contains(invitation.id())).toList();
	}

	public long overdueActions() {
		return this.actionItems.stream().filter(ActionItem::overdue).count();
	}

	public long openActions() {
		return this.actionItems.stream().filter((item) -> !item.status().closed()).count();
	}

	@Override
	public String toString() {
		return "PlanningMeeting[" + this.id + "]";
	}

}
