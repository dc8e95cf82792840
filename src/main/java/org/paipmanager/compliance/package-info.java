/**
 * Compliance: the program's written policies per Subpart B section, the compliance
 * self-check over live data, corrective action plans (501.70(a)(3), (b), PRG-5) and the
 * Department's desk review packets (501.200(b), 501.70(a)(1), CON-4). Policies and plans
 * are program text; a packet holds participant-side program records as sent, never any of
 * the victim compartment.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "group", "participant", "consent", "statistics",
		"correspondence", "retention" })
package org.paipmanager.compliance;

import org.springframework.modulith.ApplicationModule;
