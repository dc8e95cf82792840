package org.paipmanager.victimcontact;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * One contact with the victim (501.190(a)): what was said, and whether safety was
 * checked, safety planning and orders of protection discussed (501.180(b)) and victim
 * services offered (501.180(c), 501.230(c)). Its {@code toString} names no value.
 *
 * @param occurredAt local time in Illinois (Central time)
 */
public record ContactCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDateTime occurredAt,
		@NotNull(message = "{validation.required}") ContactKind kind,
		@NotNull(message = "{validation.required}") ContactDirection direction,
		@NotBlank(message = "{validation.required}") @Size(max = 8000, message = "{validation.tooLong}") String summary,
		Boolean safetyChecked, Boolean safetyPlanDiscussed, Boolean orderOfProtectionDiscussed,
		Boolean victimServicesOffered, Boolean victimServicesAccepted) {

	/** An unticked box is no; services cannot be accepted unless offered. */
	public ContactCommand {
		safetyChecked = Boolean.TRUE.equals(safetyChecked);
		safetyPlanDiscussed = Boolean.TRUE.equals(safetyPlanDiscussed);
		orderOfProtectionDiscussed = Boolean.TRUE.equals(orderOfProtectionDiscussed);
		victimServicesOffered = Boolean.TRUE.equals(victimServicesOffered);
		victimServicesAccepted = victimServicesOffered && Boolean.TRUE.equals(victimServicesAccepted);
	}

	public static ContactCommand blank(LocalDateTime now) {
		return new ContactCommand(now, null, null, "", false, false, false, false, false);
	}

	@Override
	public String toString() {
		return "ContactCommand[kind=" + this.kind + "]";
	}

}
