package org.paipmanager.victimcontact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the victim's contact details and words. Each value gets a fresh 96-bit
 * random nonce and is stored as {@code keyId:base64(nonce | ciphertext | tag)}, bound to
 * its column and row by the associated data, so a ciphertext copied into another row does
 * not decrypt. New values use the active key; every key of the ring still decrypts, so
 * keys rotate without rewriting old rows. The keys never enter the database.
 */
final class VictimFieldCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	/**
	 * @param keys 256-bit keys by id
	 * @param activeKeyId the key new values are encrypted with
	 */
	VictimFieldCipher(Map<String, byte[]> keys, String activeKeyId) {
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalStateException("The active victim-data key '" + activeKeyId + "' is not configured");
		}
		keys.forEach((id, key) -> {
			if (!KEY_ID.matcher(id).matches() || key.length != 32) {
				throw new IllegalStateException("Victim-data key '" + id + "' must be 32 bytes with a plain id");
			}
		});
		this.keys = Map.copyOf(keys.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(entry) -> (SecretKey) new SecretKeySpec(entry.getValue(), "AES"))));
		this.activeKeyId = activeKeyId;
	}

	String activeKeyId() {
		return this.activeKeyId;
	}

	/**
	 * A column value bound to its column and row; blank optional values are stored as
	 * null.
	 */
	String seal(String value, String column, UUID rowId) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return encrypt(value.strip(), column + ":" + rowId);
	}

	/** The value of a column sealed with {@link #seal}. */
	String open(String stored, String column, UUID rowId) {
		return decrypt(stored, column + ":" + rowId);
	}

	/** The stored form of a value, or null for null. */
	String encrypt(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(this.activeKeyId, context));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return this.activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Victim-data encryption failed", ex);
		}
	}

	/** The value of a stored form, or null for null. */
	String decrypt(String stored, String context) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		String keyId = (colon > 0) ? stored.substring(0, colon) : "";
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No victim-data key '" + keyId + "' to decrypt with");
		}
		byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(aad(keyId, context));
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// Never the value or the context in the message: only that it failed.
			throw new IllegalStateException("Victim-data decryption failed for key '" + keyId + "'", ex);
		}
	}

	private static byte[] aad(String keyId, String context) {
		return (keyId + "|" + context).getBytes(StandardCharsets.UTF_8);
	}

}
