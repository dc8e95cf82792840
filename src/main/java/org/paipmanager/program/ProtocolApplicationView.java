package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.program.ProtocolApplicationCommand.Kind;

/**
 * A protocol application with the Department's disposition (501.40) and, for an approved
 * program, the renewal date and any removal from the approved list (501.70(b)).
 *
 * @param status SUBMITTED while the Department and the PASC review it
 * @param denialAreas the areas of non-compliance of a denial, each with how a
 * resubmission addressed it once there is one
 * @param grievanceDeadline the last day to grieve the denial or the removal (501.50),
 * when there is one to grieve
 */
public record ProtocolApplicationView(UUID id, long version, Kind kind, UUID followsId, LocalDate submittedOn,
		String signedBy, Status status, String pascRecommendation, LocalDate decidedOn, String decisionLetter,
		LocalDate approvedFrom, LocalDate renewalNoticeOn, LocalDate renewalDueOn, String renewalProcedures,
		LocalDate removedOn, String removalReason, List<Area> denialAreas, List<String> addressed,
		LocalDate grievanceDeadline, boolean renewalSubmitted) {

	public ProtocolApplicationView {
		denialAreas = List.copyOf(denialAreas);
		addressed = List.copyOf(addressed);
	}

	/** Where an application stands. */
	public enum Status {

		SUBMITTED, APPROVED, DENIED

	}

	/** An area of non-compliance of the denial letter (501.40(c)). */
	public record Area(int position, String section, String finding, String addressedHow) {
	}

	/** Approved and not removed from the list. */
	public boolean listed() {
		return this.status == Status.APPROVED && this.removedOn == null;
	}

}
