package org.paipmanager.system.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.staff.SignInRevoked;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account the moment it is disabled, its roles change or its
 * password is reset (and the other sessions when its owner changes it, ADR 0028): the
 * Spring Session JDBC rows found by the principal-name index are deleted, on every node
 * at once since they share the store. The next request with an old cookie finds no
 * session and is sent to the sign-in page (ASVS 5.0 7.4.2, HIPAA 164.312(a)(1), ADR
 * 0023).
 */
@Component
class SessionsOfRevokedAccounts {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final AuditLog audit;

	SessionsOfRevokedAccounts(FindByIndexNameSessionRepository<?> sessions, AuditLog audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	@EventListener
	void end(SignInRevoked revoked) {
		endAllBut(revoked.accountId(), revoked.username(), null, revoked.reason());
	}

	/**
	 * Ends every session of the account but the one the user is in (ASVS 5.0 7.4.3: after
	 * a change of password the other sessions end). Audited as one sign-out row.
	 * @param keep the id of the session to keep, or null for none
	 */
	void endAllBut(UUID accountId, String username, String keep, String reason) {
		Set<String> ids = new HashSet<>(this.sessions.findByPrincipalName(username).keySet());
		if (keep != null) {
			ids.remove(keep);
		}
		ids.forEach(this.sessions::deleteById);
		this.audit.record(AuditAction.SIGN_OUT, "account", accountId.toString(),
				"sessions ended=" + ids.size() + "; " + reason);
	}

}
