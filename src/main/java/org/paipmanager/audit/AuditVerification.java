package org.paipmanager.audit;

import org.paipmanager.shared.AgencyId;

/**
 * The result of re-computing one agency's audit hash chain.
 *
 * @param agencyId the agency whose chain was checked
 * @param rowsChecked how many rows were read
 * @param intact whether every row, link and the chain head match
 * @param brokenAtSeq the first sequence number where the chain does not hold, or null
 * @param problem what does not hold there, or null
 */
public record AuditVerification(AgencyId agencyId, long rowsChecked, boolean intact, Long brokenAtSeq, String problem) {

	static AuditVerification intact(AgencyId agencyId, long rows) {
		return new AuditVerification(agencyId, rows, true, null, null);
	}

	static AuditVerification broken(AgencyId agencyId, long rows, long seq, String problem) {
		return new AuditVerification(agencyId, rows, false, seq, problem);
	}

}
