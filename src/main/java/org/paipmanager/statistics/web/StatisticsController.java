package org.paipmanager.statistics.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;
import org.paipmanager.statistics.DrillDownRow;
import org.paipmanager.statistics.Figure;
import org.paipmanager.statistics.MonthlyCount;
import org.paipmanager.statistics.PeriodRefused;
import org.paipmanager.statistics.StatisticsDocuments;
import org.paipmanager.statistics.StatisticsManagement;
import org.paipmanager.statistics.StatisticsReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/statistics")
class StatisticsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StatisticsManagement statistics;

	private final StatisticsDocuments documents;

	private final MessageSource messages;

	StatisticsController(StatisticsManagement statistics, StatisticsDocuments documents, MessageSource messages) {
		this.statistics = statistics;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String page(@ModelAttribute("period") PeriodForm period, BindingResult errors, Model model) {
		PeriodForm shown = period.withDefaults(this.statistics.today());
		if (errors.hasErrors()) {
			return "statistics/page";
		}
		try {
			StatisticsReport report = this.statistics.report(shown.from(), shown.to());
			model.addAttribute("report", report);
			model.addAttribute("charts",
					report.figures()
						.stream()
						.filter(Figure::recorded)
						.collect(Collectors.toMap(Figure::code, this::chart)));
			model.addAttribute("trend", trend(this.statistics.referralsByMonth(shown.from(), shown.to())));
			model.addAttribute("drill", CurrentActor.require().hasPermission(Permission.PARTICIPANT_READ));
		}
		catch (PeriodRefused refused) {
			refused.rejectOn(errors);
		}
		return "statistics/page";
	}

	@GetMapping("/participants")
	String participants(@ModelAttribute("period") PeriodForm period, BindingResult errors, @RequestParam String figure,
			@RequestParam(required = false) String category, Model model) {
		PeriodForm shown = period.withDefaults(this.statistics.today());
		List<DrillDownRow> rows = this.statistics.participantsBehind(figure, blankToNull(category), shown.from(),
				shown.to());
		model.addAttribute("figure", figure);
		model.addAttribute("paragraph",
				"501.170(" + figure.charAt(0) + ")" + ((figure.length() > 1) ? "(" + figure.substring(1) + ")" : ""));
		model.addAttribute("category", blankToNull(category));
		model.addAttribute("rows", rows);
		return "statistics/participants";
	}

	@BulkExport(value = "statistics", permissions = Permission.STATISTICS_READ)
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("period") PeriodForm period, @RequestParam String format) {
		PeriodForm shown = period.withDefaults(this.statistics.today());
		StatisticsReport report = this.statistics.report(shown.from(), shown.to());
		String name = "paip-statistics-" + shown.from() + "-to-" + shown.to();
		ResponseEntity<byte[]> response = switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" ->
				file(this.documents.csv(report), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
			case "json" -> file(this.documents.json(report), MediaType.APPLICATION_JSON, name + ".json");
			case "xlsx" -> file(this.documents.xlsx(report), XLSX, name + ".xlsx");
			default -> null;
		};
		if (response == null) {
			return ResponseEntity.badRequest().build();
		}
		this.statistics.recordExport(report, format.toLowerCase(Locale.ROOT));
		return response;
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private BarChart chart(Figure figure) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (Figure.Value value : figure.values()) {
			labels.add(this.messages.getMessage(value.labelKey(), null, value.category(), locale));
			values.add(value.value());
		}
		String title = this.messages.getMessage(figure.messageKey(), null, locale) + " (" + figure.paragraph() + ")";
		return BarChart.of("chart-" + figure.code(), title, labels, values);
	}

	private LineChart trend(List<MonthlyCount> months) {
		Locale locale = LocaleContextHolder.getLocale();
		return LineChart.of("chart-trend", this.messages.getMessage("statistics.trend.title", null, locale),
				months.stream().map((month) -> month.month().toString()).toList(),
				months.stream().map(MonthlyCount::count).toList());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
