package org.paipmanager.statistics.rest;

import java.time.LocalDate;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.statistics.SharingRegionalAggregates;
import org.paipmanager.statistics.StatisticsDocuments;
import org.paipmanager.statistics.StatisticsManagement;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 501.170 figures and the regional aggregates as JSON in the documented format
 * ({@code docs/statistics-schema.md}).
 */
@RestController
@RequestMapping("/api/statistics")
class StatisticsApi {

	private final StatisticsManagement statistics;

	private final SharingRegionalAggregates regional;

	private final StatisticsDocuments documents;

	StatisticsApi(StatisticsManagement statistics, SharingRegionalAggregates regional, StatisticsDocuments documents) {
		this.statistics = statistics;
		this.regional = regional;
		this.documents = documents;
	}

	@BulkExport(value = "statistics", permissions = Permission.STATISTICS_READ)
	@GetMapping
	ResponseEntity<byte[]> figures(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.documents.json(this.statistics.report(from, to)));
	}

	@BulkExport(value = "regional-aggregates", permissions = Permission.REGIONAL_AGGREGATES_READ)
	@GetMapping("/regional")
	ResponseEntity<byte[]> regional(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.documents.json(this.regional.aggregates(from, to)));
	}

}
