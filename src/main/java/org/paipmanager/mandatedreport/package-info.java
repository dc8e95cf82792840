/**
 * Mandated reporting: the rules of 501.220, 501.145 and 501.230(b) that turn the facts of
 * reported violence, threats, protection-order contact and child or elder abuse into
 * required actions with their sections. Highly sensitive: may concern victims.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.paipmanager.mandatedreport;

import org.springframework.modulith.ApplicationModule;
