package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("program_group")
class ProgramGroup {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String name;

	private GroupComposition composition;

	private String language;

	private DayOfWeek weekday;

	private LocalTime startsAt;

	private int durationMinutes;

	private String location;

	private int capacity;

	private UUID facilitatorId;

	private UUID coFacilitatorId;

	private String facilitatorExceptionReason;

	private GroupPurpose purpose;

	@Version
	private Long version;

	ProgramGroup(UUID id, UUID agencyId, String name, GroupComposition composition, String language, DayOfWeek weekday,
			LocalTime startsAt, int durationMinutes, String location, int capacity, UUID facilitatorId,
			UUID coFacilitatorId, String facilitatorExceptionReason, GroupPurpose purpose, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.name = name;
		this.composition = composition;
		this.language = language;
		this.weekday = weekday;
		this.startsAt = startsAt;
		this.durationMinutes = durationMinutes;
		this.location = location;
		this.capacity = capacity;
		this.facilitatorId = facilitatorId;
		this.coFacilitatorId = coFacilitatorId;
		this.facilitatorExceptionReason = facilitatorExceptionReason;
		this.purpose = purpose;
		this.version = version;
	}

	static ProgramGroup create(UUID agencyId, GroupCommand group) {
		return new ProgramGroup(UUID.randomUUID(), agencyId, group.name().strip(), group.composition(),
				group.language().strip(), group.weekday(), group.startsAt(), group.durationMinutes(),
				group.location().strip(), group.capacity(), group.facilitatorId(), group.coFacilitatorId(),
				group.hasFacilitatorException() ? group.facilitatorExceptionReason().strip() : null, group.purpose(),
				null);
	}

	GroupDetails toDetails(String facilitatorName, String coFacilitatorName) {
		return new GroupDetails(this.id, this.name, this.composition, this.language, this.weekday, this.startsAt,
				this.durationMinutes, this.location, this.capacity, this.facilitatorId, facilitatorName,
				this.coFacilitatorId, coFacilitatorName, this.facilitatorExceptionReason, this.purpose);
	}

	int durationMinutes() {
		return this.durationMinutes;
	}

	UUID id() {
		return this.id;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	String name() {
		return this.name;
	}

	DayOfWeek weekday() {
		return this.weekday;
	}

	LocalTime startsAt() {
		return this.startsAt;
	}

	String location() {
		return this.location;
	}

	GroupPurpose purpose() {
		return this.purpose;
	}

	GroupComposition composition() {
		return this.composition;
	}

	int capacity() {
		return this.capacity;
	}

	UUID facilitatorId() {
		return this.facilitatorId;
	}

	UUID coFacilitatorId() {
		return this.coFacilitatorId;
	}

}
