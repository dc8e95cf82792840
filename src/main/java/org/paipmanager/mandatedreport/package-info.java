/**
 * Mandated reporting: the rules of 501.220, 501.145 and 501.230(b) that turn the facts of
 * reported violence, threats, protection-order contact and child or elder abuse into
 * required actions with their sections, and the guided workflow that records the reports.
 * Highly sensitive: the participant side holds only that a report was made; everything
 * about the victim goes through the victim compartment's narrow facade.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "victimcontact", "statistics" })
package org.paipmanager.mandatedreport;

import org.springframework.modulith.ApplicationModule;
