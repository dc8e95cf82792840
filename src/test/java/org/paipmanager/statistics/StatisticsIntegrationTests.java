package org.paipmanager.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 501.170 figures computed on a small hand-built data set of two agencies with
 * answers worked out by hand, the exports, the evaluation plan and the regional
 * aggregates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 6, 30);

	static final String PERIOD = "from=" + FROM + "&to=" + TO;

	/** Abuse reports per agency, as the mandated report module would count them. */
	static final Map<AgencyId, Map<AbuseReportCounts.Kind, Long>> ABUSE_REPORTS = new ConcurrentHashMap<>();

	@TestConfiguration
	static class AbuseReports {

		// Primary over the mandated report module's counts, so the answers are the
		// test's.
		@Bean
		@Primary
		AbuseReportCounts abuseReportCounts() {
			return (from, to) -> ABUSE_REPORTS.getOrDefault(CurrentActor.require().agencyId(), Map.of());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	StatisticsManagement statistics;

	@Autowired
	SharingRegionalAggregates regional;

	@Autowired
	StatisticsDocuments documents;

	@Autowired
	JsonMapper json;

	private AgencyFixture fixture;

	private AgencyId alpha;

	private AgencyId bravo;

	private AgencyId department;

	private String region;

	private String suffix;

	private final Map<String, ParticipantId> people = new HashMap<>();

	@BeforeEach
	void buildTwoAgencies() {
		this.fixture = AgencyFixture.in(this.context);
		this.alpha = this.fixture.newAgency();
		this.bravo = this.fixture.newAgency();
		this.department = this.fixture.newAgency();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.region = "Region " + this.suffix;
		try (StatisticsDataSet a = StatisticsDataSet.in(this.environment, this.alpha);
				StatisticsDataSet b = StatisticsDataSet.in(this.environment, this.bravo);
				StatisticsDataSet d = StatisticsDataSet.in(this.environment, this.department)) {
			a.agency("Alpha " + this.suffix, this.region);
			b.agency("Bravo " + this.suffix, this.region);
			d.agency("Department " + this.suffix, this.region);
			buildAlpha(a);
			// Bravo: six court referrals in the period, one of them started and
			// completed.
			for (int i = 1; i <= 6; i++) {
				ParticipantId id = b.participant("Bravo" + i, LocalDate.of(1985, 1, 1), "COURT",
						LocalDate.of(2025, 2, i), (i == 1) ? "COMPLETED" : "REFERRED",
						(i == 1) ? LocalDate.of(2025, 2, 20) : null);
				if (i == 1) {
					b.ended(id, LocalDate.of(2025, 5, 1), "COMPLETED");
				}
			}
		}
		ABUSE_REPORTS.put(this.alpha, Map.of(AbuseReportCounts.Kind.CHILD, 2L, AbuseReportCounts.Kind.ELDER, 1L));
	}

	/**
	 * Alpha, with the answer of every figure for 2025-01-01 to 2025-06-30 worked out in
	 * {@link #computesEveryFigureOfRule501170}.
	 */
	private void buildAlpha(StatisticsDataSet a) {
		ParticipantId p1 = person(a, "Pat", LocalDate.of(1990, 5, 1), "COURT", LocalDate.of(2025, 1, 10), "ENROLLED",
				LocalDate.of(2025, 2, 1));
		a.screening(p1, LocalDate.of(2025, 1, 20),
				Map.of("educationLevel", "HIGH_SCHOOL_OR_GED", "raceEthnicity", "WHITE", "employment", "FULL_TIME",
						"relationshipToVictim", "SPOUSE", "maritalStatus", "MARRIED", "numberOfChildren", "2"));
		ParticipantId p2 = person(a, "Quinn", LocalDate.of(1980, 1, 1), "PROBATION", LocalDate.of(2025, 2, 15),
				"COMPLETED", LocalDate.of(2025, 3, 1));
		a.screening(p2, LocalDate.of(2025, 2, 20),
				Map.of("educationLevel", "SOME_COLLEGE", "raceEthnicity", "BLACK_OR_AFRICAN_AMERICAN", "employment",
						"UNEMPLOYED", "relationshipToVictim", "DATING_PARTNER", "maritalStatus", "SINGLE",
						"numberOfChildren", "5"));
		a.ended(p2, LocalDate.of(2025, 6, 15), "COMPLETED");
		// Started before the period, terminated in it: ongoing; screened before the
		// period
		// with no demographic answers.
		ParticipantId p3 = person(a, "Robin", LocalDate.of(2000, 3, 3), "PROBATION", LocalDate.of(2024, 11, 1),
				"TERMINATED", LocalDate.of(2024, 12, 1));
		a.screening(p3, LocalDate.of(2024, 11, 15), Map.of());
		a.ended(p3, LocalDate.of(2025, 4, 10), "TERMINATED");
		ParticipantId p4 = person(a, "Sam", LocalDate.of(1975, 7, 7), "COURT", LocalDate.of(2025, 3, 5), "NOT_ADMITTED",
				null);
		a.referralRejected(p4, LocalDate.of(2025, 3, 6), "OUTSIDE_SERVICE_AREA");
		ParticipantId p5 = person(a, "Toni", LocalDate.of(1995, 9, 9), "SELF", LocalDate.of(2025, 3, 10),
				"NOT_ADMITTED", null);
		a.screening(p5, LocalDate.of(2025, 3, 20), Map.of());
		a.eligibility(p5, LocalDate.of(2025, 3, 25), "NOT_ELIGIBLE", null);
		// Excluded, then found eligible on revision: not refused. Starts after the
		// period.
		ParticipantId p6 = person(a, "Uma", LocalDate.of(1992, 2, 2), "DCFS", LocalDate.of(2025, 1, 5), "ENROLLED",
				LocalDate.of(2025, 7, 15));
		UUID excluded = a.eligibility(p6, LocalDate.of(2025, 1, 15), "EXCLUDED", null);
		a.eligibility(p6, LocalDate.of(2025, 1, 20), "ELIGIBLE", excluded);
		// Completed before the period: in no figure.
		ParticipantId p7 = person(a, "Val", LocalDate.of(1970, 1, 1), "COURT", LocalDate.of(2024, 6, 1), "COMPLETED",
				LocalDate.of(2024, 7, 1));
		a.ended(p7, LocalDate.of(2024, 12, 20), "COMPLETED");

		a.rearrest(p1, LocalDate.of(2025, 4, 1), "DOMESTIC_BATTERY");
		a.rearrest(p3, LocalDate.of(2025, 3, 1), "VIOLATION_OF_ORDER_OF_PROTECTION");
		a.rearrest(p3, LocalDate.of(2024, 12, 15), "DOMESTIC_BATTERY");
		a.referredOut(p1, LocalDate.of(2025, 2, 10), "SUBSTANCE_ABUSE_TREATMENT");
		a.referredOut(p1, LocalDate.of(2025, 2, 11), "MENTAL_HEALTH");
		a.referredOut(p2, LocalDate.of(2025, 3, 15), "SUBSTANCE_ABUSE_TREATMENT");
		a.groupSession(LocalDate.of(2024, 12, 10), 90, Map.of(p3, "1.5"));
		a.groupSession(LocalDate.of(2025, 2, 4), 90, Map.of(p1, "1.5", p2, "0"));
		a.groupSession(LocalDate.of(2025, 3, 4), 90, Map.of(p1, "1.5", p2, "1.5"));
		a.individualSession(p3, LocalDate.of(2025, 2, 5), 60, 1);
	}

	private ParticipantId person(StatisticsDataSet data, String name, LocalDate born, String source, LocalDate referred,
			String stage, LocalDate start) {
		ParticipantId id = data.participant(name, born, source, referred, stage, start);
		this.people.put(name, id);
		return id;
	}

	@Test
	@DisplayName("OUT-1: computes every 501.170 (a)-(k) figure of a hand-built agency, with the known answers")
	void computesEveryFigureOfRule501170() {
		StatisticsReport report = as(this.alpha, () -> this.statistics.report(FROM, TO));
		Map<String, String> values = flatten(report);
		// (a) P1, P4 court; P2 probation; P5 self; P6 DCFS. P3 and P7 were referred
		// before.
		assertThat(values).containsEntry("a/COURT", "2")
			.containsEntry("a/PROBATION", "1")
			.containsEntry("a/SELF", "1")
			.containsEntry("a/DCFS", "1")
			.containsEntry("a/PAROLE", "0")
			.containsEntry("a/TOTAL", "5");
		// (b) P1, P2, P5 completed screening in the period; P3 before it.
		assertThat(values).containsEntry("b/ALL", "3").containsEntry("b/TOTAL", "3");
		// (c) P4 rejected at referral, P5 not eligible; P6's exclusion was superseded.
		assertThat(values).containsEntry("c/OUTSIDE_SERVICE_AREA", "1")
			.containsEntry("c/NOT_ELIGIBLE", "1")
			.containsEntry("c/EXCLUDED", "0")
			.containsEntry("c/TOTAL", "2");
		// (d) P1, P2 started in the period; P3 started before and ended in it.
		assertThat(values).containsEntry("d/NEW", "2").containsEntry("d/ONGOING", "1").containsEntry("d/TOTAL", "3");
		// (e) P3; (f) P2 (P7 completed before the period).
		assertThat(values).containsEntry("e/TOTAL", "1").containsEntry("f/TOTAL", "1");
		// (g) P1 battery, P3 violation of an order; P3's earlier arrest is outside.
		assertThat(values).containsEntry("g/DOMESTIC_BATTERY", "1")
			.containsEntry("g/VIOLATION_OF_ORDER_OF_PROTECTION", "1")
			.containsEntry("g/TOTAL", "2");
		// (h) P1 twice (two categories), P2 once: two people.
		assertThat(values).containsEntry("h/SUBSTANCE_ABUSE_TREATMENT", "2")
			.containsEntry("h/MENTAL_HEALTH", "1")
			.containsEntry("h/TOTAL", "2");
		// (i) group: 1.5 + 1.5 + 1.5 hours (the absence and the 2024 session do not
		// count); individual: one hour.
		assertThat(values).containsEntry("i/GROUP", "4.50")
			.containsEntry("i/INDIVIDUAL", "1.00")
			.containsEntry("i/TOTAL", "5.50");
		// (j) from the mandated report module's counts.
		assertThat(values).containsEntry("j/CHILD", "2").containsEntry("j/ELDER", "1").containsEntry("j/TOTAL", "3");
		// (k) P1, P2, P3: P3 has no answers.
		assertThat(values).containsEntry("k1/HIGH_SCHOOL_OR_GED", "1")
			.containsEntry("k1/SOME_COLLEGE", "1")
			.containsEntry("k1/NOT_RECORDED", "1")
			.containsEntry("k1/TOTAL", "3");
		// Ages at program start: 34, 45 and 24.
		assertThat(values).containsEntry("k2/AGE_25_34", "1")
			.containsEntry("k2/AGE_45_54", "1")
			.containsEntry("k2/AGE_18_24", "1")
			.containsEntry("k2/AGE_35_44", "0");
		assertThat(values).containsEntry("k3/WHITE", "1")
			.containsEntry("k3/BLACK_OR_AFRICAN_AMERICAN", "1")
			.containsEntry("k3/NOT_RECORDED", "1");
		assertThat(values).containsEntry("k4/FULL_TIME", "1")
			.containsEntry("k4/UNEMPLOYED", "1")
			.containsEntry("k4/NOT_RECORDED", "1");
		assertThat(values).containsEntry("k5/SPOUSE", "1")
			.containsEntry("k5/DATING_PARTNER", "1")
			.containsEntry("k5/NOT_RECORDED", "1");
		assertThat(values).containsEntry("k6/MARRIED", "1")
			.containsEntry("k6/SINGLE", "1")
			.containsEntry("k6/NOT_RECORDED", "1");
		assertThat(values).containsEntry("k7/2", "1")
			.containsEntry("k7/FOUR_OR_MORE", "1")
			.containsEntry("k7/NOT_RECORDED", "1")
			.containsEntry("k7/0", "0");
		assertThat(report.figures()).extracting(Figure::paragraph)
			.contains("501.170(a)", "501.170(j)", "501.170(k)(1)", "501.170(k)(7)");
	}

	@Test
	@DisplayName("OUT-1: each agency's figures count its own rows only (row-level security and explicit agency filters)")
	void countsOnlyTheOwnAgency() {
		Map<String, String> bravo = flatten(as(this.bravo, () -> this.statistics.report(FROM, TO)));
		assertThat(bravo).containsEntry("a/COURT", "6")
			.containsEntry("a/PROBATION", "0")
			.containsEntry("a/TOTAL", "6")
			.containsEntry("b/TOTAL", "0")
			.containsEntry("d/NEW", "1")
			.containsEntry("f/TOTAL", "1")
			.containsEntry("i/TOTAL", "0.00")
			.containsEntry("j/TOTAL", "0");
		assertThat(flatten(as(this.alpha, () -> this.statistics.report(FROM, TO)))).containsEntry("a/COURT", "2");
	}

	@Test
	@DisplayName("OUT-1: a director drills down from a figure to the participants behind it, and the read is audited")
	void drillsDownToTheParticipantsBehindAFigure() throws SQLException {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.alpha, Role.PROGRAM_DIRECTOR));
		String page = director.get("/statistics?" + PERIOD).body();
		assertThat(page).contains("501.170(a)", "501.170(k)(7)", "<svg", "<title", "<desc")
			.contains("/statistics/participants?figure=a&amp;category=COURT&amp;from=2025-01-01&amp;to=2025-06-30");
		HttpResponse<String> court = director.get("/statistics/participants?figure=a&category=COURT&" + PERIOD);
		assertThat(court.statusCode()).isEqualTo(200);
		assertThat(court.body()).contains("Sample, Pat", "Sample, Sam").doesNotContain("Quinn", "Bravo1");
		HttpResponse<String> hours = director.get("/statistics/participants?figure=i&" + PERIOD);
		assertThat(hours.body()).contains("Sample, Pat", "Sample, Quinn", "Sample, Robin");
		assertThat(director.get("/statistics/participants?figure=z&" + PERIOD).statusCode()).isEqualTo(404);
		try (Connection owner = OwnerDatabase.connect(this.environment);
				var statement = owner.prepareStatement(
						"select detail from audit_log where agency_id = ? and record_type = 'statistics-participants'")) {
			statement.setObject(1, this.alpha.value());
			List<String> details = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					details.add(rows.getString(1));
				}
			}
			assertThat(details)
				.anyMatch((detail) -> detail.contains("figure=a, category=COURT") && detail.contains("rows=2"));
		}
	}

	@Test
	@DisplayName("OUT-1, OUT-2: CSV, JSON and XLSX exports parse back to the figures on the page")
	void exportsParseBackToTheSameFigures() throws IOException {
		StatisticsReport report = as(this.alpha, () -> this.statistics.report(FROM, TO));
		Map<String, String> expected = flatten(report);
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.alpha, Role.PROGRAM_DIRECTOR));
		director.stepUp();

		HttpResponse<String> csv = director.get("/statistics/export?format=csv&" + PERIOD);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo(String.join(",", StatisticsDocuments.COLUMNS));
		Map<String, String> fromCsv = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String[] fields = lines[i].split(",", -1);
			assertThat(fields[0]).isEqualTo("2025-01-01");
			fromCsv.put(fields[3] + "/" + fields[5], fields[6]);
		}
		assertThat(fromCsv).isEqualTo(expected);

		HttpResponse<String> jsonExport = director.get("/statistics/export?format=json&" + PERIOD);
		JsonNode document = this.json.readTree(jsonExport.body());
		assertThat(document.get("schemaVersion").asString()).isEqualTo(StatisticsDocuments.SCHEMA_VERSION);
		Map<String, String> fromJson = new HashMap<>();
		for (JsonNode figure : document.get("figures")) {
			for (JsonNode value : figure.get("values")) {
				fromJson.put(figure.get("figure").asString() + "/" + value.get("category").asString(),
						value.get("value").decimalValue().toPlainString());
			}
			if (!figure.get("total").isNull()) {
				fromJson.put(figure.get("figure").asString() + "/TOTAL",
						figure.get("total").decimalValue().toPlainString());
			}
		}
		assertThat(numeric(fromJson)).isEqualTo(numeric(expected));
		// The document has exactly the fields the published JSON Schema requires.
		JsonNode schema = this.json
			.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("docs/statistics.schema.json")));
		JsonNode agencyFigures = schema.get("$defs").get("agencyFigures");
		assertThat(fieldNames(document)).isEqualTo(values(agencyFigures.get("required")));
		assertThat(fieldNames(document.get("figures").get(0)))
			.isEqualTo(values(agencyFigures.get("properties").get("figures").get("items").get("required")));
		assertThat(director.get("/api/statistics?" + PERIOD).body()).isEqualTo(jsonExport.body());

		Map<String, String> fromXlsx = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(as(this.alpha, () -> this.documents.xlsx(report))))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("from");
			for (Row row : rows.subList(1, rows.size())) {
				String value = row.getCellText(6);
				fromXlsx.put(row.getCellText(3) + "/" + row.getCellText(5),
						value.isEmpty() ? "" : new BigDecimal(value).toPlainString());
			}
		}
		assertThat(fromXlsx.keySet()).isEqualTo(expected.keySet());
		fromXlsx.forEach((key, value) -> assertThat(new BigDecimal(value)).as(key)
			.isEqualByComparingTo(new BigDecimal(expected.get(key))));
	}

	@Test
	@DisplayName("OUT-1: a period ending before it starts is refused with a field message, and as problem+json on the API")
	void refusesAPeriodEndingBeforeItStarts() {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.alpha, Role.PROGRAM_DIRECTOR));
		HttpResponse<String> page = director.get("/statistics?from=2025-06-30&to=2025-01-01");
		assertThat(page.body()).contains("The last day cannot be before the first day.").doesNotContain("<svg");
		director.stepUp();
		HttpResponse<String> api = director.get("/api/statistics?from=2025-06-30&to=2025-01-01");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	@DisplayName("OUT-2: the evaluation plan is kept as revisions, and a stale edit is a visible conflict (409)")
	void keepsTheEvaluationPlanAsRevisionsAndShowsAStaleEdit() {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.alpha, Role.PROGRAM_DIRECTOR));
		Map<String, String> plan = new HashMap<>(Map.of("baseRevision", "0", "goals", "Fewer re-arrests", "measures",
				"Completion rate; re-arrests during the program", "dataCollected", "Attendance and outcomes, monthly",
				"schedule", "Reviewed every quarter"));
		HttpResponse<String> first = director.submit("/statistics/evaluation-plan", "/statistics/evaluation-plan",
				plan);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(director.get("/statistics/evaluation-plan").body()).contains("Revision 1", "Fewer re-arrests");
		// A second editor still holding revision 0 saves over it: refused, nothing lost.
		plan.put("goals", "Stale goals");
		HttpResponse<String> stale = director.submit("/statistics/evaluation-plan", "/statistics/evaluation-plan",
				plan);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone saved a newer revision of the plan", "Stale goals");
		plan.put("baseRevision", "1");
		plan.put("goals", "");
		HttpResponse<String> blank = director.submit("/statistics/evaluation-plan", "/statistics/evaluation-plan",
				plan);
		assertThat(blank.body()).contains("usa-form-group--error");
		assertThat(as(this.alpha, () -> this.context.getBean(WritingEvaluationPlan.class).revisions()))
			.extracting(EvaluationPlan::revision)
			.containsExactly(1);
	}

	@Test
	@DisplayName("COO-5: the director puts the agency in a region, and from then on the region's monitor sees its suppressed counts")
	void assignsTheAgencyToARegion() {
		AgencyId newcomer = this.fixture.newAgency();
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(newcomer, Role.PROGRAM_DIRECTOR));
		assertThat(director
			.submit("/statistics/evaluation-plan", "/statistics/evaluation-plan/region",
					Map.of("region", "x".repeat(101)))
			.body()).contains("usa-form-group--error");
		HttpResponse<String> saved = director.submit("/statistics/evaluation-plan",
				"/statistics/evaluation-plan/region", Map.of("region", " " + this.region + " "));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(director.get("/statistics/evaluation-plan").body()).contains("The region was saved.",
				"value=\"" + this.region + "\"");
		assertThat(as(this.department, () -> this.regional.aggregates(FROM, TO)).tables().get(0).agencies()).hasSize(4);
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(newcomer, Role.INTAKE_WORKER));
		assertThat(intake.get("/statistics/evaluation-plan").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("CON-5: the department monitor sees suppressed aggregates of the region and gets 403 on case-level pages")
	void showsTheMonitorSuppressedAggregatesOnly() {
		StaffUser monitorUser = this.fixture.newUser(this.department, Role.DEPARTMENT_MONITOR);
		WebSession monitor = new WebSession(this.port);
		monitor.signIn(monitorUser);
		assertThat(monitor.get("/statistics?" + PERIOD).statusCode()).isEqualTo(403);
		assertThat(monitor.get("/statistics/participants?figure=a&" + PERIOD).statusCode()).isEqualTo(403);
		assertThat(monitor.get("/statistics/export?format=csv&" + PERIOD).statusCode()).isEqualTo(403);
		assertThat(monitor.get("/api/statistics?" + PERIOD).statusCode()).isEqualTo(403);
		assertThat(monitor.get("/participants").statusCode()).isEqualTo(403);

		RegionalAggregates aggregates = as(this.department, () -> this.regional.aggregates(FROM, TO));
		assertThat(aggregates.region()).isEqualTo(this.region);
		RegionalAggregates.Table referrals = aggregates.tables().get(0);
		assertThat(referrals.code()).isEqualTo("a");
		assertThat(referrals.agencies()).containsExactly("Alpha " + this.suffix, "Bravo " + this.suffix,
				"Department " + this.suffix);
		int court = referrals.categories().indexOf("COURT");
		// Alpha's counts (2, 1, 1, 1) are all under 5; its total of 5 is suppressed as
		// the
		// complement of the department's total of 0.
		assertThat(referrals.cells().get(0)).containsOnly("<5");
		assertThat(referrals.cells().get(1).get(court)).isEqualTo("6");
		assertThat(referrals.cells().get(1).get(referrals.categories().size())).isEqualTo("6");
		assertThat(referrals.cells().get(2)).containsOnly("<5");
		assertThat(referrals.cells().get(3).get(court)).isEqualTo("8");
		assertThat(referrals.cells().get(3).get(referrals.categories().size())).isEqualTo("11");
		for (RegionalAggregates.Table table : aggregates.tables()) {
			for (List<String> row : table.cells()) {
				assertThat(row).allMatch((cell) -> "<5".equals(cell) || Long.parseLong(cell) >= 5);
			}
		}

		HttpResponse<String> page = monitor.get("/statistics/regional?" + PERIOD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Alpha " + this.suffix, "&lt;5", "501.170(k)(3)");
		monitor.stepUp();
		String csv = monitor.get("/statistics/regional/export?format=csv&" + PERIOD).body();
		String jsonExport = monitor.get("/statistics/regional/export?format=json&" + PERIOD).body();
		for (String export : List.of(csv, jsonExport, page.body())) {
			assertThat(export).doesNotContain("Pat", "Quinn", "Sample", "Bravo1");
			this.people.values().forEach((id) -> assertThat(export).doesNotContain(id.value().toString()));
		}
		assertThat(this.json.readTree(jsonExport).get("tables").get(0).get("rows").get(1).get("cells").get(0).asInt())
			.isEqualTo(6);

		// A director cannot read the region; an agency outside any region sees nothing.
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.alpha, Role.PROGRAM_DIRECTOR));
		assertThat(director.get("/statistics/regional?" + PERIOD).statusCode()).isEqualTo(403);
		AgencyId lonely = this.fixture.newAgency();
		assertThat(as(lonely, () -> this.regional.aggregates(FROM, TO)).tables()).isEmpty();
	}

	@Test
	@DisplayName("OUT-1: a re-arrest during the program is recorded from the participant file and refused before the start (501.170(g))")
	void recordsARearrestFromTheParticipantFile() {
		LocalDate start = LocalDate.now().minusMonths(2);
		ParticipantId participant = this.fixture.enrolledParticipant(this.alpha, "Wes", Gender.MALE, start);
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.alpha, Role.INTAKE_WORKER));
		assertThat(intake.get("/participants/" + participant).body()).contains("Re-arrests during the program");
		String page = "/participants/" + participant + "/rearrests";
		HttpResponse<String> before = intake.submit(page, page,
				Map.of("arrestedOn", start.minusDays(3).toString(), "offenceCategory", "DOMESTIC_BATTERY"));
		assertThat(before.body()).contains("The arrest is before the program start");
		HttpResponse<String> during = intake.submit(page, page,
				Map.of("arrestedOn", start.plusDays(10).toString(), "offenceCategory", "STALKING_OR_HARASSMENT"));
		assertThat(during.statusCode()).isEqualTo(302);
		assertThat(as(this.alpha, () -> this.context.getBean(RecordingRearrests.class).rearrests(participant)))
			.extracting(Rearrest::offenceCategory)
			.containsExactly(OffenceCategory.STALKING_OR_HARASSMENT);
		Map<String, String> figures = flatten(as(this.alpha, () -> this.statistics.report(start, LocalDate.now())));
		assertThat(figures).containsEntry("g/STALKING_OR_HARASSMENT", "1");
		assertThatThrownBy(() -> as(this.alpha, () -> this.context.getBean(RecordingRearrests.class)
			.record(participant, new RearrestCommand(LocalDate.now().plusDays(1), OffenceCategory.DOMESTIC_BATTERY))))
			.isInstanceOf(RearrestRefused.class);
	}

	private static Map<String, String> flatten(StatisticsReport report) {
		Map<String, String> values = new HashMap<>();
		for (Figure figure : report.figures()) {
			for (Figure.Value value : figure.values()) {
				values.put(figure.code() + "/" + value.category(), value.value().toPlainString());
			}
			values.put(figure.code() + "/TOTAL", (figure.total() != null) ? figure.total().toPlainString() : "");
		}
		return values;
	}

	private static java.util.Set<String> fieldNames(JsonNode node) {
		return new java.util.HashSet<>(node.propertyNames());
	}

	private static java.util.Set<String> values(JsonNode array) {
		java.util.Set<String> values = new java.util.HashSet<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	/** The values as numbers, so that 4.5 in JSON equals 4.50 on the page. */
	private static Map<String, String> numeric(Map<String, String> values) {
		Map<String, String> numbers = new HashMap<>();
		values.forEach((key, value) -> numbers.put(key,
				value.isEmpty() ? value : new BigDecimal(value).stripTrailingZeros().toPlainString()));
		return numbers;
	}

	private static <T> T as(AgencyId agency, Supplier<T> work) {
		return SystemScope.callAs(agency, work);
	}

}
