package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.ApplicationContext;

/**
 * Participants with a victim on record, built through the facades. Every value that could
 * leak carries the given canary text, so a test can search any output for it.
 */
final class VictimFixture {

	private final ApplicationContext context;

	private VictimFixture(ApplicationContext context) {
		this.context = context;
	}

	static VictimFixture in(ApplicationContext context) {
		return new VictimFixture(context);
	}

	ParticipantId participant(AgencyId agency, String lastName) {
		return SystemScope.callAs(agency,
				() -> this.context.getBean(ParticipantManagement.class)
					.refer(new ReferralCommand("Pat", lastName, LocalDate.of(1982, 5, 6), Gender.MALE, false, "English",
							ReferralSource.COURT, null, LocalDate.now().minusDays(10))));
	}

	/** A current partner with canary name, address, phone and instructions. */
	UUID victim(AgencyId agency, ParticipantId participant, String canary) {
		return SystemScope
			.callAs(agency,
					() -> this.context.getBean(VictimContactManagement.class)
						.addRecord(participant, new VictimRecordCommand("Vera " + canary + "name",
								Relationship.CURRENT_PARTNER, canary + "addr 7 Oak Lane", "555-" + canary + "phone",
								"Call only before noon " + canary + "safe", true, LocalDate.now().plusYears(1))));
	}

	UUID contact(AgencyId agency, UUID victim, String canary) {
		return SystemScope.callAs(agency,
				() -> this.context.getBean(VictimContactManagement.class)
					.recordContact(victim,
							new ContactCommand(LocalDateTime.now().minusDays(1).withNano(0), ContactKind.PHONE_CALL,
									ContactDirection.FROM_VICTIM, "She said " + canary + "summary about threats", true,
									true, true, true, false)));
	}

	UUID notice(AgencyId agency, UUID victim, String canary) {
		return SystemScope.callAs(agency,
				() -> this.context.getBean(VictimContactManagement.class)
					.recordNotice(victim, new NoticeCommand(LocalDate.now().minusDays(1), NoticeTopic.ATTENDANCE,
							NoticeChannel.TELEPHONE, "Told her " + canary + "notice")));
	}

}
