package org.paipmanager.bench;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.WebSession;
import org.paipmanager.shared.Actor;
import org.paipmanager.statistics.Figure;
import org.paipmanager.statistics.StatisticsManagement;
import org.paipmanager.statistics.StatisticsReport;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full 501.170 (a)-(k) statistics report of the benchmark agency for the data set's
 * year (issue 6): the statistics page over HTTP signed in as a director, the facade
 * {@link StatisticsManagement#report}, and hand-written SQL that computes the same
 * figures straight from the tables as {@code paip_app} with the agency scope set,
 * interleaved call by call. The run stops if the raw SQL and the application disagree on
 * any figure.
 */
final class StatisticsBenchmark {

	/** The data set's year: the Sunday before week 0 to the as-of Sunday. */
	static final LocalDate FROM = StatewideDataSet.WEEK_ZERO.minusDays(1);

	static final LocalDate TO = StatewideDataSet.AS_OF;

	/**
	 * Every figure by category, and its total (category null): the demographics of
	 * (k)(1)-(7) and refusals of (c) counted once per person, hours of (i) summed. Named
	 * parameters are bound in order by {@link #bind}.
	 */
	static final String RAW_SQL = """
			with active as (
			  select p.id, p.date_of_birth, p.program_start_date from participant p
			  where p.agency_id = current_agency_id() and p.program_start_date <= :to
			    and not exists (select 1 from completion_outcome o where o.agency_id = current_agency_id()
			                    and o.participant_id = p.id and o.ended_on < :from)
			    and not (p.stage = 'TRANSFERRED_OUT' and p.stage_changed_on < :from)),
			refused as (
			  select d.rejection_reason category, d.participant_id from participant_referral_decision d
			  where d.agency_id = current_agency_id() and d.outcome = 'REJECTED' and d.decided_on between :from and :to
			  union all
			  select e.decided_outcome, e.participant_id from eligibility_decision e
			  where e.agency_id = current_agency_id() and e.decided_outcome <> 'ELIGIBLE'
			    and e.decided_at >= :fromAt and e.decided_at < :toAt
			    and not exists (select 1 from eligibility_decision n where n.agency_id = current_agency_id()
			                    and n.supersedes_id = e.id)),
			answers as (
			  select f.figure, case when nullif(trim(ans.answer), '') is null then 'NOT_RECORDED'
			                        when f.figure = 'k7' and ans.answer ~ '^[0-9]+$' and ans.answer::int >= 4 then 'FOUR_OR_MORE'
			                        else trim(ans.answer) end category
			  from active a
			  cross join (values ('k1', 'educationLevel'), ('k3', 'raceEthnicity'), ('k4', 'employment'),
			    ('k5', 'relationshipToVictim'), ('k6', 'maritalStatus'), ('k7', 'numberOfChildren')) f (figure, field_code)
			  left join intake_screening s on s.agency_id = current_agency_id() and s.participant_id = a.id
			  left join intake_screening_answer ans on ans.agency_id = current_agency_id() and ans.screening_id = s.id
			    and ans.field_code = f.field_code)
			select 'a' figure, referral_source category, count(*)::numeric amount from participant
			  where agency_id = current_agency_id() and referred_on between :from and :to
			  group by grouping sets ((referral_source), ())
			union all
			select 'b', c, count(distinct participant_id) from (select 'ALL' c, participant_id from intake_screening
			  where agency_id = current_agency_id() and completed_at >= :fromAt and completed_at < :toAt) x
			  group by grouping sets ((c), ())
			union all
			select 'c', category, count(distinct participant_id) from refused group by grouping sets ((category), ())
			union all
			select 'd', c, count(*) from (select case when program_start_date >= :from then 'NEW' else 'ONGOING' end c
			  from active) x group by grouping sets ((c), ())
			union all
			select fig, c, count(distinct participant_id) from (
			  select case outcome when 'TERMINATED' then 'e' else 'f' end fig, 'ALL' c, participant_id from completion_outcome
			  where agency_id = current_agency_id() and ended_on between :from and :to) x
			  group by grouping sets ((fig, c), (fig))
			union all
			select 'g', offence_category, count(distinct participant_id) from statistics_rearrest
			  where agency_id = current_agency_id() and arrested_on between :from and :to
			  group by grouping sets ((offence_category), ())
			union all
			select 'h', category, count(distinct participant_id) from coordination_outgoing_referral
			  where agency_id = current_agency_id() and referred_on between :from and :to
			  group by grouping sets ((category), ())
			union all
			select 'i', c, sum(h) from (
			  select 'GROUP' c, sum(g.hours) h from group_attendance g
			    join group_session gs on gs.id = g.session_id and gs.agency_id = current_agency_id()
			    where g.agency_id = current_agency_id() and g.hours > 0 and gs.held_on between :from and :to
			  union all
			  select 'INDIVIDUAL', sum(round(i.minutes / 60.0, 2)) from group_individual_session i
			    where i.agency_id = current_agency_id() and i.held_on between :from and :to) x
			  where h is not null group by grouping sets ((c), ())
			union all
			select 'j', c, count(*) from (
			  select case kind when 'CHILD_ABUSE_OR_NEGLECT' then 'CHILD' else 'ELDER' end c from mandated_report
			  where agency_id = current_agency_id() and kind in ('CHILD_ABUSE_OR_NEGLECT', 'ELDER_ABUSE')
			    and reported_at >= :fromAtProgram and reported_at < :toAtProgram) x
			  group by grouping sets ((c), ())
			union all
			select 'k2', c, count(*) from (select case
			    when age < 18 then 'UNDER_18' when age < 25 then 'AGE_18_24' when age < 35 then 'AGE_25_34'
			    when age < 45 then 'AGE_35_44' when age < 55 then 'AGE_45_54' else 'AGE_55_OR_OVER' end c
			  from (select extract(year from age(program_start_date, date_of_birth)) age from active) ages) x
			  group by grouping sets ((c), ())
			union all
			select figure, category, count(*) from answers group by grouping sets ((figure, category), (figure))""";

	private final BenchmarkRun.Options options;

	private final List<Timings> timings;

	private final Map<String, String> notes;

	private final StatisticsManagement statistics;

	private final Connection owner;

	private final Connection raw;

	private final WebSession browser;

	private final Actor director;

	private final ZoneId zone;

	StatisticsBenchmark(BenchmarkRun.Options options, List<Timings> timings, Map<String, String> notes,
			ConfigurableApplicationContext app, Connection owner, Connection raw, WebSession browser, Actor director) {
		this.options = options;
		this.timings = timings;
		this.notes = notes;
		this.statistics = app.getBean(StatisticsManagement.class);
		this.owner = owner;
		this.raw = raw;
		this.browser = browser;
		this.director = director;
		this.zone = app.getBean(Clock.class).getZone();
	}

	void run() throws SQLException {
		check();
		int warmup = this.options.statisticsWarmup();
		int perVariant = warmup + this.options.statisticsIterations();
		String query = "/statistics?from=" + FROM + "&to=" + TO;
		Timings page = new Timings("statistics page: GET /statistics (HTTP, signed in as director)");
		Timings facade = new Timings("statistics report: StatisticsManagement.report");
		Timings sql = new Timings("statistics report: raw SQL");
		for (int i = 0; i < perVariant; i++) {
			boolean measured = i >= warmup;
			List<Runnable> variants = List.of(() -> BenchmarkRun.time(measured ? page : null, () -> page(query)),
					() -> BenchmarkRun.time(measured ? facade : null, () -> this.statistics.report(FROM, TO)),
					() -> BenchmarkRun.time(measured ? sql : null, this::rawFigures));
			for (int v = 0; v < 3; v++) {
				variants.get((i + v) % 3).run();
			}
		}
		this.timings.add(page);
		this.timings.add(facade);
		this.timings.add(sql);
		int n = Math.min(5, this.options.statisticsIterations());
		BenchmarkRun.profile(this.owner, this.notes, "StatisticsManagement.report", n,
				(i) -> this.statistics.report(FROM, TO));
		BenchmarkRun.profile(this.owner, this.notes, "statistics raw SQL (hand-written)", n, (i) -> rawFigures());
	}

	private HttpResponse<String> page(String query) {
		HttpResponse<String> response = this.browser.get(query);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Statistics page answered " + response.statusCode());
		}
		return response;
	}

	/**
	 * Fails the run unless the app and the raw SQL give the same value for every figure.
	 */
	private void check() {
		StatisticsReport report = this.statistics.report(FROM, TO);
		Map<String, BigDecimal> sql = rawFigures();
		List<String> differences = new ArrayList<>();
		Map<String, BigDecimal> app = new TreeMap<>();
		for (Figure figure : report.figures()) {
			if (!figure.recorded()) {
				differences.add(figure.code() + " not recorded by the application");
				continue;
			}
			for (Figure.Value value : figure.values()) {
				app.put(figure.code() + "/" + value.category(), value.value());
			}
			app.put(figure.code() + "/", figure.total());
		}
		for (Map.Entry<String, BigDecimal> entry : app.entrySet()) {
			BigDecimal expected = sql.getOrDefault(entry.getKey(), BigDecimal.ZERO);
			if (expected.compareTo(entry.getValue()) != 0) {
				differences.add(entry.getKey() + " app " + entry.getValue() + " raw " + expected);
			}
		}
		sql.keySet()
			.stream()
			.filter((key) -> !app.containsKey(key))
			.forEach((key) -> differences.add(key + " only in raw SQL: " + sql.get(key)));
		if (!differences.isEmpty()) {
			throw new IllegalStateException("Raw SQL and StatisticsManagement.report disagree: " + differences);
		}
		StringBuilder totals = new StringBuilder();
		report.figures()
			.forEach((figure) -> totals.append((totals.length() == 0) ? "" : ", ")
				.append(figure.code())
				.append(" ")
				.append(figure.total()));
		this.notes.put("statistics raw SQL checked", "gives the same value as StatisticsManagement.report for all "
				+ app.size() + " figure categories and totals of " + FROM + " to " + TO + "; totals: " + totals);
	}

	/** Figure code + "/" + category (empty for the total) to its value. */
	Map<String, BigDecimal> rawFigures() {
		try {
			BenchmarkRun.scope(this.raw, this.director);
			Map<String, BigDecimal> figures = new LinkedHashMap<>();
			try (PreparedStatement query = bind(this.raw, RAW_SQL,
					Map.of("from", Date.valueOf(FROM), "to", Date.valueOf(TO), "fromAt",
							Timestamp.from(FROM.atStartOfDay(this.zone).toInstant()), "toAt",
							Timestamp.from(TO.plusDays(1).atStartOfDay(this.zone).toInstant()), "fromAtProgram",
							Timestamp.from(FROM.atStartOfDay(ProgramZone.ZONE).toInstant()), "toAtProgram",
							Timestamp.from(TO.plusDays(1).atStartOfDay(ProgramZone.ZONE).toInstant())));
					ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					String category = rs.getString(2);
					figures.put(rs.getString(1) + "/" + ((category != null) ? category : ""), rs.getBigDecimal(3));
				}
			}
			this.raw.commit();
			return figures;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PreparedStatement bind(Connection connection, String sql, Map<String, Object> values)
			throws SQLException {
		Matcher names = Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
		List<Object> order = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		while (names.find()) {
			Object value = values.get(names.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for :" + names.group(1));
			}
			order.add(value);
			names.appendReplacement(text, "?");
		}
		names.appendTail(text);
		PreparedStatement statement = connection.prepareStatement(text.toString());
		for (int i = 0; i < order.size(); i++) {
			statement.setObject(i + 1, order.get(i));
		}
		return statement;
	}

}
