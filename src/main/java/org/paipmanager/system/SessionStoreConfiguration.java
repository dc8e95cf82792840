package org.paipmanager.system;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP sessions in PostgreSQL use plain transactions. The agency-scoped transaction
 * manager asks the security context for the actor, and loading that context reads the
 * session: the session store must not go through it, or each lookup would start another.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager springSessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

}
