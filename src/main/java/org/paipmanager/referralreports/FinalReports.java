package org.paipmanager.referralreports;

import org.paipmanager.completion.ProgramEnded;
import org.paipmanager.participant.ProgramStage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the final report to the referral source when a program ends in completion or
 * termination (OUT-5, 501.115(b)(11)(I)), and the noncompliance notice of a termination
 * (OUT-4).
 */
@Component
class FinalReports {

	private final ReferralReportsManagement reports;

	FinalReports(ReferralReportsManagement reports) {
		this.reports = reports;
	}

	// Synchronous, in the ending transaction, like the correspondence letters: an ending
	// is never saved without its final report.
	@EventListener
	void on(ProgramEnded ended) {
		this.reports.writeFinal(ended);
		if (ended.outcome() == ProgramStage.TERMINATED) {
			// OUT-4: the termination is noncompliance the referral source hears of at
			// once.
			this.reports.raiseTermination(ended);
		}
	}

}
