package org.paipmanager.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Permission;
import org.paipmanager.statistics.PeriodRefused;
import org.paipmanager.statistics.RegionalAggregates;
import org.paipmanager.statistics.SharingRegionalAggregates;
import org.paipmanager.statistics.StatisticsDocuments;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/statistics/regional")
class RegionalController {

	private final SharingRegionalAggregates regional;

	private final StatisticsDocuments documents;

	RegionalController(SharingRegionalAggregates regional, StatisticsDocuments documents) {
		this.regional = regional;
		this.documents = documents;
	}

	@GetMapping
	String page(@ModelAttribute("period") PeriodForm period, BindingResult errors, Model model) {
		PeriodForm shown = period.withDefaults(this.regional.today());
		if (errors.hasErrors()) {
			return "statistics/regional";
		}
		try {
			model.addAttribute("aggregates", this.regional.aggregates(shown.from(), shown.to()));
		}
		catch (PeriodRefused refused) {
			refused.rejectOn(errors);
		}
		return "statistics/regional";
	}

	@BulkExport(value = "regional-aggregates", permissions = Permission.REGIONAL_AGGREGATES_READ)
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("period") PeriodForm period, @RequestParam String format) {
		PeriodForm shown = period.withDefaults(this.regional.today());
		RegionalAggregates aggregates = this.regional.aggregates(shown.from(), shown.to());
		String name = "paip-regional-aggregates-" + shown.from() + "-to-" + shown.to();
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" -> StatisticsController.file(this.documents.csv(aggregates),
					new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
			case "json" ->
				StatisticsController.file(this.documents.json(aggregates), MediaType.APPLICATION_JSON, name + ".json");
			default -> ResponseEntity.badRequest().build();
		};
	}

}
