package org.paipmanager;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Jazzer fuzz tests (issue 9, bad input) share: the check that an answer is
 * neither a server error nor a leak of the code behind it, and multipart uploads as a
 * browser sends them.
 * <p>
 * The fuzz tests run their committed seed corpus ({@code *FuzzTestsInputs} under
 * {@code src/test/resources}) in every build; {@code JAZZER_FUZZ=1} fuzzes one of them
 * for as long as {@code -Djazzer.max_duration} says (see {@code reliability/README.md}).
 */
public final class FuzzSupport {

	/**
	 * A stack frame, a "Caused by", or a fully qualified exception or error class name:
	 * what an answer must never show.
	 */
	private static final Pattern LEAK = Pattern.compile(
			"(?m)^\\s*at [a-zA-Z_$][\\w$.]*\\(|Caused by:|\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b");

	private FuzzSupport() {
	}

	/** No 5xx, and nothing of a stack trace or an exception's class in the body. */
	public static void assertAnswered(HttpResponse<String> answer, String what) {
		assertThat(answer.statusCode()).as("%s: %s", what, answer.body()).isLessThan(500);
		assertNoLeak(answer.body(), what);
	}

	/** Nothing of a stack trace or an exception's class in the text. */
	public static void assertNoLeak(String text, String what) {
		assertThat(LEAK.matcher((text != null) ? text : "").find()).as("%s shows a stack trace: %s", what, text)
			.isFalse();
	}

	/**
	 * Posts the fields and one file as {@code multipart/form-data}, with the CSRF token
	 * of the form page.
	 */
	public static HttpResponse<String> multipart(WebSession session, String formPage, String action,
			Map<String, String> fields, String fileField, String filename, String contentType, byte[] file) {
		String boundary = "paipfuzz" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", WebSession.csrfToken(session.get(formPage).body()));
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + filename.replace("\"", "%22").replace("\r", "").replace("\n", "")
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(URI.create(session.base() + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

}
