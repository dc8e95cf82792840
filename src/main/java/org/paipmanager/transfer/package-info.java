/**
 * Transfers between programs (501.250, PAR-10): a participant arriving from another
 * program with the sessions credited and any added, or leaving for one, each under a
 * release of information naming that program. Sensitive case data; no victim information.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "consent", "group" })
package org.paipmanager.transfer;

import org.springframework.modulith.ApplicationModule;
