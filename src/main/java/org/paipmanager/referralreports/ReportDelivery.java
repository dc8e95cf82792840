package org.paipmanager.referralreports;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to send a report (CON-2): sent under a disclosure ledger row, or held with
 * the message key of the reason.
 */
public record ReportDelivery(Instant at, String by, boolean sent, UUID disclosureId, String heldReason) {
}
