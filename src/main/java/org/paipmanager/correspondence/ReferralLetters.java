package org.paipmanager.correspondence;

import java.util.HashMap;
import java.util.Map;

import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ReferralDecided;
import org.paipmanager.participant.ReferralOutcome;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the letter that tells the referral source of a referral decision (PAR-2,
 * 501.230(a)). It holds participant-side data only: name, date of birth, case number, the
 * decision and its coded reason and recommended sanction.
 */
@Component
class ReferralLetters {

	private final ReferralSourceLetters letters;

	ReferralLetters(ReferralSourceLetters letters) {
		this.letters = letters;
	}

	// Synchronous, in the deciding transaction: a decision without its letter (or a
	// letter
	// without its decision) is never saved, unlike with an async
	// @ApplicationModuleListener.
	@EventListener
	void on(ReferralDecided decision) {
		ParticipantDetails participant = this.letters.participant(decision.participantId());
		boolean accepted = decision.outcome() == ReferralOutcome.ACCEPTED;
		CorrespondenceKind kind = accepted ? CorrespondenceKind.REFERRAL_ACCEPTED
				: CorrespondenceKind.REFERRAL_REJECTED;
		// HashMap: the reason, sanction and explanation of an acceptance are null.
		Map<String, Object> model = new HashMap<>();
		model.put("accepted", accepted);
		model.put("reason", decision.rejectionReason());
		model.put("sanction", decision.alternativeSanction());
		model.put("explanation", decision.explanation());
		this.letters.write(participant, kind, "correspondence/letter-referral", decision.decidedOn(),
				decision.decisionId(), model);
	}

}
