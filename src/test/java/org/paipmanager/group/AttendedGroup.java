package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.paipmanager.AgencyFixture;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture: a men's group of enrolled participants who joined some weeks ago and
 * attended every weekly session since, recorded through the attendance facade.
 */
public final class AttendedGroup {

	private final ApplicationContext context;

	private final AgencyId agency;

	private final UUID groupId;

	private final List<ParticipantId> members;

	private final List<UUID> facilitators;

	private AttendedGroup(ApplicationContext context, AgencyId agency, UUID groupId, List<ParticipantId> members,
			List<UUID> facilitators) {
		this.context = context;
		this.facilitators = List.copyOf(facilitators);
		this.agency = agency;
		this.groupId = groupId;
		this.members = List.copyOf(members);
	}

	/**
	 * A group of {@code size} participants referred by {@code source}, who joined
	 * {@code weeks} weeks and a day ago and were present for the whole of each of the
	 * {@code weeks} weekly sessions since.
	 */
	public static AttendedGroup of(ApplicationContext context, AgencyId agency, int size, ReferralSource source,
			int weeks) {
		AgencyFixture fixture = AgencyFixture.in(context);
		GroupManagement groups = context.getBean(GroupManagement.class);
		ParticipantManagement participants = context.getBean(ParticipantManagement.class);
		StaffId first = fixture.newStaffMember(agency, "Fran", "First");
		StaffId second = fixture.newStaffMember(agency, "Sam", "Second");
		LocalDate today = LocalDate.now();
		UUID group = SystemScope.callAs(agency,
				() -> groups.create(new GroupCommand("Monday men's group", GroupComposition.MALE, "English",
						DayOfWeek.MONDAY, LocalTime.of(18, 0), 90, "Room 1", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		List<ParticipantId> members = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			int number = i;
			members.add(SystemScope.callAs(agency, () -> {
				ParticipantId id = participants
					.refer(new ReferralCommand("Member" + number, "Attending", LocalDate.of(1982, 3, number),
							Gender.MALE, false, "English", source, null, today.minusWeeks(weeks + 2)));
				participants.placeAtStage(id, ProgramStage.ELIGIBLE, today.minusWeeks(weeks + 2));
				participants.enroll(id, today.minusWeeks(weeks + 1), today.minusWeeks(weeks + 1));
				groups.addMember(group, id);
				return id;
			}));
		}
		AttendedGroup attended = new AttendedGroup(context, agency, group, members,
				List.of(first.value(), second.value()));
		attended.backdateMembership(today.minusWeeks(weeks).minusDays(1));
		for (int week = weeks; week >= 1; week--) {
			attended.recordSession(today.minusWeeks(week));
		}
		return attended;
	}

	/** Records a session on that day with everyone present for the whole of it. */
	public void recordSession(LocalDate heldOn) {
		RecordingAttendance attendance = this.context.getBean(RecordingAttendance.class);
		SystemScope.callAs(this.agency, () -> attendance.record(this.groupId, attendance.sheet(this.groupId, heldOn)));
	}

	private void backdateMembership(LocalDate joinedOn) {
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		SystemScope.callAs(this.agency,
				() -> transaction
					.execute((status) -> jdbc.sql("update group_membership set joined_on = ? where group_id = ?")
						.params(joinedOn, this.groupId)
						.update()));
	}

	public UUID groupId() {
		return this.groupId;
	}

	/** The two facilitators' staff ids. */
	public List<UUID> facilitators() {
		return this.facilitators;
	}

	public List<ParticipantId> members() {
		return this.members;
	}

}
