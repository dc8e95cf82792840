/**
 * Agencies: the PAIP agencies that are tenants of the system, each one's directory of
 * partner agencies (501.105, COO-1) with its Open Referral HSDS exchange, and the
 * registry of inter-agency agreements (MOUs, COO-4). Contact details of organisations; no
 * case data; a victim shelter's address is never held.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.paipmanager.agency;

import org.springframework.modulith.ApplicationModule;
