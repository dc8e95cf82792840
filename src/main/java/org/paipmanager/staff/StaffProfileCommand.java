package org.paipmanager.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a staff member's record. {@code version} is the version the
 * editor started from: null when creating, required when updating.
 */
public record StaffProfileCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String firstName,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Size(max = 40, message = "{validation.tooLong}") String phone,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String jobTitle,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate hireDate,
		Boolean supervisor, Boolean formerPerpetrator,
		@PastOrPresent(message = "{validation.notInFuture}") LocalDate abuseFreeSince,
		@PastOrPresent(message = "{validation.notInFuture}") LocalDate abuseFreeVerifiedOn, Long version) {

	/** An unticked checkbox or an omitted JSON field means no. */
	public StaffProfileCommand {
		supervisor = Boolean.TRUE.equals(supervisor);
		formerPerpetrator = Boolean.TRUE.equals(formerPerpetrator);
	}

	/**
	 * 501.90(d)(2): a former perpetrator's record states since when they are abuse-free.
	 */
	@AssertTrue(message = "{staff.abuseFreeSince.requiredForFormerPerpetrator}")
	public boolean isAbuseFreeSinceGivenForFormerPerpetrator() {
		return !this.formerPerpetrator || this.abuseFreeSince != null;
	}

	/** A blank form for a new staff member. */
	public static StaffProfileCommand blank() {
		return new StaffProfileCommand("", "", "", "", "", null, false, false, null, null, null);
	}

}
