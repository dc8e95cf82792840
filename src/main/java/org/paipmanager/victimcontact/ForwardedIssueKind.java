package org.paipmanager.victimcontact;

/** What a meeting forwards to the Chair of the Protocol Committee (seed 004, step 8). */
public enum ForwardedIssueKind {

	ISSUE, CONCERN, SERVICE_GAP, RECOMMENDATION

}
