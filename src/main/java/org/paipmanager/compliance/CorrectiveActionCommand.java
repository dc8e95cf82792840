package org.paipmanager.compliance;

import java.time.LocalDate;

/**
 * A corrective action plan (501.70(b)): the finding, the actions that correct it, who
 * owns them and when they are due.
 */
public record CorrectiveActionCommand(SubpartBSection section, String finding, String actions, String owner,
		LocalDate dueOn) {
}
