package org.paipmanager.system.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The permission each area of routes needs, checked by the filter chain before a
 * controller binds or validates anything (issue 9, authorization matrix). Without it a
 * role that may not change a record got a validation answer to an empty form instead of a
 * refusal, because the module facades, which stay the authority, check only once the
 * input is valid. The facades' own checks still run behind these: a guard here is never
 * wider than the facade method the route calls. The first matching guard wins, so the
 * narrower paths come first.
 */
final class RouteGuards {

	/** The methods that change something. */
	private static final List<HttpMethod> CHANGING = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	/** A guard: the methods it covers (null for all), its paths and the permissions. */
	private record Guard(List<HttpMethod> methods, List<String> paths, List<String> permissions) {
	}

	private static final List<Guard> GUARDS = List.of(
			// The victim compartment (501.180, 501.190).
			any(List.of("/victim/**", "/api/victim/**"), "VICTIM_CONTACT_ACCESS"),
			// Participant files: each kind of change needs its own permission.
			changing(List.of("/participants/*/mandated-reports/*/follow-up"), "MANDATED_REPORT_WRITE",
					"VICTIM_CONTACT_ACCESS"),
			changing(List.of("/participants/*/mandated-reports", "/participants/*/mandated-reports/new",
					"/api/participants/*/mandated-reports"), "MANDATED_REPORT_WRITE"),
			changing(List.of("/participants/*/fees/**", "/api/participants/*/fees/**"), "FEES_WRITE"),
			changing(List.of("/participants/*/completion/criteria/*", "/api/participants/*/completion/assessments"),
					"COMPLETION_ASSESS"),
			changing(List.of("/participants/*/completion/**", "/api/participants/*/completion/**"),
					"COMPLETION_DECIDE"),
			changing(List.of("/participants/*/eligibility", "/api/participants/*/eligibility",
					"/api/participants/*/eligibility/proposal", "/participants/*/referral-decision",
					"/api/participants/*/referral-decision"), "ELIGIBILITY_DECIDE"),
			changing(List.of("/participants/*/screening/complete", "/api/participants/*/screening/complete"),
					"PARTICIPANT_WRITE", "CLINICAL_SCREEN_ACCESS"),
			changing(List.of("/participants/*/notes"), "CASE_NOTE_WRITE"),
			changing(List.of("/participants/*/individual-sessions", "/api/participants/*/individual-sessions"),
					"ATTENDANCE_RECORD"),
			// Emergency access to the clinical screening is asked for by readers of the
			// file
			// (the facade lets only facilitators and victim liaisons have it).
			changing(List.of("/participants/*/emergency-access"), "PARTICIPANT_READ"),
			changing(List.of("/participants/**", "/api/participants", "/api/participants/**"), "PARTICIPANT_WRITE"),
			// Reads that need more than the file: the role is refused before the record
			// is
			// looked up, so another agency's record is 403 to it as its own is.
			get(List.of("/api/participants/*/fees/statement"), "PARTICIPANT_READ"),
			get(List.of("/participants/*/fees/**", "/participants/*/fees", "/api/participants/*/fees",
					"/api/participants/*/fees/**"), "FEES_READ"),
			get(List.of("/api/participants/*/eligibility/draft"), "ELIGIBILITY_DECIDE"),
			get(List.of("/participants/*/consent/releases/*/revoke"), "PARTICIPANT_WRITE"),
			any(List.of("/participants", "/participants/**", "/api/participants", "/api/participants/**"),
					"PARTICIPANT_READ"),
			// Groups.
			changing(List.of("/groups/*/attendance"), "ATTENDANCE_RECORD"),
			changing(List.of("/groups/*/members"), "GROUP_ASSIGN"),
			changing(List.of("/groups/new", "/groups/*/curriculum"), "GROUP_WRITE"),
			get(List.of("/groups/*/members"), "GROUP_ASSIGN"),
			// A group's page (its members), not the schedule or the calendar beside it.
			get(List.of("/groups/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}"), "GROUP_READ",
					"PARTICIPANT_READ"),
			// Staff, the partner directory, agreements, coordination, templates.
			changing(List.of("/staff/**", "/api/staff", "/api/staff/**"), "STAFF_WRITE"),
			get(List.of("/staff/*/account"), "STAFF_WRITE"),
			changing(List.of("/referral-reports/viewers/*"), "STAFF_WRITE"),
			changing(List.of("/referral-reports/**"), "PARTICIPANT_WRITE"),
			changing(List.of("/agency/**", "/api/agreements", "/api/agreements/*", "/api/partner-agencies",
					"/api/partner-agencies/**", "/coordination/**", "/api/coordination/**", "/contract-templates"),
					"AGENCY_WRITE"),
			get(List.of("/contract-templates/new"), "AGENCY_WRITE"),
			changing(List.of("/fees/**", "/api/fees/**"), "FEES_WRITE", "AGENCY_WRITE"),
			// Completion standards of referral sources.
			changing(List.of("/completion/standards", "/completion/standards/*"), "COMPLETION_DECIDE"),
			get(List.of("/completion/standards/new", "/completion/standards/*"), "COMPLETION_DECIDE"),
			// Program administration and compliance.
			changing(List.of("/program/**", "/api/program/**"), "PROGRAM_WRITE"),
			any(List.of("/program", "/program/**", "/api/program/**"), "PROGRAM_READ"),
			any(List.of("/compliance", "/compliance/**", "/api/compliance/**"), "PROGRAM_COMPLIANCE"),
			changing(List.of("/department-notifications/**", "/api/department-notifications/**"),
					"DEPARTMENT_NOTIFICATIONS"),
			any(List.of("/retention", "/retention/**"), "PARTICIPANT_WRITE", "AUDIT_READ"),
			// Statistics: the agency's own, and the regional aggregates (CON-5).
			changing(List.of("/statistics/evaluation-plan", "/statistics/evaluation-plan/**"), "STATISTICS_READ",
					"AGENCY_WRITE"),
			any(List.of("/statistics/regional", "/statistics/regional/**", "/api/statistics/regional"),
					"REGIONAL_AGGREGATES_READ"),
			any(List.of("/statistics/participants"), "STATISTICS_READ", "PARTICIPANT_READ"),
			any(List.of("/statistics", "/statistics/**", "/api/statistics"), "STATISTICS_READ"));

	private RouteGuards() {
	}

	/**
	 * Adds the guards, each on top of the signed-in check every route has.
	 */
	static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			AuthorizationManager<RequestAuthorizationContext> signedIn) {
		for (Guard guard : GUARDS) {
			AuthorizationManager<RequestAuthorizationContext> check = (authentication, context) -> {
				AuthorizationResult signedInResult = signedIn.authorize(authentication, context);
				if (signedInResult == null || !signedInResult.isGranted()) {
					return new AuthorizationDecision(false);
				}
				Set<String> held = authentication.get()
					.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet());
				return new AuthorizationDecision(held.containsAll(guard.permissions()));
			};
			String[] paths = guard.paths().toArray(String[]::new);
			if (guard.methods() == null) {
				requests.requestMatchers(paths).access(check);
			}
			else {
				for (HttpMethod method : guard.methods()) {
					requests.requestMatchers(method, paths).access(check);
				}
			}
		}
	}

	private static Guard any(List<String> paths, String... permissions) {
		return new Guard(null, paths, List.of(permissions));
	}

	private static Guard changing(List<String> paths, String... permissions) {
		return new Guard(CHANGING, paths, List.of(permissions));
	}

	private static Guard get(List<String> paths, String... permissions) {
		return new Guard(List.of(HttpMethod.GET), paths, List.of(permissions));
	}

}
