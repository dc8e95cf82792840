package org.paipmanager.staff;

import java.time.LocalDate;

import org.paipmanager.shared.StaffId;

/**
 * A staff member left the program on {@code leftOn}; {@code director} when they held the
 * program director's role, a change of director. The Department is told within 30 days
 * (501.70(a)(2)). Published in the recording transaction.
 */
public record StaffLeft(StaffId staffId, String name, String jobTitle, LocalDate leftOn, boolean director) {
}
