package org.paipmanager.mandatedreport.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.mandatedreport.domain.CompletedReport.ReportAgency;
import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimNotificationAttempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.paipmanager.mandatedreport.domain.ReportedEventFixture.newViolenceRevealedByParticipant;
import static org.paipmanager.mandatedreport.domain.RequiredAction.ASSESS_JEOPARDY_TO_REPORTER_AND_VICTIM;
import static org.paipmanager.mandatedreport.domain.RequiredAction.ASSESS_RISK_TO_VICTIM_AND_CHILDREN;
import static org.paipmanager.mandatedreport.domain.RequiredAction.COUNT_IN_ABUSE_REPORT_STATISTICS;
import static org.paipmanager.mandatedreport.domain.RequiredAction.DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY;
import static org.paipmanager.mandatedreport.domain.RequiredAction.DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT;
import static org.paipmanager.mandatedreport.domain.RequiredAction.DO_NOT_REPORT_REPORTER_OR_VICTIM_IN_JEOPARDY;
import static org.paipmanager.mandatedreport.domain.RequiredAction.DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT;
import static org.paipmanager.mandatedreport.domain.RequiredAction.DUTY_TO_WARN_OVERRIDES_EXCEPTION;
import static org.paipmanager.mandatedreport.domain.RequiredAction.INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS;
import static org.paipmanager.mandatedreport.domain.RequiredAction.NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER;
import static org.paipmanager.mandatedreport.domain.RequiredAction.NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION;
import static org.paipmanager.mandatedreport.domain.RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING;
import static org.paipmanager.mandatedreport.domain.RequiredAction.NOTIFY_VICTIM_OF_THREAT;
import static org.paipmanager.mandatedreport.domain.RequiredAction.NOTIFY_VICTIM_SAFETY_COMPROMISED;
import static org.paipmanager.mandatedreport.domain.RequiredAction.OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING;
import static org.paipmanager.mandatedreport.domain.RequiredAction.REFER_TO_DEPARTMENT_ON_AGING;
import static org.paipmanager.mandatedreport.domain.RequiredAction.REPORT_THREAT_IMMEDIATELY;
import static org.paipmanager.mandatedreport.domain.RequiredAction.REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES;
import static org.paipmanager.mandatedreport.domain.RequiredAction.REPORT_TO_DCFS_HOTLINE;

class ReportingRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static List<String> sections(List<RequiredAction> actions) {
		return actions.stream().map(RequiredAction::section).toList();
	}

	@Test
	@DisplayName("SAF-4: violence revealed by the participant: notify the victim first, then report immediately (501.220(a),(b))")
	void reportsViolenceRevealedByTheParticipantAfterNotifyingTheVictim() {
		List<RequiredAction> actions = ReportingRules.decide(newViolenceRevealedByParticipant().build());
		assertThat(actions).containsExactly(NOTIFY_VICTIM_BEFORE_REPORTING, REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(b)", "501.220(a)", "501.220(b)");
	}

	@Test
	@DisplayName("SAF-4: a threat of violence observed by staff is reported the same way (501.220(a),(b))")
	void reportsAThreatOfViolenceObservedByStaff() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.STAFF_OBSERVATION)
				.about(Concern.THREAT_OF_VIOLENCE)
				.build());
		assertThat(actions).containsExactly(NOTIFY_VICTIM_BEFORE_REPORTING, REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-4: violence told by the victim, consent not yet asked: obtain consent first, no report, no confronting (501.220(a)(1))")
	void asksTheVictimsConsentBeforeReportingWhatTheVictimSaid() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM).build());
		assertThat(actions).containsExactly(OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING,
				DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(a)(1)", "501.220(a)(1)", "501.220(b)");
	}

	@Test
	@DisplayName("SAF-4: violence told by the victim who refused consent: not reported, participant not confronted (501.220(a)(1))")
	void withholdsTheReportWhenTheVictimRefuses() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM)
				.victimConsent(VictimConsent.REFUSED)
				.build());
		assertThat(actions).containsExactly(DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT,
				DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(actions).doesNotContain(REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES);
	}

	@Test
	@DisplayName("SAF-4: violence told by the victim who consented: notify, then report (501.220(a)(1),(b))")
	void reportsWithTheVictimsConsent() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM)
				.victimConsent(VictimConsent.GIVEN)
				.build());
		assertThat(actions).containsExactly(NOTIFY_VICTIM_BEFORE_REPORTING, REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-4: duty to warn overrides the victim's refusal; the participant is still not confronted (501.220(a), 740 ILCS 110/11(ii))")
	void dutyToWarnOverridesTheVictimsRefusal() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM)
				.victimConsent(VictimConsent.REFUSED)
				.dutyToWarnApplies()
				.build());
		assertThat(actions).containsExactly(DUTY_TO_WARN_OVERRIDES_EXCEPTION, NOTIFY_VICTIM_BEFORE_REPORTING,
				REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES, DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(a)", "501.220(b)", "501.220(a)", "501.220(a)(1)",
				"501.220(b)");
	}

	@Test
	@DisplayName("SAF-4: third-party information not yet assessed: assess jeopardy to reporter and victim before any report (501.220(a)(2))")
	void assessesJeopardyBeforeReportingThirdPartyInformation() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.THIRD_PARTY).build());
		assertThat(actions).containsExactly(ASSESS_JEOPARDY_TO_REPORTER_AND_VICTIM,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(a)(2)", "501.220(b)");
	}

	@Test
	@DisplayName("SAF-4: third-party information whose report would endanger reporter or victim is withheld (501.220(a)(2))")
	void withholdsThirdPartyInformationWhenReportingEndangers() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.THIRD_PARTY)
				.jeopardy(JeopardyAssessment.REPORTING_WOULD_ENDANGER)
				.build());
		assertThat(actions).containsExactly(DO_NOT_REPORT_REPORTER_OR_VICTIM_IN_JEOPARDY,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-4: third-party information without jeopardy is reported (501.220(a)(2),(b))")
	void reportsThirdPartyInformationWithoutJeopardy() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.THIRD_PARTY)
				.jeopardy(JeopardyAssessment.NO_JEOPARDY)
				.build());
		assertThat(actions).containsExactly(NOTIFY_VICTIM_BEFORE_REPORTING, REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-4: duty to warn overrides the third-party jeopardy exception (501.220(a), 740 ILCS 110/11(ii))")
	void dutyToWarnOverridesTheJeopardyException() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.THIRD_PARTY)
				.jeopardy(JeopardyAssessment.REPORTING_WOULD_ENDANGER)
				.dutyToWarnApplies()
				.build());
		assertThat(actions).containsExactly(DUTY_TO_WARN_OVERRIDES_EXCEPTION, NOTIFY_VICTIM_BEFORE_REPORTING,
				REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES, DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-4: each effort to notify the victim is documented; the notice counts as made once one effort is on record (501.220(b))")
	void knowsWhetherTheVictimNotificationEffortIsDocumented() {
		assertThat(ReportingRules.victimNotificationEffortDocumented(newViolenceRevealedByParticipant().build()))
			.isFalse();
		ReportedEvent event = newViolenceRevealedByParticipant()
			.victimNotificationAttempt(VictimNotificationAttempt.Method.TELEPHONE, false)
			.victimNotificationAttempt(VictimNotificationAttempt.Method.THROUGH_VICTIM_SERVICES, true)
			.build();
		assertThat(ReportingRules.victimNotificationEffortDocumented(event)).isTrue();
		assertThat(event.victimNotificationAttempts()).hasSize(2);
	}

	@Test
	@DisplayName("SAF-5: a threat to kill the victim is reported immediately and the victim notified (501.220(c),(c)(1))")
	void reportsAThreatAgainstTheVictimImmediately() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.THREAT_TO_HARM_OR_KILL_VICTIM).build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, NOTIFY_VICTIM_OF_THREAT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(c)", "501.220(c)(1)", "501.220(b)");
	}

	@Test
	@DisplayName("SAF-5: a threat about the children is reported immediately and the victim notified (501.220(c)(1))")
	void reportsAThreatAgainstTheChildrenImmediately() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.THREAT_TO_HARM_OR_KILL_CHILDREN).build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, NOTIFY_VICTIM_OF_THREAT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-5: a threat to kill told by the victim who refused consent is still reported immediately; the participant is not confronted (501.220(c))")
	void reportsAThreatToKillRegardlessOfSource() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM)
				.victimConsent(VictimConsent.REFUSED)
				.about(Concern.THREAT_TO_HARM_OR_KILL_VICTIM)
				.build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, NOTIFY_VICTIM_OF_THREAT,
				DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(actions).doesNotContain(DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT);
	}

	@Test
	@DisplayName("SAF-5: a threat to kill from a third party endangered by reporting is still reported immediately (501.220(c))")
	void reportsAThirdPartyThreatToKillDespiteJeopardy() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.THIRD_PARTY)
				.jeopardy(JeopardyAssessment.REPORTING_WOULD_ENDANGER)
				.about(Concern.THREAT_TO_HARM_OR_KILL_CHILDREN, Concern.NEW_VIOLENCE)
				.build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, NOTIFY_VICTIM_OF_THREAT,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
	}

	@Test
	@DisplayName("SAF-5: a threat about someone else: report, inform law enforcement, assess risk to victim and children (501.220(c)(2)(A),(B))")
	void informsLawEnforcementAndAssessesRiskForAThreatToOthers() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.THREAT_TO_HARM_OR_KILL_OTHERS).build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS,
				ASSESS_RISK_TO_VICTIM_AND_CHILDREN, DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(c)", "501.220(c)(2)(A)", "501.220(c)(2)(B)",
				"501.220(b)");
	}

	@Test
	@DisplayName("SAF-5: a threat about someone else that compromises the victim's safety: the victim is notified (501.220(c)(2)(B))")
	void notifiesTheVictimWhenAThreatToOthersCompromisesTheirSafety() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.THREAT_TO_HARM_OR_KILL_OTHERS)
				.riskToVictim(RiskToVictimAssessment.SAFETY_COMPROMISED)
				.build());
		assertThat(actions).containsExactly(REPORT_THREAT_IMMEDIATELY, INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS,
				ASSESS_RISK_TO_VICTIM_AND_CHILDREN, NOTIFY_VICTIM_SAFETY_COMPROMISED,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(ReportingRules.decide(newViolenceRevealedByParticipant().about(Concern.THREAT_TO_HARM_OR_KILL_OTHERS)
			.riskToVictim(RiskToVictimAssessment.SAFETY_NOT_COMPROMISED)
			.build())).doesNotContain(NOTIFY_VICTIM_SAFETY_COMPROMISED);
	}

	@Test
	@DisplayName("SAF-6: victim contact while an order of protection is in force: authorities and referral system notified (501.220(d), 501.230(b))")
	void notifiesAuthoritiesOfVictimContactUnderAnOrderOfProtection() {
		List<RequiredAction> actions = ReportingRules.decide(
				newViolenceRevealedByParticipant().about(Concern.VICTIM_CONTACT).orderOfProtectionInForce().build());
		assertThat(actions).containsExactly(NOTIFY_VICTIM_BEFORE_REPORTING,
				NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER, NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION,
				DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		assertThat(sections(actions)).containsExactly("501.220(b)", "501.220(d)", "501.230(b)", "501.220(b)");
	}

	@Test
	@DisplayName("SAF-6: victim contact with no order of protection in force requires no report under 501.220(d)")
	void requiresNothingForVictimContactWithoutAnOrder() {
		assertThat(ReportingRules.decide(newViolenceRevealedByParticipant().about(Concern.VICTIM_CONTACT).build()))
			.isEmpty();
	}

	@Test
	@DisplayName("SAF-7: possible child abuse: DCFS hotline report, counted for statistics (501.145, 501.170(j))")
	void reportsChildAbuseToDcfs() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.CHILD_ABUSE_OR_NEGLECT).build());
		assertThat(actions).containsExactly(REPORT_TO_DCFS_HOTLINE, COUNT_IN_ABUSE_REPORT_STATISTICS);
		assertThat(sections(actions)).containsExactly("501.145", "501.170(j)");
	}

	@Test
	@DisplayName("SAF-7: suspected elder abuse: referral to the Department on Aging, counted for statistics (501.145, 501.170(j))")
	void refersElderAbuseToTheDepartmentOnAging() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().about(Concern.ELDER_ABUSE_NEGLECT_OR_EXPLOITATION).build());
		assertThat(actions).containsExactly(REFER_TO_DEPARTMENT_ON_AGING, COUNT_IN_ABUSE_REPORT_STATISTICS);
	}

	@Test
	@DisplayName("SAF-7: child abuse told by the victim is reported to DCFS whatever the victim's consent; the participant is not confronted (501.145)")
	void reportsChildAbuseToldByTheVictimWithoutConfronting() {
		List<RequiredAction> actions = ReportingRules
			.decide(newViolenceRevealedByParticipant().from(InformationSource.VICTIM)
				.victimConsent(VictimConsent.REFUSED)
				.about(Concern.CHILD_ABUSE_OR_NEGLECT, Concern.ELDER_ABUSE_NEGLECT_OR_EXPLOITATION)
				.build());
		assertThat(actions).containsExactly(DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT, REPORT_TO_DCFS_HOTLINE,
				REFER_TO_DEPARTMENT_ON_AGING, COUNT_IN_ABUSE_REPORT_STATISTICS);
	}

	@Test
	@DisplayName("SAF-7: a completed report holds time, reporter, agency and reference number")
	void acceptsACompleteReport() {
		CompletedReport report = new CompletedReport(NOW.minusSeconds(60), "A. Facilitator", ReportAgency.DCFS_HOTLINE,
				"DCFS-2026-0042");
		assertThat(ReportingRules.problemsWith(report, NOW)).isEmpty();
	}

	@Test
	@DisplayName("SAF-7: a report without time, reporter, agency or reference number names each missing field")
	void namesEveryMissingFieldOfAReport() {
		assertThat(ReportingRules.problemsWith(new CompletedReport(null, " ", null, ""), NOW)).containsExactly(
				ReportProblem.TIME_MISSING, ReportProblem.REPORTER_MISSING, ReportProblem.AGENCY_MISSING,
				ReportProblem.REFERENCE_NUMBER_MISSING);
		assertThat(ReportingRules.problemsWith(
				new CompletedReport(NOW.plusSeconds(3600), "A. Facilitator", ReportAgency.LAW_ENFORCEMENT, "17"), NOW))
			.containsExactly(ReportProblem.TIME_IN_FUTURE);
	}

	@Test
	void refusesAnEventAboutNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportedEvent(InformationSource.PARTICIPANT,
				java.util.Set.of(), VictimConsent.NOT_YET_ASKED, JeopardyAssessment.NOT_YET_ASSESSED, false, false,
				RiskToVictimAssessment.NOT_YET_ASSESSED, List.of()));
	}

}
