package org.paipmanager.referralreports;

/** What a report to a referral source is (OUT-3, OUT-4, OUT-5). */
public enum ReferralReportKind {

	/** The month's compliance report (501.230(b), seed 003). */
	MONTHLY,
	/** A noncompliance notice (501.155, 501.230(b)). */
	NOTICE,
	/** The final report at completion or termination (501.115(b)(11)(I)). */
	FINAL;

	public String messageKey() {
		return "referralReports.kind." + name();
	}

}
