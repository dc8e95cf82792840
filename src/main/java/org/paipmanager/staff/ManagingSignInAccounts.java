package org.paipmanager.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's or director's hold on staff sign-in accounts of the own agency:
 * disable and enable an account, change its roles. Both end every open session of the
 * account at once ({@link SignInRevoked}, ASVS 5.0 7.4.2, 164.312(a)(1)). A stale version
 * is a conflict; an actor cannot disable their own account or take away their own right
 * to manage accounts.
 */
@Service
public class ManagingSignInAccounts {

	static final String RECORD_TYPE = "staff-account";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ManagingSignInAccounts(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** The account of a staff member of the own agency, if they have one. */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public Optional<SignInAccountView> account(StaffId staffId) {
		Optional<SignInAccountView> account = this.jdbc
			.sql("""
					select id, staff_id, username, display_name, roles, enabled, totp_secret is not null as enrolled, version
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
		if (account.staffId().equals(CurrentActor.require().staffId())
				&& roles.stream().noneMatch((role) -> role.permissions().contains(Permission.STAFF_WRITE))) {
			throw new StaffChangeRefused("roles", "account.refused.selfManage");
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
		return this.jdbc
			.sql("""
					select id, staff_id, username, display_name, roles, enabled, totp_secret is not null as enrolled, version
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
		return new SignInAccountView(rs.getObject("id", UUID.class), new StaffId(rs.getObject("staff_id", UUID.class)),
				rs.getString("username"), rs.getString("display_name"), roleSet, rs.getBoolean("enabled"),
				rs.getBoolean("enrolled"), rs.getLong("version"));
	}

}
