/**
 * System: the embedded database, sign-in with a second factor, security headers, the page
 * layout, error pages and problem details, languages. Holds no case data itself.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "agency", "participant", "breakglass" })
package org.paipmanager.system;

import org.springframework.modulith.ApplicationModule;
