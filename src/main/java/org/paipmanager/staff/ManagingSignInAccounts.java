package org.paipmanager.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's or director's hold on staff sign-in accounts of the own agency:
 * create an account with a temporary password, reset its password, disable and enable it,
 * change its roles. A reset, disabling and a change of roles end every open session of
 * the account at once ({@link SignInRevoked}, ASVS 5.0 7.4.2, 164.312(a)(1)). A stale
 * version is a conflict; an actor cannot disable their own account, reset their own
 * password here or change their own roles.
 */
@Service
public class ManagingSignInAccounts {

	static final String RECORD_TYPE = "staff-account";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	/** Letters, digits, dot, dash and underscore; 3 to 64 of them. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	ManagingSignInAccounts(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates the sign-in account of a staff member of the own agency who has none, with
	 * a temporary password the system generates (ASVS 5.0 6.4.1): returned once for the
	 * page to show, stored only as its hash, never audited. The first sign-in must
	 * replace it, then sets up the second factor (HIPAA 164.312(d), ADR 0028).
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public TemporaryPassword createAccount(StaffId staffId, String username, Set<Role> roles) {
		Map<String, Object> member = this.jdbc
			.sql("select first_name, last_name, active from staff where id = ? and agency_id = current_agency_id()")
			.param(staffId.value())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("staff member", staffId));
		if (!Boolean.TRUE.equals(member.get("active"))) {
			throw new StaffChangeRefused("*", "account.refused.departed");
		}
		if (this.jdbc.sql("select count(*) from staff_account where staff_id = ?")
			.param(staffId.value())
			.query(Integer.class)
			.single() > 0) {
			throw new StaffChangeRefused("*", "account.refused.exists");
		}
		String name = (username != null) ? username.strip() : "";
		Map<String, String> problems = new LinkedHashMap<>();
		if (name.isEmpty()) {
			problems.put("username", "account.error.usernameRequired");
		}
		else if (!USERNAME.matcher(name).matches()) {
			problems.put("username", "account.error.usernameFormat");
		}
		else if (usernameTaken(name)) {
			problems.put("username", "account.error.usernameTaken");
		}
		if (roles == null || roles.isEmpty()) {
			problems.put("roles", "account.refused.noRole");
		}
		if (!problems.isEmpty()) {
			throw new StaffChangeRefused(problems);
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(this.clock);
		TemporaryPassword issued = new TemporaryPassword(name, TemporaryPassword.generate(),
				now.plus(TemporaryPassword.VALID_FOR));
		try {
			this.jdbc.sql("""
					insert into staff_account (id, staff_id, agency_id, username, display_name, password_hash, roles,
					    temporary_password_until, password_changed_at)
					values (?, ?, current_agency_id(), ?, ?, ?, ?, ?, ?)""")
				.params(id, staffId.value(), name, member.get("first_name") + " " + member.get("last_name"),
						this.passwordEncoder.encode(issued.password()), roleNames(roles),
						Timestamp.from(issued.validUntil()), Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new StaffChangeRefused("username", "account.error.usernameTaken");
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"username=" + name + "; roles=" + String.join(",", roleNames(roles)) + "; temporary password issued");
		return issued;
	}

	/**
	 * Issues a new temporary password for another staff member's account (ASVS 5.0
	 * 6.4.1): the next sign-in must replace it; the authenticator is cleared only when
	 * asked, and then the user sets it up again. Every open session of the account ends
	 * (ASVS 5.0 7.4.2). A stale version is a conflict.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public TemporaryPassword resetPassword(StaffId staffId, boolean resetAuthenticator, long version) {
		SignInAccountView account = require(staffId);
		if (account.staffId().equals(CurrentActor.require().staffId())) {
			throw new StaffChangeRefused("*", "account.refused.selfReset");
		}
		Instant now = Instant.now(this.clock);
		TemporaryPassword issued = new TemporaryPassword(account.username(), TemporaryPassword.generate(),
				now.plus(TemporaryPassword.VALID_FOR));
		checkUpdated(this.jdbc.sql("""
				update staff_account set password_hash = ?, temporary_password_until = ?, password_changed_at = ?,
				    failed_attempts = 0, locked_until = null,
				    totp_secret = case when ? then null else totp_secret end,
				    totp_last_step = case when ? then 0 else totp_last_step end,
				    version = version + 1
				where id = ? and version = ?""")
			.params(this.passwordEncoder.encode(issued.password()), Timestamp.from(issued.validUntil()),
					Timestamp.from(now), resetAuthenticator, resetAuthenticator, account.accountId(), version)
			.update());
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, account.accountId().toString(),
				"password reset; temporary password issued" + (resetAuthenticator ? "; authenticator reset" : ""));
		this.events.publishEvent(new SignInRevoked(account.accountId(), account.username(), "password-reset"));
		return issued;
	}

	private boolean usernameTaken(String username) {
		return this.jdbc.sql("select count(*) from staff_account where lower(username) = lower(?)")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	private static String[] roleNames(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	/** The account of a staff member of the own agency, if they have one. */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public Optional<SignInAccountView> account(StaffId staffId) {
		Optional<SignInAccountView> account = this.jdbc.sql("""
				select id, staff_id, username, display_name, roles, enabled, totp_secret is not null as enrolled,
				       temporary_password_until, version
				from staff_account where staff_id = ? and agency_id = current_agency_id()""")
			.param(staffId.value())
			.query(ManagingSignInAccounts::view)
			.optional();
		account
			.ifPresent((found) -> this.audit.record(AuditAction.READ, RECORD_TYPE, found.accountId().toString(), null));
		return account;
	}

