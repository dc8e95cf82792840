package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A protocol application as submitted to the Department (501.40(a)): a first application,
 * a renewal of an approval ({@code followsId} the approved application) or a resubmission
 * after a denial ({@code followsId} the denied one, 501.40(d)), with how each area of
 * non-compliance of the denial was addressed, in the order of the denial letter.
 */
public record ProtocolApplicationCommand(@NotNull(message = "{validation.required}") Kind kind, UUID followsId,
		@NotNull(message = "{validation.required}") LocalDate submittedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String signedBy,
		List<@Size(max = 2000, message = "{validation.tooLong}") String> addressed) {

	public ProtocolApplicationCommand {
		addressed = (addressed != null) ? List.copyOf(addressed) : List.of();
	}

	/** What the application is. */
	public enum Kind {

		INITIAL, RENEWAL, RESUBMISSION

	}

}
