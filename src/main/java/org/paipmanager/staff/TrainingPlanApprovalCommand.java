package org.paipmanager.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 501.290(b): the Department approved a staff member's training plan for the 20
 * abuser-services hours, on this day, by this person at the Department.
 */
public record TrainingPlanApprovalCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate approvedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String approvedBy) {

	public static TrainingPlanApprovalCommand blank() {
		return new TrainingPlanApprovalCommand(null, "");
	}

}