	/** Disables or enables the account; disabling ends all its sessions. */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void setEnabled(StaffId staffId, boolean enabled, long version) {
		SignInAccountView account = require(staffId);
		if (!enabled && account.staffId().equals(CurrentActor.require().staffId())) {
			throw new StaffChangeRefused("*", "account.refused.self");
		}
		checkUpdated(this.jdbc
			.sql("update staff_account set enabled = ?, version = version + 1 where id = ? and version = ?")
			.params(enabled, account.accountId(), version)
			.update());
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, account.accountId().toString(),
				enabled ? "enabled" : "disabled");
		if (!enabled) {
			this.events.publishEvent(new SignInRevoked(account.accountId(), account.username(), "disabled"));
		}
	}

	/**
	 * Replaces the account's roles; its open sessions end, so the next sign-in has them.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void changeRoles(StaffId staffId, Set<Role> roles, long version) {
		SignInAccountView account = require(staffId);
		if (roles == null || roles.isEmpty()) {
			throw new StaffChangeRefused("roles", "account.refused.noRole");
		}
		// Nobody changes their own privileges (ASVS 5.0 8.2.1, separation of duties): not
		// up, to any role, and not down, which would also lock them out of this page. The
		// second security scan, signed in as a director, gave itself every role.
		if (account.staffId().equals(CurrentActor.require().staffId())) {
			throw new StaffChangeRefused("*", "account.refused.selfRoles");
		}
		if (roles.equals(account.roles())) {
			return;
		}
		checkUpdated(
				this.jdbc.sql("update staff_account set roles = ?, version = version + 1 where id = ? and version = ?")
					.params(roles.stream().map(Role::name).sorted().toArray(String[]::new), account.accountId(),
							version)
					.update());
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, account.accountId().toString(),
				"roles=" + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		this.events.publishEvent(new SignInRevoked(account.accountId(), account.username(), "roles-changed"));
	}

	private SignInAccountView require(StaffId staffId) {
		return this.jdbc.sql("""
				select id, staff_id, username, display_name, roles, enabled, totp_secret is not null as enrolled,
				       temporary_password_until, version
				from staff_account where staff_id = ? and agency_id = current_agency_id() for update""")
			.param(staffId.value())
			.query(ManagingSignInAccounts::view)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("staff account", staffId));
	}

	private static void checkUpdated(int updated) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("The account was changed by someone else");
		}
	}

	private static SignInAccountView view(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		Set<Role> roleSet = Arrays.stream((String[]) roles.getArray())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		Timestamp temporaryUntil = rs.getTimestamp("temporary_password_until");
		return new SignInAccountView(rs.getObject("id", UUID.class), new StaffId(rs.getObject("staff_id", UUID.class)),
				rs.getString("username"), rs.getString("display_name"), roleSet, rs.getBoolean("enabled"),
				rs.getBoolean("enrolled"), (temporaryUntil != null) ? temporaryUntil.toInstant() : null,
				rs.getLong("version"));
	}

}
