package org.paipmanager.victimcontact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An issue, concern, gap in service or recommendation the interagency issue resolution
 * process did not address, forwarded by the chair to the Chair of the Protocol Committee
 * (seed 004, step 8): what, to whom, when and how. Its {@code toString} names no value.
 *
 * @param unresolved the interagency issue resolution process did not address it
 */
public record ForwardedIssueCommand(@NotNull(message = "{validation.required}") ForwardedIssueKind issueKind,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String issueDescription,
		Boolean unresolved,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String committeeChair,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate forwardedOn,
		@NotNull(message = "{validation.required}") DeliveryMethod forwardMethod) {

	/** An unticked box is no. */
	public ForwardedIssueCommand {
		unresolved = Boolean.TRUE.equals(unresolved);
	}

	public static ForwardedIssueCommand blank(LocalDate today) {
		return new ForwardedIssueCommand(null, "", false, "", today, DeliveryMethod.SECURE_EMAIL);
	}

	@Override
	public String toString() {
		return "ForwardedIssueCommand[kind=" + this.issueKind + "]";
	}

}
