package org.paipmanager.coordination;

/**
 * Where a referral to another agency stands: sent, then accepted or rejected by the
 * agency, then completed (the closed loop of issue 7). The names match the HL7 FHIR R4
 * Task statuses the partner sends back.
 */
public enum ReferralStatus {

	REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), COMPLETED("completed");

	private final String fhirCode;

	ReferralStatus(String fhirCode) {
		this.fhirCode = fhirCode;
	}

	/** The FHIR Task.status code. */
	public String fhirCode() {
		return this.fhirCode;
	}

	/** Whether nothing can follow this status. */
	public boolean isFinal() {
		return this == REJECTED || this == COMPLETED;
	}

}
