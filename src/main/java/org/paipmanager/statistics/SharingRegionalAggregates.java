package org.paipmanager.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.statistics.FigureCatalog.Definition;
import org.paipmanager.statistics.domain.SmallCellSuppression;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Aggregate figures across the agencies of a region for the department monitor (CON-5,
 * COO-5). The counts come from the database function {@code statistics_regional_figures},
 * the one narrow path across agencies, which returns agency names and counts only; here
 * every table is suppressed before it leaves (small cells and their complements). Service
 * hours (i) and abuse reports (j) are not shared.
 */
@Service
@Validated
public class SharingRegionalAggregates {

	static final String RECORD_TYPE = "regional-aggregates";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	SharingRegionalAggregates(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in the agency's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The region the current agency shares aggregates in, or null. */
	@PreAuthorize("hasAuthority('STATISTICS_READ') or hasAuthority('REGIONAL_AGGREGATES_READ')")
	@Transactional(readOnly = true)
	public String region() {
		return this.jdbc.sql("select region from agency where id = current_agency_id()")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Puts the current agency in a region, or in none when blank: from then on its counts
	 * are shared, suppressed, with the monitors of that region (COO-5). The director
	 * decides.
	 */
	@PreAuthorize("hasAuthority('STATISTICS_READ') and hasAuthority('AGENCY_WRITE')")
	@Transactional
	public void assignRegion(@Valid RegionCommand command) {
		String region = (command.region() == null || command.region().isBlank()) ? null : command.region().strip();
		this.jdbc.sql("update agency set region = ? where id = current_agency_id()").param(region).update();
		this.audit.record(AuditAction.UPDATE, "agency-region", null, (region != null) ? "assigned" : "cleared");
	}

	/**
	 * The suppressed figures of every agency in the reading user's region for the period.
	 * @throws PeriodRefused when the period is not valid
	 */
	@PreAuthorize("hasAuthority('REGIONAL_AGGREGATES_READ')")
	@Transactional
	public RegionalAggregates aggregates(LocalDate from, LocalDate to) {
		StatisticsManagement.check(from, to);
		String region = region();
		Set<String> agencies = new LinkedHashSet<>();
		Map<String, Map<String, Map<String, Long>>> counts = new HashMap<>();
		this.jdbc.sql("select agency_name, figure, category, participants from statistics_regional_figures(?, ?, ?)")
			.params(from, to, this.clock.getZone().getId())
			.query((rs, row) -> {
				String agency = rs.getString("agency_name");
				agencies.add(agency);
				String figure = rs.getString("figure");
				if (figure != null) {
					counts.computeIfAbsent(figure, (f) -> new HashMap<>())
						.computeIfAbsent(agency, (a) -> new HashMap<>())
						.put(rs.getString("category"), rs.getLong("participants"));
				}
				return row;
			})
			.list();
		List<String> agencyNames = List.copyOf(agencies);
		List<RegionalAggregates.Table> tables = new ArrayList<>();
		if (!agencyNames.isEmpty()) {
			for (Definition definition : FigureCatalog.definitions()) {
				if (!"i".equals(definition.code()) && !"j".equals(definition.code())) {
					tables.add(table(definition, agencyNames, counts.getOrDefault(definition.code(), Map.of())));
				}
			}
		}
		this.audit.record(AuditAction.READ, RECORD_TYPE, null,
				"from=" + from + ", to=" + to + ", agencies=" + agencyNames.size());
		return new RegionalAggregates(region, from, to, tables);
	}

	private static RegionalAggregates.Table table(Definition definition, List<String> agencies,
			Map<String, Map<String, Long>> byAgency) {
		List<String> categories = definition.categories();
		long[][] cells = new long[agencies.size()][categories.size()];
		for (int r = 0; r < agencies.size(); r++) {
			Map<String, Long> row = byAgency.getOrDefault(agencies.get(r), Map.of());
			for (int c = 0; c < categories.size(); c++) {
				cells[r][c] = row.getOrDefault(categories.get(c), 0L);
			}
		}
		SmallCellSuppression.Table suppressed = SmallCellSuppression.suppress(cells);
		return new RegionalAggregates.Table(definition.code(), definition.paragraph(), categories,
				categories.stream().map(definition.labelKey()).toList(), agencies, suppressed.shown());
	}

}
