package org.paipmanager.statistics;

import java.math.BigDecimal;

import org.paipmanager.shared.ParticipantId;

/**
 * One participant behind a figure, with what the participant adds to it (1, or hours).
 */
public record DrillDownRow(ParticipantId participantId, String firstName, String lastName, String stage,
		String category, BigDecimal amount) {
}
