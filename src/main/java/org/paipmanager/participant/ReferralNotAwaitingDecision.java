package org.paipmanager.participant;

import org.paipmanager.shared.ParticipantId;

/**
 * A referral decision for a participant who is no longer at
 * {@link ProgramStage#REFERRED}: the referral was decided already, or the participant
 * moved on. Nothing was changed.
 */
public class ReferralNotAwaitingDecision extends RuntimeException {

	private final ProgramStage stage;

	ReferralNotAwaitingDecision(ParticipantId id, ProgramStage stage) {
		super("Participant " + id + " is at stage " + stage + ", not awaiting a referral decision");
		this.stage = stage;
	}

	/** The stage the participant stands at instead. */
	public ProgramStage stage() {
		return this.stage;
	}

}
