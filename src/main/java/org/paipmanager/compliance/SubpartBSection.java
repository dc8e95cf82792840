package org.paipmanager.compliance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Sections of Subpart B of Part 501 (Program Requirements), numbered as the rule
 * numbers them: the program's written policies and procedures must address every one
 * (501.70(a)(3)).
 */
public enum SubpartBSection {

	DESIGN("501.80"), EDUCATIONAL_COMPONENT("501.90"), SERVICE_COORDINATION("501.105"), INTAKE("501.115"),
	EXCLUSION_CRITERIA("501.125"), SUBSTANCE_ABUSE("501.135"), ABUSE_AND_NEGLECT("501.145"), CONTRACTS("501.155"),
	PROGRAM_COMPLIANCE("501.160"), EVALUATION_AND_OUTCOMES("501.170"), VICTIM_SAFETY("501.180"),
	VICTIM_PARTNER_CONTACT("501.190"), CLIENT_RECORDS("501.200"), CONFIDENTIALITY("501.210"),
	REPORTING_VIOLENCE("501.220"), REFERRALS("501.230"), FOLLOW_UP_SERVICES("501.240"),
	TRANSFERRING_PROGRAMS("501.250"), CONTINUATION_OF_SERVICES("501.260"), FEE_STRUCTURE("501.270"),
	ETHICAL_REQUIREMENTS("501.280"), STAFF_COMPETENCY("501.290"), SUPERVISION("501.300"), PROGRAM_INNOVATION("501.310");

	private final String section;

	SubpartBSection(String section) {
		this.section = section;
	}

	/** The rule's section number, such as {@code 501.90}. */
	public String section() {
		return this.section;
	}

	/** The message key of the section's title. */
	public String titleKey() {
		return "compliance.section." + name();
	}

	/** The message key of what the section requires, in a sentence. */
	public String requirementKey() {
		return "compliance.requirement." + name();
	}

	/** The section with this number, such as {@code 501.90}. */
	public static Optional<SubpartBSection> of(String section) {
		return Arrays.stream(values()).filter((s) -> s.section.equals(section)).findFirst();
	}

}
