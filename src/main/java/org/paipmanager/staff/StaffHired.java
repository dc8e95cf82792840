package org.paipmanager.staff;

import java.time.LocalDate;

import org.paipmanager.shared.StaffId;

/**
 * A staff member was added to the program, hired on {@code hiredOn}: a staff change the
 * Department is told of within 30 days (501.70(a)(2)). Published in the registering
 * transaction.
 */
public record StaffHired(StaffId staffId, String name, String jobTitle, LocalDate hiredOn) {
}
