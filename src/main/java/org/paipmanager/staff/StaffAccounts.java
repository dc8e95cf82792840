package org.paipmanager.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts of staff: password, second factor and lockout state. Used by the
 * security layer before any agency scope exists, so it reads the account table directly.
 */
@Service
public class StaffAccounts {

	/** Failed attempts (password or second factor) that lock an account. */
	public static final int MAX_FAILED_ATTEMPTS = 5;

	/** How long a locked account stays locked. */
	public static final Duration LOCKOUT = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<SignInAccount> findForSignIn(String username) {
		return this.jdbc.sql("""
				select id, staff_id, agency_id, username, display_name, password_hash, roles, totp_secret,
				       totp_last_step, enabled, locked_until, temporary_password_until
				from staff_account where lower(username) = lower(?)""")
			.param(username.strip())
			.query(StaffAccounts::account)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<SignInAccount> findById(UUID accountId) {
		return this.jdbc.sql("""
				select id, staff_id, agency_id, username, display_name, password_hash, roles, totp_secret,
				       totp_last_step, enabled, locked_until, temporary_password_until
				from staff_account where id = ?""").param(accountId).query(StaffAccounts::account).optional();
	}

	/**
	 * Enabled accounts of the current agency holding a role, by display name: whom a desk
	 * review packet can be addressed to (CON-4).
	 * @return username and display name of each
	 */
	@PreAuthorize("hasAuthority('PROGRAM_COMPLIANCE')")
	@Transactional(readOnly = true)
	public List<Map.Entry<String, String>> accountsWithRole(Role role) {
		return this.jdbc.sql("""
				select username, display_name from staff_account
				where agency_id = current_agency_id() and enabled and ? = any (roles)
				order by display_name, username""")
			.param(role.name())
			.query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("display_name")))
			.list();
	}

	/** Counts a failed attempt; the fifth in a row locks the account for ten minutes. */
	@Transactional
	public void recordFailedAttempt(UUID accountId) {
		Instant lockedUntil = Instant.now(this.clock).plus(LOCKOUT);
		this.jdbc.sql("""
				update staff_account set
				  locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end,
				  failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end
				where id = ?""")
			.params(MAX_FAILED_ATTEMPTS, Timestamp.from(lockedUntil), MAX_FAILED_ATTEMPTS, accountId)
			.update();
	}

	@Transactional
	public void recordSuccessfulSignIn(UUID accountId) {
		this.jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null where id = ?")
			.param(accountId)
			.update();
	}

	/**
	 * Uses up a temporary password at the sign-in that presented it (ASVS 5.0 6.4.1):
	 * false when it had expired or was used already, so it works once.
	 */
	@Transactional
	public boolean useTemporaryPassword(UUID accountId) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		return this.jdbc.sql("""
				update staff_account set temporary_password_until = ?
				where id = ? and temporary_password_until > ?""").params(now, accountId, now).update() == 1;
	}

	/**
	 * Marks a TOTP time step as used. False when that step or a later one was already
	 * used, so every code works once.
	 */
	@Transactional
	public boolean useTotpStep(UUID accountId, long step) {
		return this.jdbc.sql("update staff_account set totp_last_step = ? where id = ? and totp_last_step < ?")
			.params(step, accountId, step)
			.update() == 1;
	}

	/**
	 * Stores the confirmed TOTP secret of an account, marking the step that confirmed it
	 * used.
	 */
	@Transactional
	public void enrolTotp(UUID accountId, String secret, long confirmedStep) {
		this.jdbc
			.sql("update staff_account set totp_secret = ?, totp_last_step = ? where id = ? and totp_secret is null")
			.params(secret, confirmedStep, accountId)
			.update();
	}

	/**
	 * Creates a sign-in account for a staff member; the password is hashed with Argon2id.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public UUID createAccount(StaffId staffId, AgencyId agencyId, String username, String displayName,
			String rawPassword, Set<Role> roles, String totpSecret) {
		UUID id = UUID.randomUUID();
		String[] roleNames = roles.stream().map(Role::name).sorted().toArray(String[]::new);
		this.jdbc.sql("""
				insert into staff_account (id, staff_id, agency_id, username, display_name, password_hash, roles,
				    totp_secret)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, staffId.value(), agencyId.value(), username, displayName,
					this.passwordEncoder.encode(rawPassword), roleNames, totpSecret)
			.update();
		return id;
	}

	/**
	 * Enabled accounts of active staff of the current agency holding a role, with their
	 * email if recorded: whom an alert goes to (break-glass, ADR 0023).
	 */
	@Transactional(readOnly = true)
	public List<StaffContact> contactsWithRole(Role role) {
		return this.jdbc.sql("""
				select a.staff_id, a.username, a.display_name, s.email from staff_account a
				join staff s on s.id = a.staff_id
				where a.agency_id = current_agency_id() and s.agency_id = current_agency_id() and a.enabled
				  and s.active and ? = any (a.roles)
				order by a.display_name""")
			.param(role.name())
			.query((rs, row) -> new StaffContact(new StaffId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/** A staff member to alert: id, username, name and email (may be null). */
	public record StaffContact(StaffId staffId, String username, String displayName, String email) {
	}

	private static SignInAccount account(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> roleSet = Arrays.stream((String[]) roles.getArray())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		Timestamp temporaryUntil = rs.getTimestamp("temporary_password_until");
		return new SignInAccount(rs.getObject("id", UUID.class), new StaffId(rs.getObject("staff_id", UUID.class)),
				new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("password_hash"), roleSet, rs.getString("totp_secret"),
				rs.getLong("totp_last_step"), rs.getBoolean("enabled"),
				(lockedUntil != null) ? lockedUntil.toInstant() : null,
				(temporaryUntil != null) ? temporaryUntil.toInstant() : null);
	}

}
