package org.paipmanager.intake;

/**
 * One answer of a clinical screening step (501.115(b)(9)-(10)).
 *
 * @param labelKey the question's message key
 * @param section the rule section of the step
 * @param value the answer as given, or the option code when {@code coded}
 * @param coded whether {@code value} is an option code (shown by its message)
 */
public record ClinicalAnswer(String labelKey, String section, String value, boolean coded) {

}
