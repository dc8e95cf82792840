package org.paipmanager.mandatedreport;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimNotificationAttempt.Method;
import org.paipmanager.mandatedreport.domain.RequiredAction;

/**
 * The guided report form (501.220, 501.145): the facts of the event, then, for those
 * inside the victim compartment, the victim-side answers, then one entry per report the
 * rules require. Times are Illinois time. A mutable form so that pages can grow it step
 * by step; {@link #toString()} names no victim content.
 */
public class ReportCommand {

	@NotNull(message = "{mandatedreport.source.required}")
	private InformationSource source;

	@NotEmpty(message = "{mandatedreport.concerns.required}")
	private Set<Concern> concerns = EnumSet.noneOf(Concern.class);

	private boolean dutyToWarnApplies;

	private boolean orderOfProtectionInForce;

	private VictimConsent victimConsent = VictimConsent.NOT_YET_ASKED;

	private JeopardyAssessment jeopardyAssessment = JeopardyAssessment.NOT_YET_ASSESSED;

	private RiskToVictimAssessment riskToVictimAssessment = RiskToVictimAssessment.NOT_YET_ASSESSED;

	@Size(max = 4000)
	private String victimStatement;

	@Size(max = 4000)
	private String assessmentNote;

	@Valid
	private List<AttemptEntry> attempts = new ArrayList<>();

	@Valid
	private List<ReportEntry> reports = new ArrayList<>();

	public InformationSource getSource() {
		return this.source;
	}

	public void setSource(InformationSource source) {
		this.source = source;
	}

	public Set<Concern> getConcerns() {
		return this.concerns;
	}

	public void setConcerns(Set<Concern> concerns) {
		this.concerns = (concerns != null) ? concerns : EnumSet.noneOf(Concern.class);
	}

	public boolean isDutyToWarnApplies() {
		return this.dutyToWarnApplies;
	}

	public void setDutyToWarnApplies(boolean dutyToWarnApplies) {
		this.dutyToWarnApplies = dutyToWarnApplies;
	}

	public boolean isOrderOfProtectionInForce() {
		return this.orderOfProtectionInForce;
	}

	public void setOrderOfProtectionInForce(boolean orderOfProtectionInForce) {
		this.orderOfProtectionInForce = orderOfProtectionInForce;
	}

	public VictimConsent getVictimConsent() {
		return this.victimConsent;
	}

	public void setVictimConsent(VictimConsent victimConsent) {
		this.victimConsent = (victimConsent != null) ? victimConsent : VictimConsent.NOT_YET_ASKED;
	}

	public JeopardyAssessment getJeopardyAssessment() {
		return this.jeopardyAssessment;
	}

	public void setJeopardyAssessment(JeopardyAssessment jeopardyAssessment) {
		this.jeopardyAssessment = (jeopardyAssessment != null) ? jeopardyAssessment
				: JeopardyAssessment.NOT_YET_ASSESSED;
	}

	public RiskToVictimAssessment getRiskToVictimAssessment() {
		return this.riskToVictimAssessment;
	}

	public void setRiskToVictimAssessment(RiskToVictimAssessment riskToVictimAssessment) {
		this.riskToVictimAssessment = (riskToVictimAssessment != null) ? riskToVictimAssessment
				: RiskToVictimAssessment.NOT_YET_ASSESSED;
	}

	public String getVictimStatement() {
		return this.victimStatement;
	}

	public void setVictimStatement(String victimStatement) {
		this.victimStatement = victimStatement;
	}

	public String getAssessmentNote() {
		return this.assessmentNote;
	}

	public void setAssessmentNote(String assessmentNote) {
		this.assessmentNote = assessmentNote;
	}

	public List<AttemptEntry> getAttempts() {
		return this.attempts;
	}

	public void setAttempts(List<AttemptEntry> attempts) {
		this.attempts = (attempts != null) ? new ArrayList<>(attempts) : new ArrayList<>();
	}

	public List<ReportEntry> getReports() {
		return this.reports;
	}

	public void setReports(List<ReportEntry> reports) {
		this.reports = (reports != null) ? new ArrayList<>(reports) : new ArrayList<>();
	}

	/** Attempts with anything entered. */
	List<AttemptEntry> enteredAttempts() {
		return this.attempts.stream().filter((attempt) -> attempt != null && !attempt.isBlank()).toList();
	}

	/** Whether any victim-side answer was given. */
	boolean hasVictimSideContent() {
		return this.victimConsent != VictimConsent.NOT_YET_ASKED
				|| this.jeopardyAssessment != JeopardyAssessment.NOT_YET_ASSESSED
				|| this.riskToVictimAssessment != RiskToVictimAssessment.NOT_YET_ASSESSED
				|| !isBlank(this.victimStatement) || !isBlank(this.assessmentNote) || !enteredAttempts().isEmpty();
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "ReportCommand[source=" + this.source + ", concerns=" + this.concerns + ", reports="
				+ this.reports.size() + "]";
	}

	/**
	 * One effort to notify the victim (501.220(b)): when, how, reached, what was said.
	 */
	public static class AttemptEntry {

		private LocalDateTime at;

		private Method method;

		private boolean reached;

		@Size(max = 2000)
		private String said;

		public AttemptEntry() {
		}

		public AttemptEntry(LocalDateTime at, Method method, boolean reached, String said) {
			this.at = at;
			this.method = method;
			this.reached = reached;
			this.said = said;
		}

		public LocalDateTime getAt() {
			return this.at;
		}

		public void setAt(LocalDateTime at) {
			this.at = at;
		}

		public Method getMethod() {
			return this.method;
		}

		public void setMethod(Method method) {
			this.method = method;
		}

		public boolean isReached() {
			return this.reached;
		}

		public void setReached(boolean reached) {
			this.reached = reached;
		}

		public String getSaid() {
			return this.said;
		}

		public void setSaid(String said) {
			this.said = said;
		}

		boolean isBlank() {
			return this.at == null && this.method == null && !this.reached && ReportCommand.isBlank(this.said);
		}

		@Override
		public String toString() {
			return "AttemptEntry[method=" + this.method + "]";
		}

	}

	/**
	 * One report made (SAF-7): which required action it answers, when, reference number.
	 */
	public static class ReportEntry {

		private RequiredAction action;

		private LocalDateTime reportedAt;

		@Size(max = 100)
		private String referenceNumber;

		public ReportEntry() {
		}

		public ReportEntry(RequiredAction action, LocalDateTime reportedAt, String referenceNumber) {
			this.action = action;
			this.reportedAt = reportedAt;
			this.referenceNumber = referenceNumber;
		}

		public RequiredAction getAction() {
			return this.action;
		}

		public void setAction(RequiredAction action) {
			this.action = action;
		}

		public LocalDateTime getReportedAt() {
			return this.reportedAt;
		}

		public void setReportedAt(LocalDateTime reportedAt) {
			this.reportedAt = reportedAt;
		}

		public String getReferenceNumber() {
			return this.referenceNumber;
		}

		public void setReferenceNumber(String referenceNumber) {
			this.referenceNumber = referenceNumber;
		}

		@Override
		public String toString() {
			return "ReportEntry[action=" + this.action + "]";
		}

	}

}
