package org.paipmanager.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The written policy of one Subpart B section with every version, newest first.
 *
 * @param version the policy's version for an edit to start from; null when none exists
 * @param today the day the version in force is taken on
 */
public record PolicyView(SubpartBSection section, Long version, List<PolicyVersion> versions, LocalDate today) {

	public PolicyView {
		versions = List.copyOf(versions);
	}

	/** The newest version effective today, if any. */
	public Optional<PolicyVersion> inForce() {
		return this.versions.stream().filter((v) -> !v.effectiveOn().isAfter(this.today)).findFirst();
	}

	/** The newest version, if it takes effect after today. */
	public Optional<PolicyVersion> upcoming() {
		return this.versions.stream().findFirst().filter((v) -> v.effectiveOn().isAfter(this.today));
	}

	/** Missing: not met; only a future version: attention; in force: met. */
	public CheckStatus status() {
		if (inForce().isPresent()) {
			return CheckStatus.MET;
		}
		return this.versions.isEmpty() ? CheckStatus.NOT_MET : CheckStatus.ATTENTION;
	}

}
