/**
 * Consent: the confidentiality explanation given at intake and the participant's releases
 * of information (501.210, CON-1). Sensitive case data; never holds victim information.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "agency" })
package org.paipmanager.consent;

import org.springframework.modulith.ApplicationModule;
