package org.paipmanager.retention;

import java.util.List;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the destruction review (501.200(a)) every night for each agency in turn. Safe with
 * several application nodes on one database: see
 * {@link RetentionManagement#prepareBatch}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {

	private final JdbcClient jdbc;

	private final RetentionManagement retention;

	RetentionSchedule(JdbcClient jdbc, RetentionManagement retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	@Scheduled(cron = "${paip.retention.review-cron:0 30 2 * * *}", zone = ProgramZone.NAME)
	void reviewEveryAgency() {
		List<UUID> agencies = this.jdbc.sql("select agency_ids()").query(UUID.class).list();
		for (UUID agency : agencies) {
			SystemScope.callAs(new AgencyId(agency), this.retention::prepareBatch);
		}
	}

}
