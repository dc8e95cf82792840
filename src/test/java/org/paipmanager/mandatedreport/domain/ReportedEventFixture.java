package org.paipmanager.mandatedreport.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimNotificationAttempt;

/** Builds reported events; by default new violence revealed by the participant. */
final class ReportedEventFixture {

	private InformationSource source = InformationSource.PARTICIPANT;

	private Set<Concern> concerns = EnumSet.of(Concern.NEW_VIOLENCE);

	private VictimConsent victimConsent = VictimConsent.NOT_YET_ASKED;

	private JeopardyAssessment jeopardyAssessment = JeopardyAssessment.NOT_YET_ASSESSED;

	private boolean dutyToWarnApplies;

	private boolean orderOfProtectionInForce;

	private RiskToVictimAssessment riskToVictimAssessment = RiskToVictimAssessment.NOT_YET_ASSESSED;

	private final List<VictimNotificationAttempt> attempts = new ArrayList<>();

	private ReportedEventFixture() {
	}

	static ReportedEventFixture newViolenceRevealedByParticipant() {
		return new ReportedEventFixture();
	}

	ReportedEventFixture from(InformationSource source) {
		this.source = source;
		return this;
	}

	ReportedEventFixture about(Concern first, Concern... more) {
		this.concerns = EnumSet.of(first, more);
		return this;
	}

	ReportedEventFixture victimConsent(VictimConsent consent) {
		this.victimConsent = consent;
		return this;
	}

	ReportedEventFixture jeopardy(JeopardyAssessment assessment) {
		this.jeopardyAssessment = assessment;
		return this;
	}

	ReportedEventFixture dutyToWarnApplies() {
		this.dutyToWarnApplies = true;
		return this;
	}

	ReportedEventFixture orderOfProtectionInForce() {
		this.orderOfProtectionInForce = true;
		return this;
	}

	ReportedEventFixture riskToVictim(RiskToVictimAssessment assessment) {
		this.riskToVictimAssessment = assessment;
		return this;
	}

	ReportedEventFixture victimNotificationAttempt(VictimNotificationAttempt.Method method, boolean reached) {
		this.attempts.add(new VictimNotificationAttempt(Instant.parse("2026-11-23T10:00:00Z"), method, reached));
		return this;
	}

	ReportedEvent build() {
		return new ReportedEvent(this.source, this.concerns, this.victimConsent, this.jeopardyAssessment,
				this.dutyToWarnApplies, this.orderOfProtectionInForce, this.riskToVictimAssessment, this.attempts);
	}

}
