package org.paipmanager.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time of this JVM (application and load generator share it) split by who spent it:
 * the servlet container's request threads, the load generator's threads (the carriers of
 * its virtual threads and the HTTP client's selector) and the rest (garbage collector,
 * JIT compiler, connection pool, schedulers). CPU milliseconds per request do not depend
 * on how busy the shared machine is, which wall-clock latencies do.
 */
final class CpuMeter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final long process;

	private final long server;

	private final long client;

	private CpuMeter(long process, long server, long client) {
		this.process = process;
		this.server = server;
		this.client = client;
	}

	static CpuMeter now() {
		long server = 0;
		long client = 0;
		long[] ids = THREADS.getAllThreadIds();
		ThreadInfo[] infos = THREADS.getThreadInfo(ids);
		for (int i = 0; i < ids.length; i++) {
			if (infos[i] == null) {
				continue;
			}
			long cpu = THREADS.getThreadCpuTime(ids[i]);
			if (cpu < 0) {
				continue;
			}
			String name = infos[i].getThreadName();
			if (name.startsWith("http-nio-") || name.startsWith("tomcat-")) {
				server += cpu;
			}
			else if (name.startsWith("ForkJoinPool-") || name.startsWith("HttpClient-")) {
				client += cpu;
			}
		}
		long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new CpuMeter(process, server, client);
	}

	/**
	 * CPU milliseconds per request since {@code before}: whole JVM, request threads, load
	 * generator.
	 */
	String perRequestSince(CpuMeter before, long requests) {
		double n = Math.max(1, requests);
		double process = (this.process - before.process) / 1e6 / n;
		double server = (this.server - before.server) / 1e6 / n;
		double client = (this.client - before.client) / 1e6 / n;
		return String.format(Locale.ROOT,
				"%.1f ms CPU per request in the JVM (request threads %.1f, load generator %.1f, other %.1f) over %d requests",
				process, server, client, process - server - client, requests);
	}

}
