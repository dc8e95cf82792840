package org.paipmanager.group;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a participant's place in a group when the participant leaves the program: on a
 * transfer to another program (501.250), on completion or termination (501.160). The
 * membership stays on record with the day it ended; attendance sheets after that day no
 * longer list the participant.
 */
@Service
public class EndingMembership {

	private final AuditLog audit;

	private final JdbcClient jdbc;

	EndingMembership(AuditLog audit, JdbcClient jdbc) {
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * The day the participant's open group membership began, if the participant is in a
	 * group.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public Optional<LocalDate> openSince(ParticipantId participant) {
		return this.jdbc.sql("select joined_on from group_membership where participant_id = ? and left_on is null")
			.param(participant.value())
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * Closes the participant's open group membership on {@code leftOn}; does nothing when
	 * the participant is in no group.
	 * @param reason why, for the audit trail
	 * @return the group the participant left, if any
	 * @throws IllegalArgumentException when {@code leftOn} precedes the day the
	 * participant joined
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE') or hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public Optional<UUID> leave(ParticipantId participant, LocalDate leftOn, String reason) {
		Optional<Membership> open = this.jdbc
			.sql("select id, group_id, joined_on from group_membership where participant_id = ? and left_on is null "
					+ "for update")
			.param(participant.value())
			.query((rs, row) -> new Membership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class)))
			.optional();
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Membership membership = open.get();
		if (leftOn.isBefore(membership.joinedOn())) {
			throw new IllegalArgumentException("A membership cannot end before it began on " + membership.joinedOn());
		}
		this.jdbc.sql("update group_membership set left_on = ? where id = ?").params(leftOn, membership.id()).update();
		this.audit.record(AuditAction.UPDATE, "group-membership", membership.id().toString(), "participant="
				+ participant + ", group=" + membership.groupId() + ", left on " + leftOn + ", " + reason);
		return Optional.of(membership.groupId());
	}

	private record Membership(UUID id, UUID groupId, LocalDate joinedOn) {
	}

}
