package org.paipmanager.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.referralreports.BatchStatus;
import org.paipmanager.referralreports.MonthlyFigures;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The month's batch of monthly reports to referral sources for one agency (issue 6,
 * OUT-3), through the real path: {@link ReferralReportsManagement#startBatch} writes
 * every enrolled participant's report in the background (figures from attendance, fees
 * and completion, the report page, the delivery through the disclosure service, audit),
 * the harness polls {@link ReferralReportsManagement#batch} as the progress bar does,
 * then renders each report as PDF through {@link ReferralReportsManagement#reportPdf}
 * (tagged PDF/UA, embedded font). Against it, {@link #RAW_SQL}: one statement computing
 * the same figures for all the batch's participants as {@code paip_app} with the agency
 * scope set. The run stops if the raw SQL and the application disagree for any checked
 * participant.
 */
final class MonthlyBatchBenchmark {

	/** The data set's last month: sessions are recorded up to Sunday 28 June 2026. */
	static final YearMonth MONTH = YearMonth.from(StatewideDataSet.AS_OF);

	/** The batch: 500 PDFs within 60 s on 2 cores. */
	static final int TARGET_REPORTS = 500;

	static final double TARGET_SECONDS = 60.0;

	/**
	 * Per participant: the month's sessions attended, hours, absences (excused or not),
	 * excused, removed; to date: sessions attended and hours (group and individual),
	 * program group absences to the month's end; the month's fees (opening, charged,
	 * paid, waived); rules violated in the month; criteria currently met (newest
	 * assessment of each).
	 */
	static final String RAW_SQL = """
			select p.id, p.first_name, p.last_name, p.date_of_birth, p.case_number, p.referral_source,
			  att.in_month, att.hours_in_month, att.absent_in_month, att.excused_in_month, att.removed_in_month,
			  att.attended + ind.sessions, att.hours + ind.hours, att.absent_to_date,
			  fee.opening, fee.charged, fee.paid, fee.waived, rules.n, crit.met
			from participant p
			cross join lateral (
			  select count(*) filter (where s.held_on between ? and ? and a.status in ('PRESENT', 'LATE')) in_month,
			    coalesce(sum(a.hours) filter (where s.held_on between ? and ?), 0) hours_in_month,
			    count(*) filter (where s.held_on between ? and ? and a.status in ('ABSENT', 'EXCUSED')) absent_in_month,
			    count(*) filter (where s.held_on between ? and ? and a.status = 'EXCUSED') excused_in_month,
			    count(*) filter (where s.held_on between ? and ? and a.status = 'REMOVED') removed_in_month,
			    count(*) filter (where a.status in ('PRESENT', 'LATE')) attended,
			    coalesce(sum(a.hours), 0) hours,
			    count(*) filter (where s.held_on <= ? and a.status in ('ABSENT', 'EXCUSED')) absent_to_date
			  from group_attendance a join group_session s on s.id = a.session_id
			  join program_group g on g.id = s.group_id and g.purpose = 'PROGRAM'
			  where a.participant_id = p.id) att
			cross join lateral (
			  select count(*) sessions, coalesce(sum(round(i.minutes / 60.0, 2)), 0) hours
			  from group_individual_session i where i.participant_id = p.id) ind
			cross join lateral (
			  select coalesce(sum(e.amount) filter (where e.entry_date < ?), 0.00) opening,
			    coalesce(sum(e.amount) filter (where e.entry_date between ? and ?
			      and coalesce(r.kind, e.kind) in ('SESSION_CHARGE', 'OTHER_CHARGE')), 0.00) charged,
			    coalesce(-sum(e.amount) filter (where e.entry_date between ? and ?
			      and coalesce(r.kind, e.kind) = 'PAYMENT'), 0.00) paid,
			    coalesce(-sum(e.amount) filter (where e.entry_date between ? and ?
			      and coalesce(r.kind, e.kind) = 'WAIVER'), 0.00) waived
			  from fee_ledger_entry e left join fee_ledger_entry r on r.id = e.reverses_id
			  where e.participant_id = p.id) fee
			cross join lateral (
			  select count(*) n from referral_noncompliance n
			  where n.participant_id = p.id and n.kind = 'RULE_VIOLATION' and n.occurred_on between ? and ?) rules
			cross join lateral (
			  select count(*) filter (where met) met from (
			    select distinct on (c.criterion) c.met from completion_assessment c
			    where c.participant_id = p.id order by c.criterion, c.recorded_at desc) newest) crit
			where p.agency_id = current_agency_id() and p.stage = 'ENROLLED'""";

	private final List<Timings> timings;

	private final Map<String, String> notes;

	private final List<BenchmarkReport.Result> results;

	private final ReferralReportsManagement reports;

	private final Connection owner;

	private final Connection raw;

	private final Actor director;

	MonthlyBatchBenchmark(List<Timings> timings, Map<String, String> notes, List<BenchmarkReport.Result> results,
			ConfigurableApplicationContext app, Connection owner, Connection raw, Actor director) {
		this.timings = timings;
		this.notes = notes;
		this.results = results;
		this.reports = app.getBean(ReferralReportsManagement.class);
		this.owner = owner;
		this.raw = raw;
		this.director = director;
	}

	/**
	 * The agency whose enrolled participants (the batch's size) are nearest to the size
	 * asked for (500 by default), at least four fifths of it.
	 */
	static UUID agencyNearest(Connection owner, int size) throws SQLException {
		try (PreparedStatement sql = owner.prepareStatement("""
				select agency_id from participant where stage = 'ENROLLED' group by agency_id
				having count(*) >= ? order by abs(count(*) - ?), agency_id limit 1""")) {
			sql.setInt(1, size * 4 / 5);
			sql.setInt(2, size);
			try (ResultSet rs = sql.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException(
							"No agency with " + size * 4 / 5 + " or more enrolled participants: use a larger scale");
				}
				return rs.getObject(1, UUID.class);
			}
		}
	}

	void run() throws SQLException {
		clearEarlierRuns();
		Map<UUID, long[]> sql = rawFigures();
		check(sql);
		// Warm-up: ten reports of the month before, written and rendered one by one.
		YearMonth before = MONTH.minusMonths(1);
		sql.keySet().stream().limit(10).forEach((id) -> {
			UUID report = this.reports.generateMonthly(new ParticipantId(id), before);
			this.reports.reportPdf(report);
		});
		Timings rawTimings = new Timings("monthly batch: raw SQL (figures of all the batch's participants)");
		BenchmarkRun.time(rawTimings, this::rawFigures);
		BenchmarkRun.time(rawTimings, this::rawFigures);

		long started = System.nanoTime();
		UUID batch = this.reports.startBatch(MONTH);
		BatchStatus status = this.reports.batch(batch);
		int polls = 0;
		while (!status.finished()) {
			sleep(250);
			status = this.reports.batch(batch);
			polls++;
		}
		long written = System.nanoTime();
		BenchmarkRun.time(rawTimings, this::rawFigures);
		Timings pdfs = new Timings("monthly batch: one report as PDF (ReferralReportsManagement.reportPdf)");
		long bytes = 0;
		for (BatchStatus.Item item : status.items()) {
			if (item.reportId() == null) {
				throw new IllegalStateException("The batch failed on a participant: " + item.failure());
			}
			long one = System.nanoTime();
			bytes += this.reports.reportPdf(item.reportId()).length;
			pdfs.add(System.nanoTime() - one);
		}
		long rendered = System.nanoTime();
		BenchmarkRun.time(rawTimings, this::rawFigures);
		BenchmarkRun.time(rawTimings, this::rawFigures);
		this.timings.add(pdfs);
		this.timings.add(rawTimings);

		int n = status.total();
		double writeSeconds = (written - started) / 1e9;
		double pdfSeconds = (rendered - written) / 1e9;
		double total = (rendered - started) / 1e9;
		double per500 = total * TARGET_REPORTS / n;
		double rawSeconds = rawTimings.percentile(50) / 1e3;
		this.results
			.add(new BenchmarkReport.Result("Monthly report batch, " + n + " reports written and rendered as PDF",
					String.format(Locale.ROOT, "%.1f s (write %.1f s + PDF %.1f s); %.1f s per 500", total,
							writeSeconds, pdfSeconds, per500),
					String.format(Locale.ROOT, "raw SQL %.0f ms: %.0f×", rawSeconds * 1e3, total / rawSeconds),
					String.format(Locale.ROOT, "500 PDFs ≤ %.0f s", TARGET_SECONDS), per500 <= TARGET_SECONDS));
		this.notes.put("monthly batch", String.format(Locale.ROOT,
				"%d enrolled participants of the agency, month %s; %d progress polls; %.1f ms per report written, "
						+ "%.1f ms per PDF (p50 %.1f, p95 %.1f); %.0f kB of PDF in all; raw SQL p50 %.1f ms over %d calls",
				n, MONTH, polls, writeSeconds * 1e3 / n, pdfSeconds * 1e3 / n, pdfs.percentile(50), pdfs.percentile(95),
				bytes / 1024.0, rawTimings.percentile(50), rawTimings.count()));
		long held = status.items().stream().filter((item) -> !item.sent()).count();
		this.notes.put("monthly batch deliveries", held + " of " + n
				+ " reports held on file (the data set has no releases to referral sources), the rest sent");
		List<UUID> ids = new ArrayList<>(sql.keySet()).subList(0, Math.min(20, sql.size()));
		BenchmarkRun.profile(this.owner, this.notes,
				"one monthly report written (ReferralReportsManagement.generateMonthly)", ids.size(),
				(i) -> this.reports.generateMonthly(new ParticipantId(ids.get(i)), MONTH.minusMonths(2)));
	}

	/**
	 * Reports, deliveries and batches of earlier runs are removed as the table owner: the
	 * application itself never deletes a report that was written.
	 */
	private void clearEarlierRuns() throws SQLException {
		try (PreparedStatement delete = this.owner.prepareStatement("""
				with items as (delete from referral_report_batch_item where agency_id = ? returning 1),
				     deliveries as (delete from referral_report_delivery where agency_id = ? returning 1)
				select (select count(*) from items) + (select count(*) from deliveries)""")) {
			delete.setObject(1, this.director.agencyId().value());
			delete.setObject(2, this.director.agencyId().value());
			delete.executeQuery().close();
		}
		try (PreparedStatement delete = this.owner
			.prepareStatement("delete from referral_report where agency_id = ?")) {
			delete.setObject(1, this.director.agencyId().value());
			int removed = delete.executeUpdate();
			if (removed > 0) {
				System.out.println("Removed " + removed + " referral reports written by an earlier benchmark run");
			}
		}
		try (PreparedStatement delete = this.owner
			.prepareStatement("delete from referral_report_batch where agency_id = ?")) {
			delete.setObject(1, this.director.agencyId().value());
			delete.executeUpdate();
		}
	}

	/**
	 * Participant to: in month sessions, hours (hundredths), absences, excused, removed;
	 * to date sessions, hours (hundredths), absences; fees opening, charged, paid, waived
	 * (cents); rules violated; criteria met.
	 */
	Map<UUID, long[]> rawFigures() {
		LocalDate first = MONTH.atDay(1);
		LocalDate last = MONTH.atEndOfMonth();
		Object[] params = { first, last, first, last, first, last, first, last, first, last, last, first, first, last,
				first, last, first, last, first, last };
		try {
			BenchmarkRun.scope(this.raw, this.director);
			Map<UUID, long[]> figures = new LinkedHashMap<>();
			try (PreparedStatement query = this.raw.prepareStatement(RAW_SQL)) {
				for (int i = 0; i < params.length; i++) {
					query.setDate(i + 1, Date.valueOf((LocalDate) params[i]));
				}
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						figures.put(rs.getObject(1, UUID.class),
								new long[] { rs.getLong(7), cents(rs.getBigDecimal(8)), rs.getLong(9), rs.getLong(10),
										rs.getLong(11), rs.getLong(12), cents(rs.getBigDecimal(13)), rs.getLong(14),
										cents(rs.getBigDecimal(15)), cents(rs.getBigDecimal(16)),
										cents(rs.getBigDecimal(17)), cents(rs.getBigDecimal(18)), rs.getLong(19),
										rs.getLong(20) });
					}
				}
			}
			this.raw.commit();
			return figures;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void check(Map<UUID, long[]> sql) {
		List<UUID> sample = new ArrayList<>(sql.keySet()).subList(0, Math.min(25, sql.size()));
		for (UUID id : sample) {
			MonthlyFigures f = this.reports.figures(new ParticipantId(id), MONTH);
			long criteriaMet = f.criteria().stream().filter((c) -> c.assessed() && c.met()).count();
			long[] app = { f.sessionsInMonth(), cents(f.hoursInMonth()), f.absencesInMonth(), f.excusedInMonth(),
					f.removedInMonth(), f.sessionsToDate(), cents(f.hoursToDate()), f.absencesToDate(),
					cents(f.fees().openingBalance()), cents(f.fees().charged()), cents(f.fees().paid()),
					cents(f.fees().waived()), f.rulesViolated().size(), criteriaMet };
			if (!java.util.Arrays.equals(app, sql.get(id))) {
				throw new IllegalStateException("Raw SQL and the monthly report disagree on participant " + id
						+ ": app " + java.util.Arrays.toString(app) + " raw " + java.util.Arrays.toString(sql.get(id)));
			}
		}
		long attended = sql.values().stream().mapToLong((f) -> f[0]).sum();
		this.notes.put("monthly batch raw SQL checked",
				"gives the same 14 figures as ReferralReportsManagement.figures for " + sample.size() + " of "
						+ sql.size() + " participants; " + attended + " sessions attended in " + MONTH + " in all");
	}

	private static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
