package org.paipmanager.mandatedreport;

import java.util.List;

import org.paipmanager.mandatedreport.domain.RequiredAction;

/**
 * What the rules require for the facts entered so far, as the guided workflow shows it.
 *
 * @param actions the required actions in the order staff take them, each with its
 * section; for someone outside the victim compartment without the victim-side steps
 * @param reportsNeeded the reports to make, one entry each
 * @param victimSideOpen the current actor records the victim-side answers here
 * @param liaisonWillHandle the victim-side steps go to the victim liaison
 * @param stepUpWouldOpen the actor could record them after step-up
 * @param waitingFor the step the report waits for (consent, danger assessment), or null
 * @param withheld the exceptions of 501.220(a) hold the report back
 * @param asksConsent the victim's consent is asked (501.220(a)(1))
 * @param asksJeopardy the danger assessment is asked (501.220(a)(2))
 * @param asksRisk the risk assessment is asked (501.220(c)(2)(B))
 * @param asksAttempts notification attempts are asked (501.220(b), (c))
 */
public record ReportPlan(List<RequiredAction> actions, List<RequiredAction> reportsNeeded, boolean victimSideOpen,
		boolean liaisonWillHandle, boolean stepUpWouldOpen, RequiredAction waitingFor, boolean withheld,
		boolean asksConsent, boolean asksJeopardy, boolean asksRisk, boolean asksAttempts) {

	public ReportPlan {
		actions = List.copyOf(actions);
		reportsNeeded = List.copyOf(reportsNeeded);
	}

}
