package org.paipmanager.mandatedreport;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.statistics.AbuseReportCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 501.170(j) figure: child abuse reports to DCFS and elder abuse reports to the
 * Department on Aging, counted from the participant-side report records only (501.145).
 */
@Component
class AbuseReportCountsFromMandatedReports implements AbuseReportCounts {

	private final MandatedReporting reporting;

	private final JdbcClient jdbc;

	AbuseReportCountsFromMandatedReports(MandatedReporting reporting, JdbcClient jdbc) {
		this.reporting = reporting;
		this.jdbc = jdbc;
	}

	@Override
	public Map<Kind, Long> counts(LocalDate from, LocalDate to) {
		Map<ReportKind, Long> byKind = this.reporting.countByKind(from, to);
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		counts.put(Kind.CHILD, byKind.getOrDefault(ReportKind.CHILD_ABUSE_OR_NEGLECT, 0L));
		counts.put(Kind.ELDER, byKind.getOrDefault(ReportKind.ELDER_ABUSE, 0L));
		return counts;
	}

	// Called by the statistics drill-down, which checks and audits the reader itself.
	@Override
	@Transactional(readOnly = true)
	public List<ParticipantId> participants(Kind kind, LocalDate from, LocalDate to) {
		ReportKind reportKind = (kind == Kind.CHILD) ? ReportKind.CHILD_ABUSE_OR_NEGLECT : ReportKind.ELDER_ABUSE;
		return this.jdbc.sql("""
				select distinct participant_id from mandated_report
				where kind = ? and reported_at >= ? and reported_at < ?""")
			.params(reportKind.name(), Timestamp.from(from.atStartOfDay(ProgramZone.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(ProgramZone.ZONE).toInstant()))
			.query(UUID.class)
			.list()
			.stream()
			.map(ParticipantId::new)
			.toList();
	}

}
