package org.paipmanager.consent;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Finds the wording of a blanket release in English or Spanish. Specific words ("all
 * attendance records for March") pass; open-ended ones ("any and all records", "the
 * entire file", "anyone who asks") do not.
 */
final class BlanketWording implements ConstraintValidator<NotBlanket, String> {

	private static final List<Pattern> BLANKET = List.of(
			// English: open-ended information
			Pattern.compile("\\bany\\s+and\\s+all\\b"), Pattern.compile("\\ball\\s+and\\s+any\\b"),
			Pattern
				.compile("\\ball\\s+(of\\s+)?(my\\s+|the\\s+|his\\s+|her\\s+)?(records?|information|files?|data)\\b"),
			Pattern.compile("\\b(entire|complete|whole|full)\\s+(case\\s+)?(record|file|chart)s?\\b"),
			Pattern.compile("\\beverything\\b"),
			// English: open-ended recipients and purposes
			Pattern.compile("\\bto\\s+whom\\s+it\\s+may\\s+concern\\b"),
			Pattern.compile("\\b(anyone|anybody|any\\s+(person|agency|party|entity|one))\\b"),
			Pattern.compile("\\bany\\s+purpose\\b"),
			// Spanish
			Pattern.compile("\\btoda\\s+(la\\s+)?informacion\\b"),
			Pattern.compile("\\btodos\\s+(los\\s+)?(registros|expedientes|datos)\\b"),
			Pattern.compile("\\bcualquier\\s+(informacion|registro|dato|persona|agencia|proposito)\\b"),
			Pattern.compile("\\b(expediente|registro)\\s+completo\\b"),
			Pattern.compile("\\ba\\s+quien\\s+corresponda\\b"));

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || !isBlanket(value);
	}

	/** Whether the words make the release open-ended. */
	static boolean isBlanket(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		return BLANKET.stream().anyMatch((pattern) -> pattern.matcher(plain).find());
	}

}
