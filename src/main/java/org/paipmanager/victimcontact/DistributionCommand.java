package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * The written summary sent to participating agencies (seed 004, step 6): to whom, when
 * and how. Each agency's consent is checked again on the day it is sent.
 *
 * @param recipients invitations of the agencies sent the summary
 */
public record DistributionCommand(@NotEmpty(message = "{validation.required}") List<UUID> recipients,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate distributedOn,
		@NotNull(message = "{validation.required}") DeliveryMethod distributionMethod) {

	public DistributionCommand {
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
	}

	public static DistributionCommand blank(LocalDate today) {
		return new DistributionCommand(List.of(), today, DeliveryMethod.SECURE_EMAIL);
	}

}
