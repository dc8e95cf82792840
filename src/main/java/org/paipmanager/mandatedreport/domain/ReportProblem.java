package org.paipmanager.mandatedreport.domain;

/** What keeps a completed report from being logged, with the field it belongs to. */
public enum ReportProblem {

	TIME_MISSING("reportedAt"), TIME_IN_FUTURE("reportedAt"), REPORTER_MISSING("reporter"), AGENCY_MISSING("agency"),
	REFERENCE_NUMBER_MISSING("referenceNumber");

	private final String field;

	ReportProblem(String field) {
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return "mandatedreport.report.problem." + name();
	}

}
