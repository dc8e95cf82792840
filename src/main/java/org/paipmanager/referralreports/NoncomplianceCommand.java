package org.paipmanager.referralreports;

import java.time.LocalDate;

/**
 * A noncompliance event to record and report (OUT-4).
 *
 * @param ruleViolated which group rule, in words; only for a rule violation
 */
public record NoncomplianceCommand(NoncomplianceKind kind, LocalDate occurredOn, String ruleViolated) {

	public static NoncomplianceCommand blank(LocalDate today) {
		return new NoncomplianceCommand(null, today, null);
	}

}
