/**
 * Agencies: the PAIP agencies that are tenants of the system, and each one's directory of
 * partner agencies (501.105). Contact details of organisations; no case data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.paipmanager.agency;

import org.springframework.modulith.ApplicationModule;
