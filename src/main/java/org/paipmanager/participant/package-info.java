/**
 * Participants: people referred to the program, their identifying details and their stage
 * in the program. Sensitive case data; never holds victim information (501.190(d)).
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "agency" })
package org.paipmanager.participant;

import org.springframework.modulith.ApplicationModule;
