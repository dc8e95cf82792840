package org.paipmanager.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Wall-clock durations of one measured operation, in nanoseconds. */
final class Timings {

	private final String name;

	private final List<Long> nanos = new ArrayList<>();

	Timings(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	void add(long durationNanos) {
		this.nanos.add(durationNanos);
	}

	int count() {
		return this.nanos.size();
	}

	/** The nearest-rank percentile in milliseconds. */
	double percentile(double p) {
		List<Long> sorted = new ArrayList<>(this.nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
	}

	double mean() {
		return this.nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
	}

	double max() {
		return this.nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
	}

	String json() {
		return String.format(Locale.ROOT,
				"{\"name\": \"%s\", \"n\": %d, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"p99_ms\": %.3f, \"mean_ms\": %.3f, \"max_ms\": %.3f}",
				this.name, count(), percentile(50), percentile(95), percentile(99), mean(), max());
	}

	String markdownRow() {
		return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", this.name, count(),
				percentile(50), percentile(95), percentile(99), mean(), max());
	}

	static String markdownHeader() {
		return "| Operation | n | p50 ms | p95 ms | p99 ms | mean ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";
	}

}
