package org.paipmanager.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("participant")
class Participant {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String firstName;

	private String lastName;

	private LocalDate dateOfBirth;

	private Gender gender;

	private boolean sameSexRelationship;

	private String preferredLanguage;

	private ReferralSource referralSource;

	private String caseNumber;

	private LocalDate referredOn;

	private ProgramStage stage;

	private LocalDate stageChangedOn;

	private int priorParticipations;

	private String priorProgramHistory;

	private LocalDate programStartDate;

	private UUID referringAgencyId;

	private String referringContact;

	private ChargeType chargeType;

	private String offenceDescription;

	private OrderOfProtection orderOfProtection;

	private LocalDate nextCourtDate;

	private LocalDate reportDueOn;

	@Version
	private Long version;

	Participant(UUID id, UUID agencyId, String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
			boolean sameSexRelationship, String preferredLanguage, ReferralSource referralSource, String caseNumber,
			LocalDate referredOn, ProgramStage stage, LocalDate stageChangedOn, int priorParticipations,
			String priorProgramHistory, LocalDate programStartDate, UUID referringAgencyId, String referringContact,
			ChargeType chargeType, String offenceDescription, OrderOfProtection orderOfProtection,
			LocalDate nextCourtDate, LocalDate reportDueOn, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.dateOfBirth = dateOfBirth;
		this.gender = gender;
		this.sameSexRelationship = sameSexRelationship;
		this.preferredLanguage = preferredLanguage;
		this.referralSource = referralSource;
		this.caseNumber = caseNumber;
		this.referredOn = referredOn;
		this.stage = stage;
		this.stageChangedOn = stageChangedOn;
		this.priorParticipations = priorParticipations;
		this.priorProgramHistory = priorProgramHistory;
		this.programStartDate = programStartDate;
		this.referringAgencyId = referringAgencyId;
		this.referringContact = referringContact;
		this.chargeType = chargeType;
		this.offenceDescription = offenceDescription;
		this.orderOfProtection = orderOfProtection;
		this.nextCourtDate = nextCourtDate;
		this.reportDueOn = reportDueOn;
		this.version = version;
	}

	/** A newly referred participant (PAR-1). */
	static Participant refer(UUID agencyId, ReferralCommand referral) {
		String caseNumber = (referral.caseNumber() == null || referral.caseNumber().isBlank()) ? null
				: referral.caseNumber().strip();
		return new Participant(UUID.randomUUID(), agencyId, referral.firstName().strip(), referral.lastName().strip(),
				referral.dateOfBirth(), referral.gender(), referral.sameSexRelationship(),
				referral.preferredLanguage().strip(), referral.referralSource(), caseNumber, referral.referredOn(),
				ProgramStage.REFERRED, referral.referredOn(), referral.priorParticipations(),
				(referral.priorProgramHistory() == null || referral.priorProgramHistory().isBlank()) ? null
						: referral.priorProgramHistory().strip(),
				null, referral.referringAgencyId(), blankToNull(referral.referringContact()), referral.chargeType(),
				blankToNull(referral.offenceDescription()), referral.orderOfProtection(), referral.nextCourtDate(),
				referral.reportDueOn(), null);
	}

	/**
	 * Corrects the details the referral papers and intake gave; returns the names of the
	 * fields that changed, for the audit log (names only, never values).
	 */
	List<String> correct(DetailsCorrection correction) {
		List<String> changed = new ArrayList<>();
		this.firstName = changed(changed, "firstName", this.firstName, correction.firstName().strip());
		this.lastName = changed(changed, "lastName", this.lastName, correction.lastName().strip());
		this.dateOfBirth = changed(changed, "dateOfBirth", this.dateOfBirth, correction.dateOfBirth());
		this.preferredLanguage = changed(changed, "preferredLanguage", this.preferredLanguage,
				correction.preferredLanguage().strip());
		this.caseNumber = changed(changed, "caseNumber", this.caseNumber, blankToNull(correction.caseNumber()));
		this.referringContact = changed(changed, "referringContact", this.referringContact,
				blankToNull(correction.referringContact()));
		this.offenceDescription = changed(changed, "offenceDescription", this.offenceDescription,
				blankToNull(correction.offenceDescription()));
		this.orderOfProtection = changed(changed, "orderOfProtection", this.orderOfProtection,
				correction.orderOfProtection());
		this.nextCourtDate = changed(changed, "nextCourtDate", this.nextCourtDate, correction.nextCourtDate());
		this.reportDueOn = changed(changed, "reportDueOn", this.reportDueOn, correction.reportDueOn());
		return changed;
	}

	private static <T> T changed(List<String> changed, String field, T before, T after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
		return after;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	ParticipantDetails toDetails() {
		return new ParticipantDetails(new org.paipmanager.shared.ParticipantId(this.id), this.version, this.firstName,
				this.lastName, this.dateOfBirth, this.gender, this.sameSexRelationship, this.preferredLanguage,
				this.referralSource, this.caseNumber, this.referredOn, this.stage, this.stageChangedOn,
				this.priorParticipations, this.priorProgramHistory, this.programStartDate,
				new ReferralDetails(this.referringAgencyId, this.referringContact, this.chargeType,
						this.offenceDescription, this.orderOfProtection, this.nextCourtDate, this.reportDueOn));
	}

	/**
	 * Demo and migration of records kept elsewhere: a participant already further along.
	 */
	void placeAt(ProgramStage stage, LocalDate since) {
		this.stage = stage;
		this.stageChangedOn = since;
	}

	/**
	 * Enrolment on signing the contract (501.155): the program starts on the given date.
	 */
	void enroll(LocalDate signedOn, LocalDate startsOn) {
		if (this.stage != ProgramStage.ELIGIBLE) {
			throw new IllegalStateException("Only an eligible participant is enrolled, not one at " + this.stage);
		}
		this.stage = ProgramStage.ENROLLED;
		this.stageChangedOn = signedOn;
		this.programStartDate = startsOn;
	}

	/**
	 * The end of an enrolled participant's program (501.160): completed, or terminated.
	 */
	void endProgram(ProgramStage outcome, LocalDate on) {
		if (outcome != ProgramStage.COMPLETED && outcome != ProgramStage.TERMINATED) {
			throw new IllegalArgumentException("A program ends completed or terminated, not " + outcome);
		}
		if (this.stage != ProgramStage.ENROLLED) {
			throw new IllegalStateException("Only an enrolled participant's program ends, not one at " + this.stage);
		}
		this.stage = outcome;
		this.stageChangedOn = on;
	}

	/**
	 * A transfer to another program (501.250) from the stage the participant is at: only
	 * someone eligible or enrolled leaves by transfer.
	 */
	void transferOut(LocalDate on) {
		if (this.stage != ProgramStage.ELIGIBLE && this.stage != ProgramStage.ENROLLED) {
			throw new IllegalStateException(
					"Only an eligible or enrolled participant transfers out, not one at " + this.stage);
		}
		this.stage = ProgramStage.TRANSFERRED_OUT;
		this.stageChangedOn = on;
	}

	UUID id() {
		return this.id;
	}

}
