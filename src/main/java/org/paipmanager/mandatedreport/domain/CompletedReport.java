package org.paipmanager.mandatedreport.domain;

import java.time.Instant;

/**
 * A report made to an outside agency, as it must be logged (SAF-7): when, by whom, to
 * which agency and under what reference number. Checked by
 * {@link ReportingRules#problemsWith}.
 *
 * @param reportedAt when the report was made
 * @param reporter the staff member who made it
 * @param agency the agency it went to
 * @param referenceNumber the number the agency gave the report
 */
public record CompletedReport(Instant reportedAt, String reporter, ReportAgency agency, String referenceNumber) {

	/** Who a report goes to. */
	public enum ReportAgency {

		/** Criminal justice authorities (501.220(a), (c), (d)). */
		CRIMINAL_JUSTICE_AUTHORITIES,
		/** The law enforcement agency for a threat to others (501.220(c)(2)(A)). */
		LAW_ENFORCEMENT,
		/** DCFS hotline 1-800-252-2873 (501.145). */
		DCFS_HOTLINE,
		/**
		 * Department on Aging's Elder Abuse and Neglect Program 1-866-800-1409 (501.145).
		 */
		DEPARTMENT_ON_AGING,
		/** The referral system, for an order of protection violation (501.230(b)). */
		REFERRAL_SYSTEM

	}

}
