package org.paipmanager.completion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * When and how the referring entity was told of an extension and the lack of progress
 * behind it (501.160(b)).
 */
public record ReferrerNoticeCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate toldOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String how,
		@NotNull(message = "{validation.required}") Long version) {

}
