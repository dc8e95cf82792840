package org.paipmanager.mandatedreport.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_es.properties" })
	void namesEveryActionAndReportProblemInEachLanguage(String bundle) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Stream
			.concat(Stream.of(RequiredAction.values()).map(RequiredAction::messageKey),
					Stream.of(ReportProblem.values()).map(ReportProblem::messageKey))
			.forEach((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

}
