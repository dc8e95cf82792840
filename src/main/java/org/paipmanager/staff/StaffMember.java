package org.paipmanager.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.paipmanager.staff.TrainingCategory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's personnel record: the person, their training ledger, the supervision
 * observations of their groups and their professional licences.
 */
@Table("staff")
class StaffMember {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	private String jobTitle;

	private LocalDate hireDate;

	private boolean supervisor;

	private boolean formerPerpetrator;

	private LocalDate abuseFreeSince;

	private LocalDate abuseFreeVerifiedOn;

	private boolean active;

	private LocalDate trainingPlanSubmittedOn;

	private LocalDate leftOn;

	private String trainingPlanSubmittedBy;

	private LocalDate trainingPlanApprovedOn;

	private String trainingPlanApprovedBy;

	@Version
	private Long version;

	@MappedCollection(idColumn = "staff_id", keyColumn = "position")
	private final List<TrainingEntry> training;

	@MappedCollection(idColumn = "staff_id", keyColumn = "position")
	private final List<SupervisionObservation> observations;

	@MappedCollection(idColumn = "staff_id", keyColumn = "position")
	private final List<Licence> licences;

	StaffMember(UUID id, UUID agencyId, String firstName, String lastName, String email, String phone, String jobTitle,
			LocalDate hireDate, boolean supervisor, boolean formerPerpetrator, LocalDate abuseFreeSince,
			LocalDate abuseFreeVerifiedOn, boolean active, LocalDate trainingPlanSubmittedOn, LocalDate leftOn,
			Long version, List<TrainingEntry> training, List<SupervisionObservation> observations,
			List<Licence> licences) {
		this.id = id;
		this.agencyId = agencyId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.phone = phone;
		this.jobTitle = jobTitle;
		this.hireDate = hireDate;
		this.supervisor = supervisor;
		this.formerPerpetrator = formerPerpetrator;
		this.abuseFreeSince = abuseFreeSince;
		this.abuseFreeVerifiedOn = abuseFreeVerifiedOn;
		this.active = active;
		this.trainingPlanSubmittedOn = trainingPlanSubmittedOn;
		this.leftOn = leftOn;
		this.version = version;
		this.training = new ArrayList<>(training);
		this.observations = new ArrayList<>(observations);
		this.licences = new ArrayList<>(licences);
	}

	static StaffMember register(UUID agencyId, StaffProfileCommand profile) {
		StaffMember member = new StaffMember(UUID.randomUUID(), agencyId, null, null, null, null, null, null, false,
				false, null, null, true, null, null, null, List.of(), List.of(), List.of());
		member.apply(profile);
		return member;
	}

	/**
	 * Applies edited profile fields; the version the editor started from guards the
	 * write.
	 */
	List<String> apply(StaffProfileCommand profile) {
		List<String> changed = new ArrayList<>();
		this.firstName = track(changed, "firstName", this.firstName, profile.firstName().strip());
		this.lastName = track(changed, "lastName", this.lastName, profile.lastName().strip());
		this.email = track(changed, "email", this.email, blankToNull(profile.email()));
		this.phone = track(changed, "phone", this.phone, blankToNull(profile.phone()));
		this.jobTitle = track(changed, "jobTitle", this.jobTitle, profile.jobTitle().strip());
		this.hireDate = track(changed, "hireDate", this.hireDate, profile.hireDate());
		this.supervisor = track(changed, "supervisor", this.supervisor, profile.supervisor());
		this.formerPerpetrator = track(changed, "formerPerpetrator", this.formerPerpetrator,
				profile.formerPerpetrator());
		this.abuseFreeSince = track(changed, "abuseFreeSince", this.abuseFreeSince, profile.abuseFreeSince());
		this.abuseFreeVerifiedOn = track(changed, "abuseFreeVerifiedOn", this.abuseFreeVerifiedOn,
				profile.abuseFreeVerifiedOn());
		return changed;
	}

	void addTraining(TrainingCategory category, String title, String provider, LocalDate completedOn, BigDecimal hours,
			boolean verified) {
		this.training.add(new TrainingEntry(this.agencyId, category, title.strip(), blankToNull(provider), completedOn,
				hours, verified, null));
	}

