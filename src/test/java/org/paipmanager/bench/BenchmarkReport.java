package org.paipmanager.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes one run's figures to bench/results/YYYY-MM-DD-scale.md and .json: machine, data
 * set, timings and the app-to-raw-SQL ratios with the targets of issue 4.
 */
final class BenchmarkReport {

	/**
	 * Issue 4: p95 at most 50 ms for recording a full group and for the progress page.
	 */
	private static final double TARGET_P95_MS = 50.0;

	/** Issue 6: the statistics report takes at most 1.3 times the raw SQL (p95). */
	private static final double TARGET_STATISTICS_RATIO = 1.3;

	private final Scale scale;

	private final BenchmarkRun.Options options;

	private final Map<String, String> dataSet;

	private final List<Timings> timings;

	private final Map<String, String> notes;

	private final List<Result> results;

	BenchmarkReport(Scale scale, BenchmarkRun.Options options, Map<String, String> dataSet, List<Timings> timings,
			Map<String, String> notes, List<Result> results) {
		this.scale = scale;
		this.options = options;
		this.dataSet = dataSet;
		this.timings = timings;
		this.notes = notes;
		this.results = results;
	}

	void write() throws IOException {
		Files.createDirectories(this.options.resultsDirectory());
		String base = LocalDate.now(ZoneOffset.UTC) + "-" + this.scale.name()
				+ (this.options.partial() ? "-" + String.join("-", this.options.only()) : "")
				+ ((this.options.whatIf() != null || this.options.appProperty() != null) ? "-what-if" : "");
		Path markdown = this.options.resultsDirectory().resolve(base + ".md");
		Path json = this.options.resultsDirectory().resolve(base + ".json");
		Files.writeString(markdown, markdown());
		Files.writeString(json, json());
		System.out.println();
		System.out.println(markdownFigures());
		System.out.println("Written " + markdown + " and " + json);
	}

	private Optional<Timings> find(String prefix) {
		return this.timings.stream().filter((t) -> t.name().startsWith(prefix)).findFirst();
	}

	private List<Ratio> ratios() {
		List<Ratio> ratios = new ArrayList<>();
		ratio(ratios, "Record attendance, full group of 15", "record attendance, group of 15: RecordingAttendance",
				"record attendance, group of 15: raw SQL", true, null);
		ratio(ratios, "Participant progress page (HTTP)", "participant file page", "participant progress: raw SQL",
				true, null);
		ratio(ratios, "Participant progress (facade call)", "participant progress: RecordingAttendance",
				"participant progress: raw SQL", false, null);
		ratio(ratios, "501.170 statistics page, one agency, one year (HTTP)", "statistics page",
				"statistics report: raw SQL", true, TARGET_STATISTICS_RATIO);
		ratio(ratios, "501.170 statistics report (facade call)", "statistics report: StatisticsManagement",
				"statistics report: raw SQL", true, TARGET_STATISTICS_RATIO);
		return ratios;
	}

	private void ratio(List<Ratio> ratios, String label, String app, String raw, boolean targeted, Double maxRatio) {
		Optional<Timings> a = find(app);
		Optional<Timings> r = find(raw);
		if (a.isPresent() && r.isPresent()) {
			ratios.add(new Ratio(label, a.get(), r.get(), targeted, maxRatio));
		}
	}

