package org.paipmanager.system;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP sessions in PostgreSQL (shared by every node behind the load balancer).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * How stale a session's stored last access may become before a request writes it.
	 * Spring Session writes the last access on every request; this is an update and a
	 * flushed commit per page view for nothing but a timestamp. A session idle for 30
	 * minutes therefore ends up to this much earlier, never later.
	 */
	static final Duration LAST_ACCESS_WRITE_INTERVAL = Duration.ofSeconds(60);

	/**
	 * The store's update of a session, changed to skip the row when only its last access
	 * moved, and by less than {@link #LAST_ACCESS_WRITE_INTERVAL}. A new session id (at
	 * each sign-in step), principal or timeout is always written. The six parameters are
	 * those of Spring Session's own statement, in its order.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= """ + LAST_ACCESS_WRITE_INTERVAL.toMillis() + ")";

	/**
	 * Plain transactions for the store: the agency-scoped transaction manager asks the
	 * security context for the actor, and loading that context reads the session, so the
	 * store must not go through it, or each lookup would start another.
	 */
	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager springSessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerInterval() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

}
