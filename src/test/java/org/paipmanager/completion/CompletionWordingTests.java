package org.paipmanager.completion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 501.160(c): completion does not guarantee that abuse has ended. No text the product
 * shows, prints or sends may state or imply that a participant will not reoffend.
 */
class CompletionWordingTests {

	// Claims of a lasting change, in English and Spanish. The 501.160(c) disclaimer
	// itself says the opposite and is recognised by its "does not guarantee" / "no
	// garantiza".
	private static final List<Pattern> PREDICTIONS = Stream
		.of("will not reoffend", "won't reoffend", "will not re-offend", "no longer (a danger|abusive|violent)",
				"rehabilitated", "is cured", "is safe to", "poses no (risk|danger|threat)", "no risk of",
				"successfully (changed|reformed)", "no volverá a (agredir|abusar|reincidir)", "rehabilitado",
				"ya no es (peligroso|violento|abusivo)", "sin riesgo de")
		.map((phrase) -> Pattern.compile(phrase, Pattern.CASE_INSENSITIVE))
		.toList();

	@Test
	@DisplayName("GRP-9: no message, template or letter text predicts that abuse has ended (501.160(c))")
	void noTextPredictsTheEndOfAbuse() throws IOException {
		List<Path> texts;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			texts = files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".properties") || file.toString().endsWith(".html"))
				.toList();
		}
		assertThat(texts).hasSizeGreaterThan(20);
		for (Path text : texts) {
			String content = read(text).toLowerCase(Locale.ROOT);
			for (Pattern prediction : PREDICTIONS) {
				assertThat(prediction.matcher(content).find()).as(text + " contains /" + prediction + "/").isFalse();
			}
		}
	}

	@Test
	@DisplayName("GRP-9: the certificate and the completion pages carry the 501.160(c) statement")
	void completionTextsCarryTheDisclaimer() {
		assertThat(read(Path.of("src/main/resources/templates/completion/certificate.html")))
			.contains("#{completion.noPrediction}");
		assertThat(read(Path.of("src/main/resources/templates/completion/summary.html")))
			.contains("#{completion.noPrediction}");
		assertThat(read(Path.of("src/main/resources/messages.properties")))
			.contains("completion.noPrediction=Completion of the program does not guarantee");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
