package org.paipmanager.demo;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.ReferralStatus;
import org.paipmanager.coordination.ReferralStatusCommand;
import org.paipmanager.shared.ParticipantId;

/**
 * Demo closed-loop referral (issue 7): the treatment referral goes to the demo treatment
 * provider, which takes referrals on paper, as a printed referral the day after; staff
 * record its acceptance a week later. The directory's FHIR page shows how a provider with
 * a FHIR server would be connected instead.
 */
class DemoReferralExchange {

	private final ExchangingReferrals exchange;

	private final DemoClock clock;

	DemoReferralExchange(ExchangingReferrals exchange, DemoClock clock) {
		this.exchange = exchange;
		this.clock = clock;
	}

	void sentOnPaperAndAccepted(ParticipantId participant, UUID referral, LocalDate referredOn) {
		this.clock.on(referredOn.plusDays(1), () -> this.exchange.send(participant, referral));
		LocalDate answered = referredOn.plusDays(8);
		this.clock.on(answered, () -> {
			this.exchange.recordStatus(participant, new ReferralStatusCommand(referral, ReferralStatus.ACCEPTED,
					"Assessment booked; outpatient group on Wednesdays", answered));
			return null;
		});
	}

}
