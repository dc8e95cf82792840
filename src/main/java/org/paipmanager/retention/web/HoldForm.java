package org.paipmanager.retention.web;

import org.paipmanager.retention.HoldReason;

/** The director's form to place a hold. */
class HoldForm {

	private String participantId;

	private HoldReason kind;

	private String reason;

	public String getParticipantId() {
		return this.participantId;
	}

	public void setParticipantId(String participantId) {
		this.participantId = participantId;
	}

	public HoldReason getKind() {
		return this.kind;
	}

	public void setKind(HoldReason kind) {
		this.kind = kind;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
