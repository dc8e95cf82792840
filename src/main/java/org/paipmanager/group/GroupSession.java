package org.paipmanager.group;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One session a group held, with the attendance of everyone in the group that day. */
@Table("group_session")
class GroupSession {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private final UUID groupId;

	private final LocalDate heldOn;

	private int minutes;

	private Instant recordedAt;

	private String recordedBy;

	@Version
	private Long version;

	@MappedCollection(idColumn = "session_id")
	private final Set<Attendance> attendance;

	GroupSession(UUID id, UUID agencyId, UUID groupId, LocalDate heldOn, int minutes, Instant recordedAt,
			String recordedBy, Long version, Set<Attendance> attendance) {
		this.id = id;
		this.agencyId = agencyId;
		this.groupId = groupId;
		this.heldOn = heldOn;
		this.minutes = minutes;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.version = version;
		this.attendance = new HashSet<>(attendance);
	}

	static GroupSession hold(UUID agencyId, UUID groupId, LocalDate heldOn, int minutes) {
		return new GroupSession(UUID.randomUUID(), agencyId, groupId, heldOn, minutes, null, null, null, Set.of());
	}

	/**
	 * Records everyone's attendance at once; a correction replaces the earlier record.
	 */
	void record(Set<Attendance> lines, Instant now, String username) {
		this.attendance.clear();
		this.attendance.addAll(lines);
		this.recordedAt = now;
		this.recordedBy = username;
	}

	/** Who recorded the session last and when, for the audit trail of a correction. */
	String lastRecorded() {
		return (this.recordedAt != null) ? this.recordedBy + " at " + this.recordedAt : "nobody";
	}

	Set<Attendance> attendance() {
		return Set.copyOf(this.attendance);
	}

	UUID id() {
		return this.id;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	int minutes() {
		return this.minutes;
	}

	Long version() {
		return this.version;
	}

	/** One participant's attendance at the session. */
	@Table("group_attendance")
	record Attendance(UUID agencyId, UUID participantId, AttendanceStatus status, BigDecimal hours,
			boolean homeworkDone, String progressNote) {
	}

}
