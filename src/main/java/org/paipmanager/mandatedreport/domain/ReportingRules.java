package org.paipmanager.mandatedreport.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;

/**
 * Walks the branches of 501.220 (and 501.145, 501.170(j), 501.230(b)) for one reported
 * event and returns the required actions in the order staff take them. Threats to harm or
 * kill come first because they are reported immediately whoever told the program; then
 * new violence with the exceptions of (a); then victim contact under an order of
 * protection; then the standing precautions; then child and elder abuse.
 */
public final class ReportingRules {

	private ReportingRules() {
	}

	public static List<RequiredAction> decide(ReportedEvent event) {
		SequencedSet<RequiredAction> actions = new LinkedHashSet<>();
		boolean threatToHarmOrKill = event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_VICTIM)
				|| event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_CHILDREN)
				|| event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_OTHERS);
		boolean violence = event.isAbout(Concern.NEW_VIOLENCE) || event.isAbout(Concern.THREAT_OF_VIOLENCE);
		boolean contactUnderOrder = event.isAbout(Concern.VICTIM_CONTACT) && event.orderOfProtectionInForce();

		if (threatToHarmOrKill) {
			threatToHarmOrKill(event, actions);
		}
		else if (violence && exceptionsOfParagraphAAllowReport(event, actions)) {
			// 501.220(b): reasonable efforts to notify the victim first, then (a)
			// immediately.
			actions.add(RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING);
			actions.add(RequiredAction.REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES);
		}
		if (contactUnderOrder) {
			// 501.220(d) has no exceptions of its own; (b) still asks for notice first.
			actions.add(RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING);
			actions.add(RequiredAction.NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER);
			actions.add(RequiredAction.NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION);
		}
		if (event.source() == InformationSource.VICTIM && event.victimConsent() != VictimConsent.GIVEN) {
			// 501.220(a)(1): even when a report goes ahead, the participant is not
			// confronted with what the victim said.
			actions.add(RequiredAction.DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT);
		}
		if (threatToHarmOrKill || violence || contactUnderOrder) {
			actions.add(RequiredAction.DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY);
		}
		if (event.isAbout(Concern.CHILD_ABUSE_OR_NEGLECT)) {
			actions.add(RequiredAction.REPORT_TO_DCFS_HOTLINE);
		}
		if (event.isAbout(Concern.ELDER_ABUSE_NEGLECT_OR_EXPLOITATION)) {
			actions.add(RequiredAction.REFER_TO_DEPARTMENT_ON_AGING);
		}
		if (event.isAbout(Concern.CHILD_ABUSE_OR_NEGLECT)
				|| event.isAbout(Concern.ELDER_ABUSE_NEGLECT_OR_EXPLOITATION)) {
			actions.add(RequiredAction.COUNT_IN_ABUSE_REPORT_STATISTICS);
		}
		return List.copyOf(actions);
	}

	// 501.220(c): no exceptions; the report is immediate and does not wait for the
	// victim notice.
	private static void threatToHarmOrKill(ReportedEvent event, SequencedSet<RequiredAction> actions) {
		actions.add(RequiredAction.REPORT_THREAT_IMMEDIATELY);
		if (event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_VICTIM)
				|| event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_CHILDREN)) {
			actions.add(RequiredAction.NOTIFY_VICTIM_OF_THREAT);
		}
		if (event.isAbout(Concern.THREAT_TO_HARM_OR_KILL_OTHERS)) {
			actions.add(RequiredAction.INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS);
			actions.add(RequiredAction.ASSESS_RISK_TO_VICTIM_AND_CHILDREN);
			if (event.riskToVictimAssessment() == RiskToVictimAssessment.SAFETY_COMPROMISED) {
				actions.add(RequiredAction.NOTIFY_VICTIM_SAFETY_COMPROMISED);
			}
		}
	}

	// 501.220(a)(1)-(2), unless the duty to warn (740 ILCS 110/11(ii)) applies. Adds the
	// action that holds the report back, or the override, and says whether to report.
	private static boolean exceptionsOfParagraphAAllowReport(ReportedEvent event,
			SequencedSet<RequiredAction> actions) {
		RequiredAction holdBack = switch (event.source()) {
			case VICTIM -> switch (event.victimConsent()) {
				case GIVEN -> null;
				case NOT_YET_ASKED -> RequiredAction.OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING;
				case REFUSED -> RequiredAction.DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT;
			};
			case THIRD_PARTY -> switch (event.jeopardyAssessment()) {
				case NO_JEOPARDY -> null;
				case NOT_YET_ASSESSED -> RequiredAction.ASSESS_JEOPARDY_TO_REPORTER_AND_VICTIM;
				case REPORTING_WOULD_ENDANGER -> RequiredAction.DO_NOT_REPORT_REPORTER_OR_VICTIM_IN_JEOPARDY;
			};
			case PARTICIPANT, STAFF_OBSERVATION -> null;
		};
		if (holdBack == null) {
			return true;
		}
		if (event.dutyToWarnApplies()) {
			actions.add(RequiredAction.DUTY_TO_WARN_OVERRIDES_EXCEPTION);
			return true;
		}
		actions.add(holdBack);
		return false;
	}

	/**
	 * Whether the victim notice of 501.220(b) has at least one documented effort. The
	 * report may go ahead without the victim being reached; it may not go ahead without
	 * an effort on record.
	 */
	public static boolean victimNotificationEffortDocumented(ReportedEvent event) {
		return !event.victimNotificationAttempts().isEmpty();
	}

	/**
	 * What a completed report still lacks: time, reporter, agency and reference number
	 * (SAF-7), the time not later than {@code now}. Empty when the report is complete.
	 */
	public static List<ReportProblem> problemsWith(CompletedReport report, Instant now) {
		List<ReportProblem> problems = new ArrayList<>();
		if (report.reportedAt() == null) {
			problems.add(ReportProblem.TIME_MISSING);
		}
		else if (report.reportedAt().isAfter(now)) {
			problems.add(ReportProblem.TIME_IN_FUTURE);
		}
		if (isBlank(report.reporter())) {
			problems.add(ReportProblem.REPORTER_MISSING);
		}
		if (report.agency() == null) {
			problems.add(ReportProblem.AGENCY_MISSING);
		}
		if (isBlank(report.referenceNumber())) {
			problems.add(ReportProblem.REFERENCE_NUMBER_MISSING);
		}
		return List.copyOf(problems);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