	private String markdownFigures() {
		StringBuilder out = new StringBuilder();
		List<Ratio> ratios = ratios();
		if (!ratios.isEmpty()) {
			out.append("| Measured | app p50 / p95 ms | raw SQL p50 / p95 ms | ratio app/raw (p50, p95) | target |\n");
			out.append("|---|---:|---:|---:|---|\n");
		}
		for (Ratio ratio : ratios) {
			out.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %.2f / %.2f | %.1f×, %.1f× | %s |%n",
					ratio.label(), ratio.app().percentile(50), ratio.app().percentile(95), ratio.raw().percentile(50),
					ratio.raw().percentile(95), ratio.p50(), ratio.p95(),
					ratio.targeted() ? ratio.target() + ": " + (ratio.met() ? "met" : "**missed**") : "(no target)"));
		}
		if (!this.results.isEmpty()) {
			out.append("\n| Measured | result | compared | target |\n|---|---|---|---|\n");
			for (Result result : this.results) {
				out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s: %s |%n", result.operation(),
						result.measured(), result.compared(), result.target(), result.met() ? "met" : "**missed**"));
			}
		}
		return out.toString();
	}

	private String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Benchmark: ").append(this.scale.name()).append(" scale, ").append(LocalDate.now(ZoneOffset.UTC));
		out.append("\n\nProduced by `bench/run --scale ").append(this.scale.name());
		if (this.options.partial()) {
			out.append(" --only ").append(String.join(",", this.options.only()));
		}
		out.append("` (see bench/README.md). ");
		out.append("Every figure below comes from this one run; app and raw SQL were measured interleaved, ");
		out.append("so both saw the same machine load. Compare ratios across machines, not milliseconds.\n\n");
		out.append("## Results\n\n").append(markdownFigures());
		out.append("\n").append(Timings.markdownHeader()).append("\n");
		this.timings.forEach((t) -> out.append(t.markdownRow()).append("\n"));
		out.append("\n## Machine\n\n");
		machine().forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append("\n"));
		out.append("\n## Data set\n\n");
		this.dataSet.forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append("\n"));
		out.append("\n## Run\n\n");
		out.append("- warm-up iterations per operation: ").append(this.options.warmup()).append("\n");
		out.append("- measured iterations per operation: ").append(this.options.iterations()).append("\n");
		out.append("- statistics report: warm-up ")
			.append(this.options.statisticsWarmup())
			.append(", measured ")
			.append(this.options.statisticsIterations())
			.append(" per variant\n");
		this.notes.forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append("\n"));
		return out.toString();
	}

	private String json() {
		String ratios = ratios().stream()
			.map((r) -> String.format(Locale.ROOT,
					"{\"operation\": \"%s\", \"app\": \"%s\", \"raw\": \"%s\", \"ratio_p50\": %.2f, \"ratio_p95\": %.2f, "
							+ "\"target_p95_ms\": %s, \"target_ratio_p95\": %s, \"target_met\": %s}",
					r.label(), r.app().name(), r.raw().name(), r.p50(), r.p95(),
					(r.targeted() && r.maxRatio() == null) ? String.valueOf(TARGET_P95_MS) : "null",
					(r.maxRatio() != null) ? String.valueOf(r.maxRatio()) : "null", r.targeted() ? r.met() : "null"))
			.collect(Collectors.joining(",\n    "));
		return "{\n  \"scale\": \"" + this.scale.name() + "\",\n  \"date\": \"" + ZonedDateTime.now(ZoneOffset.UTC)
				+ "\",\n  \"warmup\": " + this.options.warmup() + ",\n  \"iterations\": " + this.options.iterations()
				+ ",\n  \"ratios\": [\n    " + ratios + "\n  ],\n  \"results\": [\n    " + results()
				+ "\n  ],\n  \"timings\": [\n    "
				+ this.timings.stream().map(Timings::json).collect(Collectors.joining(",\n    "))
				+ "\n  ],\n  \"machine\": " + object(machine()) + ",\n  \"data_set\": " + object(this.dataSet)
				+ ",\n  \"notes\": " + object(this.notes) + "\n}\n";
	}

	private String results() {
		return this.results.stream()
			.map((r) -> String.format(Locale.ROOT,
					"{\"operation\": \"%s\", \"measured\": \"%s\", \"compared\": \"%s\", \"target\": \"%s\", "
							+ "\"target_met\": %s}",
					escape(r.operation()), escape(r.measured()), escape(r.compared()), escape(r.target()), r.met()))
			.collect(Collectors.joining(",\n    "));
	}

	private static String object(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> "\"" + escape(e.getKey()) + "\": \"" + escape(e.getValue()) + "\"")
			.collect(Collectors.joining(",\n    ", "{\n    ", "\n  }"));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
	}

	private Map<String, String> machine() {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cpu", cpuModel());
		machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		machine.put("memory", memory());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("commit", this.options.commit());
		machine.put("sharing", "CPU shared with other developers' builds during the run (see load averages)");
		return machine;
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal"))
				.map((line) -> line.replaceAll("\\D+", "") + " kB")
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * A figure that is not an app-to-raw ratio of percentiles: a batch's duration, a load
	 * test's throughput.
	 */
	record Result(String operation, String measured, String compared, String target, boolean met) {
	}

	/**
	 * @param maxRatio the largest p95 ratio app/raw allowed, or null for the p95 target
	 * in milliseconds
	 */
	private record Ratio(String label, Timings app, Timings raw, boolean targeted, Double maxRatio) {

		String target() {
			return (this.maxRatio != null) ? String.format(Locale.ROOT, "p95 ≤ %.1f× raw", this.maxRatio)
					: String.format(Locale.ROOT, "p95 ≤ %.0f ms", TARGET_P95_MS);
		}

		double p50() {
			return this.app.percentile(50) / this.raw.percentile(50);
		}

		double p95() {
			return this.app.percentile(95) / this.raw.percentile(95);
		}

		boolean met() {
			return (this.maxRatio != null) ? p95() <= this.maxRatio : this.app.percentile(95) <= TARGET_P95_MS;
		}

	}

}
