package org.paipmanager.system.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.staff.SignInAccount;
import org.paipmanager.staff.StaffAccounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * First sign-in stage. Unknown user, wrong password, locked or disabled account all fail
 * the same way, after the same password-hash work, so none can be told apart.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	private final String unknownUserHash;

	PasswordAuthenticationProvider(StaffAccounts accounts, PasswordEncoder passwordEncoder, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		Optional<SignInAccount> found = this.accounts.findForSignIn(username);
		if (found.isEmpty()) {
			this.passwordEncoder.matches(password, this.unknownUserHash);
			throw failure();
		}
		SignInAccount account = found.get();
		boolean passwordMatches = this.passwordEncoder.matches(password, account.passwordHash());
		Instant now = Instant.now(this.clock);
		Actor actor = new Actor(account.staffId(), account.agencyId(), account.username(), account.roles());
		if (!passwordMatches || !account.enabled() || account.lockedAt(now)) {
			if (!account.lockedAt(now)) {
				this.accounts.recordFailedAttempt(account.accountId());
			}
			CurrentActor.runAs(actor, () -> this.audit.record(AuditAction.SIGN_IN_FAILED, "account",
					account.accountId().toString(), account.lockedAt(now) ? "locked" : "password"));
			throw failure();
		}
		StaffPrincipal principal = new StaffPrincipal(account.accountId(), actor, account.displayName());
		if (account.mustChangePassword()) {
			// ASVS 5.0 6.4.1: a temporary password works once and only until it expires.
			if (!this.accounts.useTemporaryPassword(account.accountId())) {
				this.accounts.recordFailedAttempt(account.accountId());
				CurrentActor.runAs(actor, () -> this.audit.record(AuditAction.SIGN_IN_FAILED, "account",
						account.accountId().toString(), "temporary password used or expired"));
				throw failure();
			}
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					SignInAuthorities.temporaryPassword());
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, SignInAuthorities.passwordOnly());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static BadCredentialsException failure() {
		return new BadCredentialsException("Sign-in failed");
	}

}
