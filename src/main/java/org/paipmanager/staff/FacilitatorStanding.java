package org.paipmanager.staff;

import java.time.LocalDate;
import java.util.List;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceFinding;

/**
 * What group rules need to know of a facilitator: the former-perpetrator facts of
 * 501.90(d)(2) and the training and supervision checks that are not met today.
 */
public record FacilitatorStanding(StaffId id, String name, boolean formerPerpetrator, LocalDate abuseFreeSince,
		LocalDate abuseFreeVerifiedOn, List<ComplianceFinding> overdue) {

	public FacilitatorStanding {
		overdue = List.copyOf(overdue);
	}

}
