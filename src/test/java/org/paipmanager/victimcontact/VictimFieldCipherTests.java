package org.paipmanager.victimcontact;

import java.security.SecureRandom;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VictimFieldCipherTests {

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	@Test
	@DisplayName("SAF-1: a value sealed with an old key still opens after rotation; new values use the new key")
	void oldKeysStillDecryptAfterRotation() {
		byte[] old = key();
		VictimFieldCipher before = new VictimFieldCipher(Map.of("k1", old), "k1");
		String stored = before.encrypt("12 Elm Street, Springfield", "address:row-1");
		assertThat(stored).startsWith("k1:").doesNotContain("Elm");

		VictimFieldCipher after = new VictimFieldCipher(Map.of("k1", old, "k2", key()), "k2");
		assertThat(after.decrypt(stored, "address:row-1")).isEqualTo("12 Elm Street, Springfield");
		String rewritten = after.encrypt("12 Elm Street, Springfield", "address:row-1");
		assertThat(rewritten).startsWith("k2:");
		assertThat(after.decrypt(rewritten, "address:row-1")).isEqualTo("12 Elm Street, Springfield");
	}

	@Test
	void usesAFreshNonceForEveryValue() {
		VictimFieldCipher cipher = new VictimFieldCipher(Map.of("k1", key()), "k1");
		assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
	}

	@Test
	void refusesACiphertextMovedToAnotherRowOrColumn() {
		VictimFieldCipher cipher = new VictimFieldCipher(Map.of("k1", key()), "k1");
		String stored = cipher.encrypt("555-0100", "phone:row-1");
		assertThatThrownBy(() -> cipher.decrypt(stored, "phone:row-2")).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining("555");
	}

	@Test
	void refusesAValueWhoseKeyIsGone() {
		String stored = new VictimFieldCipher(Map.of("k1", key()), "k1").encrypt("x", "c");
		VictimFieldCipher other = new VictimFieldCipher(Map.of("k2", key()), "k2");
		assertThatThrownBy(() -> other.decrypt(stored, "c")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAnActiveKeyThatIsNotInTheRing() {
		assertThatThrownBy(() -> new VictimFieldCipher(Map.of("k1", key()), "k9"))
			.isInstanceOf(IllegalStateException.class);
	}

}
