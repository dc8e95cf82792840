package org.paipmanager.demo;

import java.time.LocalDate;

import org.paipmanager.compliance.ComplianceManagement;
import org.paipmanager.compliance.CorrectiveActionCommand;
import org.paipmanager.compliance.DeskReviews;
import org.paipmanager.compliance.PacketCommand;
import org.paipmanager.compliance.PolicyCommand;
import org.paipmanager.compliance.SubpartBSection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo compliance (PRG-5, CON-4): written policies for a few Subpart B sections (the
 * others show as missing on the self-check), one corrective action plan for the overdue
 * observation of Renee Abbott, and one desk review packet for the demo monitor.
 */
@Component
@ConditionalOnBooleanProperty(name = "paip.demo.enabled")
class DemoCompliance {

	private final ComplianceManagement compliance;

	private final DeskReviews reviews;

	DemoCompliance(ComplianceManagement compliance, DeskReviews reviews) {
		this.compliance = compliance;
		this.reviews = reviews;
	}

	void seed(LocalDate today) {
		policy(SubpartBSection.EDUCATIONAL_COMPONENT, "Groups and curriculum",
				"Groups meet weekly for 90 minutes, at least 24 sessions and 36 hours. Each group has two facilitators, "
						+ "members of one gender and no more than 15 participants. The curriculum plan covers every "
						+ "component of 501.90(b)(4).",
				today.minusYears(2));
		policy(SubpartBSection.CLIENT_RECORDS, "Client files and retention",
				"A file is kept for every participant and retained six years after the last date of service, or until "
						+ "an open audit or review is closed. Files are made available to the Department for desk "
						+ "reviews.",
				today.minusYears(1));
		policy(SubpartBSection.CONFIDENTIALITY, "Confidentiality and releases",
				"Confidentiality and its legal exceptions are explained at intake. Information leaves the program only "
						+ "under a signed release in force or a legal exception, and every disclosure is recorded.",
				today.minusMonths(8));
		policy(SubpartBSection.FEE_STRUCTURE, "Fee policy",
				"Fees follow the sliding scale by household size and monthly income; no one is turned away for "
						+ "inability to pay.",
				today.minusYears(2));
		policy(SubpartBSection.SUPERVISION, "Supervision and observation",
				"The director observes each facilitator running a group at least every six months and records it in "
						+ "the personnel file.",
				today.minusYears(3));
		this.compliance.openCorrectiveAction(new CorrectiveActionCommand(SubpartBSection.SUPERVISION,
				"Renee Abbott was last observed more than six months ago (501.300).",
				"Observe her on the Tuesday evening men's group and book the next observation within six months.",
				"Dana Whitfield, program director", today.plusDays(10)));
		this.reviews.build(new PacketCommand("monitor", today.minusMonths(6), today));
	}

	private void policy(SubpartBSection section, String title, String text, LocalDate effectiveOn) {
		this.compliance.writePolicy(new PolicyCommand(section, title, text, effectiveOn, null));
	}

}
