package org.paipmanager.statistics;

import java.time.LocalDate;
import java.util.UUID;

/** A re-arrest recorded during the program (501.170(g)). */
public record Rearrest(UUID id, LocalDate arrestedOn, OffenceCategory offenceCategory, String recordedBy) {
}