	/**
	 * 501.290(b): records the day the documentation of a training entry went to the
	 * Department.
	 * @return false when there is no such entry or it was recorded already
	 */
	boolean recordEvidenceSent(int position, LocalDate sentOn) {
		if (position < 0 || position >= this.training.size()
				|| this.training.get(position).sentToDepartmentOn() != null) {
			return false;
		}
		TrainingEntry entry = this.training.get(position);
		this.training.set(position, new TrainingEntry(entry.agencyId(), entry.category(), entry.title(),
				entry.provider(), entry.completedOn(), entry.hours(), entry.verified(), sentOn));
		return true;
	}

	/**
	 * 501.290(b): the training plan went to the Department on this day, sent by this
	 * user; a plan sent again waits for a new approval.
	 */
	void recordTrainingPlan(LocalDate submittedOn, String submittedBy) {
		this.trainingPlanSubmittedOn = submittedOn;
		this.trainingPlanSubmittedBy = submittedBy;
		this.trainingPlanApprovedOn = null;
		this.trainingPlanApprovedBy = null;
	}

	/** 501.290(b): the Department approved the plan on this day, by this person. */
	void recordTrainingPlanApproval(LocalDate approvedOn, String approvedBy) {
		this.trainingPlanApprovedOn = approvedOn;
		this.trainingPlanApprovedBy = approvedBy;
	}

	String trainingPlanSubmittedBy() {
		return this.trainingPlanSubmittedBy;
	}

	LocalDate trainingPlanApprovedOn() {
		return this.trainingPlanApprovedOn;
	}

	String trainingPlanApprovedBy() {
		return this.trainingPlanApprovedBy;
	}

	/** The person left the program on this day. */
	void recordDeparture(LocalDate leftOn) {
		this.leftOn = leftOn;
		this.active = false;
	}

	void addObservation(LocalDate observedOn, String observerName, String groupObserved, String notes) {
		this.observations.add(new SupervisionObservation(this.agencyId, observedOn, observerName.strip(),
				groupObserved.strip(), blankToNull(notes)));
	}

	void addLicence(String kind, String number, String issuer, LocalDate expiresOn) {
		this.licences.add(new Licence(this.agencyId, kind.strip(), number.strip(), blankToNull(issuer), expiresOn));
	}

	UUID id() {
		return this.id;
	}

	Long version() {
		return this.version;
	}

	String firstName() {
		return this.firstName;
	}

	String lastName() {
		return this.lastName;
	}

	String email() {
		return this.email;
	}

	String phone() {
		return this.phone;
	}

	String jobTitle() {
		return this.jobTitle;
	}

	LocalDate hireDate() {
		return this.hireDate;
	}

	boolean supervisor() {
		return this.supervisor;
	}

	boolean formerPerpetrator() {
		return this.formerPerpetrator;
	}

	LocalDate abuseFreeSince() {
		return this.abuseFreeSince;
	}

	LocalDate abuseFreeVerifiedOn() {
		return this.abuseFreeVerifiedOn;
	}

	boolean active() {
		return this.active;
	}

	LocalDate trainingPlanSubmittedOn() {
		return this.trainingPlanSubmittedOn;
	}

	LocalDate leftOn() {
		return this.leftOn;
	}

	List<TrainingEntry> training() {
		return List.copyOf(this.training);
	}

	List<SupervisionObservation> observations() {
		return List.copyOf(this.observations);
	}

	List<Licence> licences() {
		return List.copyOf(this.licences);
	}

	private static <T> T track(List<String> changed, String field, T current, T next) {
		if (current == null ? next != null : !current.equals(next)) {
			changed.add(field);
		}
		return next;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Table("staff_training")
	record TrainingEntry(UUID agencyId, TrainingCategory category, String title, String provider, LocalDate completedOn,
			BigDecimal hours, boolean verified, LocalDate sentToDepartmentOn) {
	}

	@Table("staff_supervision_observation")
	record SupervisionObservation(UUID agencyId, LocalDate observedOn, String observerName, String groupObserved,
			String notes) {
	}

	@Table("staff_licence")
	record Licence(UUID agencyId, String kind, String number, String issuer, LocalDate expiresOn) {
	}

}
