package org.paipmanager.system.security;

import java.util.Set;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.staff.SignInRevoked;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account the moment it is disabled or its roles change: the
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
		Set<String> ids = Set.copyOf(this.sessions.findByPrincipalName(revoked.username()).keySet());
		ids.forEach(this.sessions::deleteById);
		this.audit.record(AuditAction.SIGN_OUT, "account", revoked.accountId().toString(),
				"sessions ended=" + ids.size() + "; " + revoked.reason());
	}

}
