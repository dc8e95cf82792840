package org.paipmanager.coordination;

import ca.uhn.fhir.parser.DataFormatException;

/**
 * Refuses a FHIR JSON body whose numbers no referral needs and that would keep HAPI's
 * parser busy for minutes: {@code 19999e999999999} (found by Jazzer, a partner's Task
 * update) is short, but reading it as a decimal builds a number of a billion digits. FHIR
 * decimals carry at most 18 significant digits, so numbers longer than
 * {@value #LONGEST_NUMBER} characters or with an exponent beyond
 * {@value #LARGEST_EXPONENT} are refused before the parser sees them.
 */
final class FhirNumbers {

	static final int LONGEST_NUMBER = 64;

	static final int LARGEST_EXPONENT = 400;

	private FhirNumbers() {
	}

	/**
	 * Walks the JSON text outside its strings and checks each number.
	 * @throws DataFormatException naming what is wrong, as HAPI's own refusals do
	 */
	static void refuseUnreasonable(String json) {
		boolean inString = false;
		int i = 0;
		while (i < json.length()) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i += 2;
					continue;
				}
				inString = c != '"';
				i++;
				continue;
			}
			if (c == '"') {
				inString = true;
				i++;
				continue;
			}
			if (c == '-' || (c >= '0' && c <= '9')) {
				int end = i;
				while (end < json.length() && "+-0123456789.eE".indexOf(json.charAt(end)) >= 0) {
					end++;
				}
				check(json.substring(i, end));
				i = end;
				continue;
			}
			i++;
		}
	}

	private static void check(String number) {
		if (number.length() > LONGEST_NUMBER) {
			throw new DataFormatException("A number is longer than " + LONGEST_NUMBER + " characters.");
		}
		int e = Math.max(number.indexOf('e'), number.indexOf('E'));
		if (e < 0) {
			return;
		}
		String exponent = number.substring(e + 1).replaceFirst("^[+-]", "");
		if (exponent.isEmpty() || !exponent.chars().allMatch(Character::isDigit)) {
			return;
		}
		String digits = exponent.replaceFirst("^0+(?=.)", "");
		if (digits.length() > 3 || Integer.parseInt(digits) > LARGEST_EXPONENT) {
			throw new DataFormatException("A number's exponent is larger than " + LARGEST_EXPONENT + ".");
		}
	}

}
