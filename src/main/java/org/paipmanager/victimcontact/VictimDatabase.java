package org.paipmanager.victimcontact;

import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;

import org.paipmanager.shared.AgencyScopedTransactionManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The victim schema, reached only through the victim role's own connection pool. It is
 * deliberately not a {@code DataSource} bean: nothing else in the application can be
 * wired to it, and Spring Boot's own data source (the participant-side role) stays the
 * only one the rest of the application knows. Transactions set the agency for row-level
 * security like every other transaction.
 */
final class VictimDatabase implements AutoCloseable {

	private final HikariDataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	VictimDatabase(HikariDataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		AgencyScopedTransactionManager transactions = new AgencyScopedTransactionManager(dataSource);
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	<T> T write(Supplier<T> work) {
		return this.writing.execute((status) -> work.get());
	}

	<T> T read(Supplier<T> work) {
		return this.reading.execute((status) -> work.get());
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

}
