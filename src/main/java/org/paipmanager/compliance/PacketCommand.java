package org.paipmanager.compliance;

import java.time.LocalDate;

/**
 * A desk review packet to build (CON-4): the Department monitor account it is addressed
 * to and the review period, both days included.
 */
public record PacketCommand(String monitorUsername, LocalDate from, LocalDate to) {
}
