package org.paipmanager.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and Spanish carry the same keys, no empty text and the same placeholders, so no
 * page ever shows a raw key or drops a value in one language.
 */
class MessageBundleSyncTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	@Test
	void spanishHasExactlyTheEnglishKeys() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
	}

	@Test
	void everyMessageHasTextAndTheSamePlaceholdersInBothLanguages() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(spanish.getProperty(key)).as(key).isNotBlank();
			assertThat(placeholders(spanish.getProperty(key))).as(key)
				.isEqualTo(placeholders(english.getProperty(key)));
			if (!placeholders(english.getProperty(key)).isEmpty()) {
				// MessageFormat reads a single apostrophe as a quote and swallows what
				// follows.
				assertThat(english.getProperty(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
				assertThat(spanish.getProperty(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
				// Parses as MessageFormat: a stray apostrophe would silently eat a
				// placeholder.
				assertThat(new MessageFormat(spanish.getProperty(key))
					.format(new Object[] { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J" })).as(key)
					.doesNotContain("{");
			}
		}
	}

	@Test
	void noPlaceholderTextReachesTheUserInterface() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				// "todo" alone would catch the Spanish "todos"; placeholders are written
				// in capitals.
				assertThat(messages.getProperty(key)).as(bundle + " " + key)
					.doesNotContainPattern("(?i)\\blorem\\b")
					.doesNotContainPattern("\\b(TODO|TBD|FIXME|XXX)\\b");
			}
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleSyncTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
