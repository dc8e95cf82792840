package org.paipmanager.staff.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a password chosen by its owner must meet (OWASP ASVS 5.0 6.2, ADR 0028). The
 * password is judged exactly as typed (6.2.8): nothing is trimmed, folded or truncated
 * before it is hashed. Each refusal is a message key for the field.
 */
public final class PasswordPolicy {

	/**
	 * 6.2.1: at least 8, and 15 strongly recommended; PAIP Manager asks 15 (ADR 0028).
	 */
	public static final int MIN_LENGTH = 15;

	/**
	 * 6.2.9: at least 64 must be allowed; 128 bounds the hashing work of one request.
	 */
	public static final int MAX_LENGTH = 128;

	/**
	 * 6.2.11: words of this application that make a password easy to guess here, on top
	 * of the account's username and the person's names.
	 */
	public static final List<String> CONTEXT_WORDS = List.of("paip", "manager", "partner", "abuse", "intervention",
			"program", "illinois", "password");

	private final Set<String> common;

	/**
	 * @param common the most common passwords, in lower case (6.2.4)
	 */
	public PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/** How many common passwords the policy checks against. */
	public int commonPasswords() {
		return this.common.size();
	}

	/**
	 * The first rule the chosen password breaks, as a message key, or empty when it may
	 * be used.
	 * @param chosen the new password as typed
	 * @param username the account's username
	 * @param personalWords the person's first and last name, for 6.2.11
	 */
	public Optional<String> problem(String chosen, String username, List<String> personalWords) {
		if (chosen == null || chosen.isEmpty()) {
			return Optional.of("password.error.required");
		}
		int length = chosen.codePointCount(0, chosen.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.error.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.error.long");
		}
		String lower = chosen.toLowerCase(Locale.ROOT);
		if (username != null && lower.strip().equals(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.error.username");
		}
		if (isCommon(lower)) {
			return Optional.of("password.error.common");
		}
		List<String> words = new ArrayList<>(CONTEXT_WORDS);
		if (username != null) {
			words.add(lettersOf(username));
		}
		if (personalWords != null) {
			personalWords.stream().filter((word) -> word != null).map(PasswordPolicy::lettersOf).forEach(words::add);
		}
		String letters = lettersOf(chosen);
		if (!letters.isEmpty() && madeOf(letters, words.stream().filter((word) -> word.length() >= 2).toList())) {
			return Optional.of("password.error.context");
		}
		return Optional.empty();
	}

	/**
	 * 6.2.4 for a 15-character minimum: few of the most common passwords are that long,
	 * so a common one is also refused when it is padded to length with digits, symbols or
	 * spaces, or repeated ("password12345678", "iloveyou!!!!!!!!", "monkeymonkeymonkey").
	 */
	private boolean isCommon(String lower) {
		if (this.common.contains(lower.replaceAll("\\s+", "")) || paddedCommon(lower)) {
			return true;
		}
		String unit = repeatedUnit(lower.replaceAll("\\s+", ""));
		return unit != null && (unit.codePointCount(0, unit.length()) <= 3 || this.common.contains(unit));
	}

	/**
	 * Whether the text is a common password of at least four characters with nothing but
	 * digits, symbols or spaces before and after it ("123456789012345" is "1234567890"
	 * and five digits). At most 128 characters, so at most 8,256 look-ups.
	 */
	private boolean paddedCommon(String lower) {
		int[] chars = lower.codePoints().toArray();
		for (int end = chars.length; end >= 1; end--) {
			if (end < chars.length && Character.isLetter(chars[end])) {
				break;
			}
			for (int start = 0; start < end; start++) {
				if (start > 0 && Character.isLetter(chars[start - 1])) {
					break;
				}
				if (end - start >= 4 && this.common.contains(new String(chars, start, end - start))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The shortest piece the text repeats, when it is that piece twice or more. */
	private static String repeatedUnit(String text) {
		int length = text.length();
		for (int size = 1; size <= length / 2; size++) {
			if (length % size == 0 && text.substring(0, size).repeat(length / size).equals(text)) {
				return text.substring(0, size);
			}
		}
		return null;
	}

	private static String lettersOf(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

	/** Whether the letters are nothing but the words, one after another (word break). */
	private static boolean madeOf(String letters, List<String> words) {
		boolean[] reachable = new boolean[letters.length() + 1];
		reachable[0] = true;
		for (int end = 1; end <= letters.length(); end++) {
			for (String word : words) {
				int start = end - word.length();
				if (start >= 0 && reachable[start] && letters.startsWith(word, start)) {
					reachable[end] = true;
					break;
				}
			}
		}
		return reachable[letters.length()];
	}

}
