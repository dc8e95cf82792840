package org.paipmanager.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.statistics.FigureCatalog.Definition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistical database of 501.170: every (a)-(k) figure of the current agency for any
 * period, counted by set-based SQL in the database (the functions
 * {@code statistics_figures} and {@code statistics_members}), and the participants behind
 * each figure for staff who may also read participant records. Every read is audited.
 */
@Service
public class StatisticsManagement {

	/** The longest period one report covers. */
	public static final int LONGEST_PERIOD_YEARS = 10;

	static final String RECORD_TYPE = "statistics";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final AgencyManagement agencies;

	private final ObjectProvider<AbuseReportCounts> abuseReports;

	StatisticsManagement(JdbcClient jdbc, AuditLog audit, Clock clock, AgencyManagement agencies,
			ObjectProvider<AbuseReportCounts> abuseReports) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.agencies = agencies;
		this.abuseReports = abuseReports;
	}

	/** Today in the agency's time zone; a report opens with this year to today. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Every 501.170 figure of the current agency for the period, both days included.
	 * @throws PeriodRefused when a date is missing, the end precedes the start or the
	 * period is too long
	 */
	@PreAuthorize("hasAuthority('STATISTICS_READ')")
	@Transactional
	public StatisticsReport report(LocalDate from, LocalDate to) {
		check(from, to);
		Map<String, Map<String, BigDecimal>> values = new HashMap<>();
		Map<String, BigDecimal> totals = new HashMap<>();
		// statistics_figures is inlined and planned with the period's dates (V0096); a
		// cached plan for any dates would cost a quarter more.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		this.jdbc.sql("select figure, category, participants, amount from statistics_figures(:from, :to, :zone)")
			.param("from", from)
			.param("to", to)
			.param("zone", zone())
			.query((rs, row) -> {
				String figure = rs.getString("figure");
				String category = rs.getString("category");
				BigDecimal value = "i".equals(figure) ? rs.getBigDecimal("amount")
						: BigDecimal.valueOf(rs.getLong("participants"));
				if (category == null) {
					totals.put(figure, value);
				}
				else {
					values.computeIfAbsent(figure, (f) -> new HashMap<>()).put(category, value);
				}
				return figure;
			})
			.list();
		List<Figure> figures = new ArrayList<>();
		for (Definition definition : FigureCatalog.definitions()) {
			if ("j".equals(definition.code())) {
				figures.add(abuseReportFigure(definition, from, to));
			}
			else {
				figures.add(figure(definition, values.getOrDefault(definition.code(), Map.of()),
						totals.getOrDefault(definition.code(), BigDecimal.ZERO)));
			}
		}
		this.audit.record(AuditAction.READ, RECORD_TYPE, null, "from=" + from + ", to=" + to);
		String agencyName = this.agencies.currentAgency().map(AgencyProfile::name).orElse("");
		return new StatisticsReport(agencyName, from, to, figures);
	}

	/**
	 * The participants behind one figure, or one category of it, for the period: for
	 * staff who may read participant records too. Audited as a read of a list.
	 * @param category a category of the figure, or null for all of them
	 * @throws RecordNotFoundException when the figure or category is not one of 501.170
	 */
	@PreAuthorize("hasAuthority('STATISTICS_READ') and hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<DrillDownRow> participantsBehind(String figure, String category, LocalDate from, LocalDate to) {
		check(from, to);
		Definition definition = FigureCatalog.find(figure)
			.orElseThrow(() -> new RecordNotFoundException("statistics-figure", figure));
		if (category != null && !definition.hasCategory(category)) {
			throw new RecordNotFoundException("statistics-figure", figure + "/" + category);
		}
		List<DrillDownRow> rows;
		if ("j".equals(figure)) {
			rows = abuseReportParticipants(category, from, to);
		}
		else {
			rows = this.jdbc.sql("""
					select p.id, p.first_name, p.last_name, p.stage, m.category, sum(m.amount) as amount
					from statistics_members(:from, :to, :zone) m join participant p on p.id = m.participant_id
					where m.figure = :figure and (cast(:category as text) is null or m.category = :category)
					group by p.id, p.first_name, p.last_name, p.stage, m.category
					order by p.last_name, p.first_name, p.id, m.category""")
				.param("from", from)
				.param("to", to)
				.param("zone", zone())
				.param("figure", figure)
				.param("category", category)
				.query((rs, row) -> new DrillDownRow(new ParticipantId(rs.getObject("id", java.util.UUID.class)),
						rs.getString("first_name"), rs.getString("last_name"), rs.getString("stage"),
						rs.getString("category"), rs.getBigDecimal("amount")))
				.list();
		}
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-participants", null, "figure=" + figure + ", category="
				+ ((category != null) ? category : "all") + ", from=" + from + ", to=" + to + ", rows=" + rows.size());
		return rows;
	}

	/**
	 * Referrals received in each month of the period (501.170(a)), months without any
	 * included, for the trend chart.
	 */
	@PreAuthorize("hasAuthority('STATISTICS_READ')")
	@Transactional(readOnly = true)
	public List<MonthlyCount> referralsByMonth(LocalDate from, LocalDate to) {
		check(from, to);
		return this.jdbc.sql("""
				select to_char(m, 'YYYY-MM') as month, count(p.id) as referrals
				from generate_series(date_trunc('month', cast(:from as date)), date_trunc('month', cast(:to as date)),
				    interval '1 month') m
				left join participant p on p.agency_id = current_agency_id()
				    and p.referred_on between :from and :to and date_trunc('month', p.referred_on) = m
				group by m order by m""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new MonthlyCount(java.time.YearMonth.parse(rs.getString("month")),
					rs.getLong("referrals")))
			.list();
	}

	/** Records that the figures of a period left the system as a file. */
	@PreAuthorize("hasAuthority('STATISTICS_READ')")
	@Transactional
	public void recordExport(StatisticsReport report, String format) {
		this.audit.record(AuditAction.EXPORT, RECORD_TYPE, null,
				"format=" + format + ", from=" + report.from() + ", to=" + report.to());
	}

	static void check(LocalDate from, LocalDate to) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (from == null) {
			problems.put("from", "statistics.period.fromRequired");
		}
		if (to == null) {
			problems.put("to", "statistics.period.toRequired");
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.put("to", "statistics.period.toBeforeFrom");
			}
			else if (to.isAfter(from.plusYears(LONGEST_PERIOD_YEARS))) {
				problems.put("to", "statistics.period.tooLong");
			}
		}
		if (!problems.isEmpty()) {
			throw new PeriodRefused(problems);
		}
	}

	private String zone() {
		return this.clock.getZone().getId();
	}

	private static Figure figure(Definition definition, Map<String, BigDecimal> values, BigDecimal total) {
		List<Figure.Value> rows = new ArrayList<>();
		for (String category : definition.categories()) {
			rows.add(new Figure.Value(category, definition.labelKey().apply(category),
					values.getOrDefault(category, zero(definition))));
		}
		// A code the catalog does not list (an answer recorded before an option was
		// renamed) is shown rather than lost.
		values.keySet()
			.stream()
			.filter((category) -> !definition.hasCategory(category))
			.sorted()
			.forEach((category) -> rows
				.add(new Figure.Value(category, "statistics.category.unlisted", values.get(category))));
		return new Figure(definition.code(), definition.paragraph(), definition.unit().code(), true, rows,
				(total.signum() == 0) ? zero(definition) : total);
	}

	private static BigDecimal zero(Definition definition) {
		return (definition.unit() == FigureCatalog.Unit.HOURS) ? new BigDecimal("0.00") : BigDecimal.ZERO;
	}

	private Figure abuseReportFigure(Definition definition, LocalDate from, LocalDate to) {
		AbuseReportCounts counts = this.abuseReports.getIfAvailable();
		if (counts == null) {
			return new Figure(definition.code(), definition.paragraph(), definition.unit().code(), false, List.of(),
					null);
		}
		Map<AbuseReportCounts.Kind, Long> byKind = counts.counts(from, to);
		Map<String, BigDecimal> values = new HashMap<>();
		long total = 0;
		for (AbuseReportCounts.Kind kind : AbuseReportCounts.Kind.values()) {
			long count = byKind.getOrDefault(kind, 0L);
			values.put(kind.name(), BigDecimal.valueOf(count));
			total += count;
		}
		return figure(definition, values, BigDecimal.valueOf(total));
	}

	private List<DrillDownRow> abuseReportParticipants(String category, LocalDate from, LocalDate to) {
		AbuseReportCounts counts = this.abuseReports.getIfAvailable();
		if (counts == null) {
			return List.of();
		}
		List<DrillDownRow> rows = new ArrayList<>();
		for (AbuseReportCounts.Kind kind : AbuseReportCounts.Kind.values()) {
			if (category != null && !category.equals(kind.name())) {
				continue;
			}
			List<java.util.UUID> ids = counts.participants(kind, from, to).stream().map(ParticipantId::value).toList();
			if (ids.isEmpty()) {
				continue;
			}
			this.jdbc.sql("select id, first_name, last_name, stage from participant where id in (:ids)")
				.param("ids", ids)
				.query((rs,
						row) -> rows.add(new DrillDownRow(new ParticipantId(rs.getObject("id", java.util.UUID.class)),
								rs.getString("first_name"), rs.getString("last_name"), rs.getString("stage"),
								kind.name(), BigDecimal.ONE)))
				.list();
		}
		return rows;
	}

}
