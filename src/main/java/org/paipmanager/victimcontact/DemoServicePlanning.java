package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.SystemScope;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data of the compartment: the current partner of one demo participant and one
 * service-planning meeting about her (COO-3), seeded once the demo agency exists. It
 * lives here, not in the demo module, because nothing outside the compartment may depend
 * on it (ADR 0007, ADR 0017); it runs after the demo seeder, when the application is
 * ready.
 */
@Component
@ConditionalOnBooleanProperty(name = "paip.demo.enabled")
class DemoServicePlanning {

	/** The demo agency of {@code DemoAgencySeeder}. */
	static final AgencyId DEMO_AGENCY = AgencyId.of("0d3e5c4a-7a43-4c61-9d0e-2f8d6c0a5001");

	private final VictimContactManagement victims;

	private final ServicePlanning planning;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	DemoServicePlanning(VictimContactManagement victims, ServicePlanning planning, ParticipantManagement participants,
			AgencyManagement agencies) {
		this.victims = victims;
		this.planning = planning;
		this.participants = participants;
		this.agencies = agencies;
	}

	@EventListener(ApplicationReadyEvent.class)
	void on(ApplicationReadyEvent ready) {
		SystemScope.callAs(DEMO_AGENCY, () -> {
			if (this.agencies.currentAgency().isEmpty()) {
				return null;
			}
			this.participants.list(null)
				.stream()
				.filter((participant) -> "Caldwell".equals(participant.lastName()))
				.findFirst()
				.map(ParticipantDetails::id)
				.filter((participant) -> this.victims.records(participant).isEmpty())
				.ifPresent(this::seed);
			return null;
		});
	}

	/**
	 * A victim record and a meeting held a week ago: two agencies invited under her
	 * consent, a third whose consent she revoked, the summary sent and reviewed with her,
	 * one action item overdue, a gap forwarded to the Protocol Committee. Runs in the
	 * current agency scope.
	 */
	UUID seed(ParticipantId participant) {
		LocalDate today = this.planning.today();
		List<PartnerAgencyListing> directory = this.agencies.partnerAgencies();
		UUID shelter = first(directory, PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES);
		UUID counselling = first(directory, PartnerAgencyCategory.MENTAL_HEALTH);
		UUID childWelfare = first(directory, PartnerAgencyCategory.CHILD_PROTECTIVE_SERVICES);
		UUID record = this.victims.addRecord(participant,
				new VictimRecordCommand("Lena Marsh", Relationship.CURRENT_PARTNER, null, null,
						"Call her work line on weekdays before 11:00; never leave a message at home.", true,
						today.plusMonths(8)));
		this.planning.recordConsent(record, new PlanningConsentCommand(shelter, true, true, ConsentForm.APPENDIX_16,
				today.minusDays(14), today.plusMonths(6)));
		this.planning.recordConsent(record, new PlanningConsentCommand(counselling, true, true, ConsentForm.AGENCY_FORM,
				today.minusDays(14), null));
		UUID revoked = this.planning.recordConsent(record, new PlanningConsentCommand(childWelfare, true, true,
				ConsentForm.APPENDIX_16, today.minusDays(14), null));
		UUID meeting = this.planning.schedule(record,
				new MeetingCommand(MeetingTrigger.VICTIM_REQUEST, MeetingGround.MANY_AGENCIES, false, true,
						today.minusDays(13), "Grace Holloway", today.minusDays(7).atTime(LocalTime.of(10, 0)),
						MeetingFormat.VIDEO_CALL, "Secure video room sent to each agency with the invitation",
						VictimParticipation.WILL_NOT_ATTEND, InterpreterNeed.SPOKEN_LANGUAGE, "Spanish",
						"Court interpreter pool booked for the review call"));
		UUID shelterInvitation = this.planning.invite(meeting,
				new InvitationCommand(shelter, "Rosa Diaz", today.minusDays(12), DeliveryMethod.FAX));
		UUID counsellingInvitation = this.planning.invite(meeting,
				new InvitationCommand(counselling, null, today.minusDays(12), DeliveryMethod.SECURE_EMAIL));
		this.planning.invite(meeting,
				new InvitationCommand(childWelfare, null, today.minusDays(12), DeliveryMethod.FAX));
		this.planning
			.recordSummary(meeting, 0, new SummaryCommand(false, List.of(shelterInvitation, counsellingInvitation),
					"Safety plan updated around the school run; the shelter keeps a room on hold for her.",
					"Each agency contacts her only through the shelter advocate.",
					"Shelter: legal advocate for the order of protection renewal. Counselling: intake appointment."));
		this.planning.distribute(meeting, new DistributionCommand(List.of(shelterInvitation, counsellingInvitation),
				today.minusDays(6), DeliveryMethod.SECURE_EMAIL));
		this.planning.recordVictimReview(meeting, 1, new VictimReviewCommand(today.minusDays(5),
				DeliveryMethod.TELEPHONE, "She agrees with the plan and asks that the next meeting is in Spanish."));
		this.planning.addActionItem(meeting, new ActionItemCommand(shelterInvitation, "Rosa Diaz",
				"Accompany her to court for the order of protection renewal.", today.minusDays(2)));
		this.planning.addActionItem(meeting, new ActionItemCommand(counsellingInvitation, "Intake coordinator",
				"Offer a counselling intake appointment with a Spanish-speaking counsellor.", today.plusDays(10)));
		UUID done = this.planning.addActionItem(meeting, new ActionItemCommand(null, "Grace Holloway",
				"Send her the written summary in Spanish.", today.minusDays(4)));
		this.planning.updateActionItem(done, 0, new ActionItemUpdate(ActionItemStatus.DONE, "Sent by post."));
		this.planning.forwardIssue(meeting,
				new ForwardedIssueCommand(ForwardedIssueKind.SERVICE_GAP,
						"No Spanish-speaking counsellor available in the county within four weeks.", true,
						"Chair of the Protocol Committee", today.minusDays(5), DeliveryMethod.SECURE_EMAIL));
		this.planning.revokeConsent(revoked, 0, today.minusDays(3));
		return meeting;
	}

	private static UUID first(List<PartnerAgencyListing> directory, PartnerAgencyCategory category) {
		return directory.stream()
			.filter((agency) -> agency.category() == category)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo directory has no " + category + " agency"))
			.id();
	}

}
