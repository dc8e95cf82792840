/**
 * Victim contact: the sealed victim safety compartment (501.180, 501.190). Victims' and
 * partners' details, contacts and notices, in their own schema under their own database
 * role, encrypted; the most dangerous data in the system. Nothing outside depends on it.
 * Collaborative service-planning meetings about a victim (COO-3) live here too, reading
 * only the names of the partner-agency directory (ADR 0017).
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "agency" })
package org.paipmanager.victimcontact;

import org.springframework.modulith.ApplicationModule;
