package org.paipmanager.staff;

import java.time.LocalDate;

import org.paipmanager.shared.StaffId;

/**
 * One staff member's compliance facts as of today, for the program's self-check and the
 * Department's desk review (PRG-5, CON-4): names and outcomes only, no personnel notes.
 *
 * @param fortyHourTrainingMet the 40 hours of 501.290(b) are on record
 * @param abuserServicesTrainingOverdue the 20 hours of 501.290(b) are not done three
 * months after hire
 * @param continuingEducationMissed a year's 6 hours of 501.290(c) were missed
 * @param observationOverdue the last observation of 501.300 is more than six months old
 * @param observationDue when the next observation is due
 * @param licenceExpired a licence or certification of 501.280(c) has expired
 */
public record StaffComplianceFacts(StaffId id, String name, String jobTitle, boolean active,
		boolean fortyHourTrainingMet, boolean abuserServicesTrainingOverdue, boolean continuingEducationMissed,
		boolean observationOverdue, LocalDate observationDue, boolean licenceExpired) {
}
