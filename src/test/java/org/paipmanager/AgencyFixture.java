package org.paipmanager;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds agencies and signed-up staff users with sensible defaults. Every call makes a
 * new, uniquely named agency, so tests sharing the database never see each other's rows.
 */
public final class AgencyFixture {

	public static final String PASSWORD = "Correct-Horse-42";

	public record StaffUser(AgencyId agencyId, StaffId staffId, String username, String password, String totpSecret) {
	}

	private final ApplicationContext context;

	private final TransactionTemplate transaction;

	private AgencyFixture(ApplicationContext context) {
		this.context = context;
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	public static AgencyFixture in(ApplicationContext context) {
		return new AgencyFixture(context);
	}

	public AgencyId newAgency() {
		AgencyId id = AgencyId.random();
		SystemScope.callAs(id, () -> this.transaction.execute((status) -> this.context.getBean(AgencyManagement.class)
			.registerAgency(id, "Test agency " + id.value().toString().substring(0, 8), "Test", "Cook", null, false)));
		return id;
	}

	public StaffUser newUser(AgencyId agency, Role... roles) {
		return newUser(agency, true, roles);
	}

	/**
	 * A user with an account; {@code enrolled} gives the account a TOTP secret already.
	 */
	public StaffUser newUser(AgencyId agency, boolean enrolled, Role... roles) {
		String username = "user-" + UUID.randomUUID().toString().substring(0, 12);
		String secret = enrolled ? "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" : null;
		StaffId staffId = SystemScope.callAs(agency, () -> this.transaction.execute((status) -> {
			StaffId id = this.context.getBean(StaffManagement.class).register(staffProfile("Avery", "Tester"));
			this.context.getBean(StaffAccounts.class)
				.createAccount(id, agency, username, "Avery Tester", PASSWORD, Set.of(roles), secret);
			return id;
		}));
		return new StaffUser(agency, staffId, username, PASSWORD, secret);
	}

	/** A staff record without an account. */
	public StaffId newStaffMember(AgencyId agency, String firstName, String lastName) {
		return SystemScope.callAs(agency, () -> this.transaction.execute(
				(status) -> this.context.getBean(StaffManagement.class).register(staffProfile(firstName, lastName))));
	}

	/**
	 * A participant referred three weeks before {@code programStart}, found eligible, and
	 * enrolled with the contract signed the day before the program starts.
	 */
	public ParticipantId enrolledParticipant(AgencyId agency, String firstName, Gender gender, LocalDate programStart) {
		ParticipantManagement participants = this.context.getBean(ParticipantManagement.class);
		return SystemScope.callAs(agency, () -> {
			ParticipantId id = participants.refer(new ReferralCommand(firstName, "Enrolled", LocalDate.of(1981, 2, 3),
					gender, false, "English", ReferralSource.PROBATION, null, programStart.minusWeeks(3)));
			participants.placeAtStage(id, ProgramStage.ELIGIBLE, programStart.minusWeeks(2));
			participants.enroll(id, programStart.minusDays(1), programStart);
			return id;
		});
	}

	public static StaffProfileCommand staffProfile(String firstName, String lastName) {
		return new StaffProfileCommand(firstName, lastName, null, null, "Group facilitator", LocalDate.of(2020, 1, 6),
				false, false, null, null, null);
	}

}
