package org.paipmanager.victimcontact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class VictimKeyConfigurationTests {

	@TempDir
	Path keys;

	@Test
	@DisplayName("SAF-1: without configured keys one is generated once into a file outside the database and reused")
	void generatesAKeyFileOnceAndReusesIt() throws IOException {
		MockEnvironment environment = new MockEnvironment().withProperty("paip.victim.key-directory",
				this.keys.toString());
		VictimContactConfiguration configuration = new VictimContactConfiguration();
		VictimFieldCipher first = configuration.victimFieldCipher(environment, Clock.systemUTC());
		String stored = first.encrypt("kept", "c");
		try (var files = Files.list(this.keys)) {
			assertThat(files.toList()).singleElement()
				.satisfies((file) -> assertThat(file.getFileName().toString()).startsWith("victim-local-"));
		}
		VictimFieldCipher afterRestart = configuration.victimFieldCipher(environment, Clock.systemUTC());
		assertThat(afterRestart.decrypt(stored, "c")).isEqualTo("kept");
	}

	@Test
	@DisplayName("SAF-1: configured keys rotate: the active key writes, the old one still reads")
	void configuredKeysRotate() {
		String oldKey = Base64.getEncoder().encodeToString(new byte[32]);
		String newKey = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		VictimContactConfiguration configuration = new VictimContactConfiguration();
		VictimFieldCipher before = configuration
			.victimFieldCipher(new MockEnvironment().withProperty("paip.victim.keys.k1", oldKey)
				.withProperty("paip.victim.active-key", "k1"), Clock.systemUTC());
		String stored = before.encrypt("address", "c");
		VictimFieldCipher after = configuration
			.victimFieldCipher(new MockEnvironment().withProperty("paip.victim.keys.k1", oldKey)
				.withProperty("paip.victim.keys.k2", newKey)
				.withProperty("paip.victim.active-key", "k2")
				.withProperty("paip.victim.key-directory", this.keys.toString()), Clock.systemUTC());
		assertThat(after.decrypt(stored, "c")).isEqualTo("address");
		assertThat(after.encrypt("address", "c")).startsWith("k2:");
		assertThat(this.keys).isEmptyDirectory();
	}

}
