package org.paipmanager.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.staff.domain.PasswordPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member sets their own password (OWASP ASVS 5.0 6.2, HIPAA 164.312(d), ADR
 * 0028): from their account page with the current password (6.2.3), or at the first
 * sign-in after an administrator issued a temporary one. The new password must meet
 * {@link PasswordPolicy}; a refusal names the field and saves nothing but the count of a
 * wrong current password towards the lockout. Ending the account's other sessions is the
 * security layer's part.
 */
@Service
public class ChangingPasswords {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	ChangingPasswords(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy policy, StaffAccounts accounts,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes the signed-in user's own password (6.2.2, 6.2.3). A wrong current password
	 * counts towards the lockout like a failed sign-in.
	 * @param accountId the signed-in user's account; refused unless it is the current
	 * actor's
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(noRollbackFor = StaffChangeRefused.class)
	public void changeOwn(UUID accountId, String current, String chosen, String confirmation) {
		Row account = lock(accountId);
		if (current == null || current.isEmpty()) {
			throw new StaffChangeRefused("current", "password.error.currentRequired");
		}
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now(this.clock))) {
			throw new StaffChangeRefused("current", "password.error.locked");
		}
		if (!this.passwordEncoder.matches(current, account.passwordHash())) {
			this.accounts.recordFailedAttempt(accountId);
			this.audit.record(AuditAction.SIGN_IN_FAILED, ManagingSignInAccounts.RECORD_TYPE, accountId.toString(),
					"password change: current password wrong");
			throw new StaffChangeRefused("current", "password.error.current");
		}
		check(account, chosen, confirmation);
		save(account, chosen, "password changed by its owner");
	}

	/**
	 * Replaces a temporary password at the sign-in that used it, before the second factor
	 * (ADR 0028). Refused unless the account still has a temporary password.
	 */
	@Transactional
	public void replaceTemporary(UUID accountId, String chosen, String confirmation) {
		Row account = lock(accountId);
		if (!account.temporary()) {
			throw new StaffChangeRefused("password", "password.error.notTemporary");
		}
		check(account, chosen, confirmation);
		save(account, chosen, "temporary password replaced by its owner");
	}

	private void check(Row account, String chosen, String confirmation) {
		List<String> names = new ArrayList<>();
		names.add(account.firstName());
		names.add(account.lastName());
		this.policy.problem(chosen, account.username(), names).ifPresent((problem) -> {
			throw new StaffChangeRefused("password", problem);
		});
		if (this.passwordEncoder.matches(chosen, account.passwordHash())) {
			throw new StaffChangeRefused("password", "password.error.same");
		}
		if (!chosen.equals(confirmation)) {
			throw new StaffChangeRefused("confirmation", "password.error.confirmation");
		}
	}

	private void save(Row account, String chosen, String detail) {
		this.jdbc.sql("""
				update staff_account set password_hash = ?, temporary_password_until = null, password_changed_at = ?,
				    version = version + 1
				where id = ?""")
			.params(this.passwordEncoder.encode(chosen), Timestamp.from(Instant.now(this.clock)), account.id())
			.update();
		this.audit.record(AuditAction.UPDATE, ManagingSignInAccounts.RECORD_TYPE, account.id().toString(), detail);
	}

	/** The current actor's own account, locked for the change. */
	private Row lock(UUID accountId) {
		return this.jdbc.sql("""
				select a.id, a.username, a.password_hash, a.locked_until, a.temporary_password_until is not null,
				       s.first_name, s.last_name
				from staff_account a left join staff s on s.id = a.staff_id
				where a.id = ? and a.staff_id = ? and a.enabled for update of a""")
			.params(accountId, CurrentActor.require().staffId().value())
			.query((rs, row) -> {
				Timestamp locked = rs.getTimestamp(4);
				return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						(locked != null) ? locked.toInstant() : null, rs.getBoolean(5), rs.getString(6),
						rs.getString(7));
			})
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("staff account", accountId));
	}

	private record Row(UUID id, String username, String passwordHash, Instant lockedUntil, boolean temporary,
			String firstName, String lastName) {

		@Override
		public String toString() {
			return "Row[id=" + this.id + "]";
		}

	}

}
