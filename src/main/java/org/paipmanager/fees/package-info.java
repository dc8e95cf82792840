/**
 * Fees: the agency fee policy with its sliding scale (501.270), each participant's fee
 * assessment, and an append-only ledger of session charges, other charges, payments with
 * receipts and waivers; the fee is part of the contract (501.155). Case data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "group" })
package org.paipmanager.fees;

import org.springframework.modulith.ApplicationModule;
