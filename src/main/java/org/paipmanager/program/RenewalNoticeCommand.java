package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Department's notice to a listed program of its renewal date and procedures
 * (501.40(a)).
 */
public record RenewalNoticeCommand(@NotNull(message = "{validation.required}") LocalDate noticeOn,
		@NotNull(message = "{validation.required}") LocalDate renewalDueOn,
		@Size(max = 2000, message = "{validation.tooLong}") String procedures) {
}
