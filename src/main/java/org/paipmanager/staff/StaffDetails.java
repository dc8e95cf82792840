package org.paipmanager.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceFinding;
import org.paipmanager.staff.TrainingCategory;

/**
 * A staff member's full personnel record with the compliance findings of today.
 */
public record StaffDetails(StaffId id, long version, String firstName, String lastName, String email, String phone,
		String jobTitle, LocalDate hireDate, boolean supervisor, boolean formerPerpetrator, LocalDate abuseFreeSince,
		LocalDate abuseFreeVerifiedOn, boolean active, LocalDate trainingPlanSubmittedOn,
		String trainingPlanSubmittedBy, LocalDate trainingPlanApprovedOn, String trainingPlanApprovedBy,
		LocalDate leftOn, List<Training> training, List<Observation> observations, List<Licence> licences,
		List<ComplianceFinding> findings) {

	public StaffDetails {
		training = List.copyOf(training);
		observations = List.copyOf(observations);
		licences = List.copyOf(licences);
		findings = List.copyOf(findings);
	}

	/**
	 * A training entry; {@code position} identifies it in the ledger, and
	 * {@code sentToDepartmentOn} is when its documentation went to the Department
	 * (501.290(b)).
	 */
	public record Training(int position, TrainingCategory category, String title, String provider,
			LocalDate completedOn, BigDecimal hours, boolean verified, LocalDate sentToDepartmentOn) {

		/** 501.290(b): abuser-services training is documented to the Department. */
		public boolean needsEvidence() {
			return this.category == TrainingCategory.ABUSER_SERVICES && this.sentToDepartmentOn == null;
		}

	}

	public record Observation(LocalDate observedOn, String observerName, String groupObserved, String notes) {
	}

	public record Licence(String kind, String number, String issuer, LocalDate expiresOn) {
	}

	/**
	 * 501.290(b): the 20 abuser-services hours are still open and no training plan is
	 * recorded.
	 */
	public boolean trainingPlanOpen() {
		return this.trainingPlanSubmittedOn == null && this.findings.stream()
			.anyMatch((finding) -> finding.check() == ComplianceFinding.Check.ABUSER_SERVICES_TRAINING
					&& finding.outcome() != ComplianceFinding.Outcome.MET);
	}

	/**
	 * 501.290(b): a training plan was submitted and the Department has not approved it
	 * yet.
	 */
	public boolean trainingPlanAwaitingApproval() {
		return this.trainingPlanSubmittedOn != null && this.trainingPlanApprovedOn == null;
	}

	/** The profile as an edit form, carrying the version it was read at. */
	public StaffProfileCommand toProfileCommand() {
		return new StaffProfileCommand(this.firstName, this.lastName, this.email, this.phone, this.jobTitle,
				this.hireDate, this.supervisor, this.formerPerpetrator, this.abuseFreeSince, this.abuseFreeVerifiedOn,
				this.version);
	}

}
