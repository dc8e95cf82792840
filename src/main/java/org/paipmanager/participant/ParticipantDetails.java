package org.paipmanager.participant;

import java.time.LocalDate;

import org.paipmanager.shared.ParticipantId;

/**
 * A participant's identifying details and program stage, as the participant file shows
 * them.
 */
public record ParticipantDetails(ParticipantId id, long version, String firstName, String lastName,
		LocalDate dateOfBirth, Gender gender, boolean sameSexRelationship, String preferredLanguage,
		ReferralSource referralSource, String caseNumber, LocalDate referredOn, ProgramStage stage,
		LocalDate stageChangedOn, int priorParticipations, String priorProgramHistory, LocalDate programStartDate,
		ReferralDetails referral) {
}
