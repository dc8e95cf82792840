package org.paipmanager.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which agency and staff member act, as
 * transaction-local settings. Row-level security policies read {@code paip.agency_id}; a
 * transaction without an actor sees no agency's rows at all.
 */
public class AgencyScopedTransactionManager extends JdbcTransactionManager {

	private static final String SET_SCOPE = "select set_config('paip.agency_id', ?, true), set_config('paip.staff_id', ?, true)";

	public AgencyScopedTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		Actor actor = CurrentActor.get().orElse(null);
		try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
			statement.setString(1, (actor != null) ? actor.agencyId().toString() : "");
			statement.setString(2, (actor != null && actor.staffUuid() != null) ? actor.staffUuid().toString() : "");
			statement.execute();
		}
	}

}
