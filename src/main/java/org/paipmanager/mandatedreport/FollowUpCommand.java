package org.paipmanager.mandatedreport;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.paipmanager.mandatedreport.ReportCommand.AttemptEntry;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;

/**
 * The victim liaison completes a report's victim-side steps: each effort to notify the
 * victim, the risk assessment where one is due, and a note. Victim content;
 * {@link #toString()} names none of it.
 */
public class FollowUpCommand {

	private RiskToVictimAssessment riskToVictimAssessment = RiskToVictimAssessment.NOT_YET_ASSESSED;

	@Size(max = 4000)
	private String note;

	@Valid
	private List<AttemptEntry> attempts = new ArrayList<>();

	public RiskToVictimAssessment getRiskToVictimAssessment() {
		return this.riskToVictimAssessment;
	}

	public void setRiskToVictimAssessment(RiskToVictimAssessment riskToVictimAssessment) {
		this.riskToVictimAssessment = (riskToVictimAssessment != null) ? riskToVictimAssessment
				: RiskToVictimAssessment.NOT_YET_ASSESSED;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<AttemptEntry> getAttempts() {
		return this.attempts;
	}

	public void setAttempts(List<AttemptEntry> attempts) {
		this.attempts = (attempts != null) ? new ArrayList<>(attempts) : new ArrayList<>();
	}

	@Override
	public String toString() {
		return "FollowUpCommand[attempts=" + this.attempts.size() + "]";
	}

}
