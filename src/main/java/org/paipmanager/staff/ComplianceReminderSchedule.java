package org.paipmanager.staff;

import java.time.Clock;
import java.time.LocalDate;
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
 * Sends the staff-compliance reminders every morning for each agency in turn. Safe with
 * several application nodes on one database: see {@link ComplianceReminders#sendDue}.
 * Does nothing without a configured mail host.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplianceReminderSchedule {

	private final JdbcClient jdbc;

	private final ComplianceReminders reminders;

	private final Clock clock;

	ComplianceReminderSchedule(JdbcClient jdbc, ComplianceReminders reminders, Clock clock) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${paip.staff.reminders.cron:0 0 7 * * *}", zone = ProgramZone.NAME)
	void remindEveryAgency() {
		remindEveryAgency(LocalDate.now(this.clock.withZone(ProgramZone.ZONE)));
	}

	/**
	 * @return messages sent, across agencies
	 */
	int remindEveryAgency(LocalDate today) {
		if (!this.reminders.enabled()) {
			return 0;
		}
		List<UUID> agencies = this.jdbc.sql("select agency_ids()").query(UUID.class).list();
		int sent = 0;
		for (UUID agency : agencies) {
			sent += SystemScope.callAs(new AgencyId(agency), () -> this.reminders.sendDue(today));
		}
		return sent;
	}

}
