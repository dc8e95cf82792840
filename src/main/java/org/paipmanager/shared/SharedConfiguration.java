package org.paipmanager.shared;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	@Bean
	@Primary
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new AgencyScopedTransactionManager(dataSource);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
