package org.paipmanager.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paipmanager.eligibility.EligibilityDecided;
import org.paipmanager.participant.ParticipantDetails;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the letter an eligibility decision requires to the referral source (PAR-4:
 * 501.125(a), (b), (d), 501.230(d); PAR-5: 501.125(d)(3), 501.230(e); PAR-6: 501.135(a),
 * (c)). The letter is built from fixed text, the outcome, the follow-up codes and the
 * sections: nothing the participant said at screening and no override reason reaches it.
 */
@Component
class EligibilityLetters {

	private final ReferralSourceLetters letters;

	private final CorrespondenceManagement correspondence;

	EligibilityLetters(ReferralSourceLetters letters, CorrespondenceManagement correspondence) {
		this.letters = letters;
		this.correspondence = correspondence;
	}

	// Synchronous, in the deciding transaction, like the referral letters: a decision
	// never stands without the letter it requires.
	@EventListener
	void on(EligibilityDecided decision) {
		boolean earlierLettered = decision.revision() && this.correspondence.written(decision.revisedDecisionId());
		EligibilityNotice.of(decision, earlierLettered).ifPresent((notice) -> write(decision, notice));
	}

	private void write(EligibilityDecided decision, EligibilityNotice notice) {
		ParticipantDetails participant = this.letters.participant(decision.participantId());
		List<String> grounds = notice.sections()
			.stream()
			.map((section) -> this.letters.message("letter.ground", section,
					this.letters.messageOrEmpty("letter.ground." + section)))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("paragraphs", notice.paragraphs());
		model.put("grounds", grounds);
		model.put("decision", this.letters.message("letter.eligibility.decision." + notice.kind()));
		// 501.125(d)(1): a revision says which decision it revises.
		model.put("revisedOn", (decision.revisedDecidedOn() != null)
				? ReferralSourceLetters.LETTER_DATE.format(decision.revisedDecidedOn()) : null);
		this.letters.write(participant, notice.kind(), "correspondence/letter-eligibility", decision.decidedOn(),
				decision.decisionId(), model);
	}

}
