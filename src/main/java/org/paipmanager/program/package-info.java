/**
 * Program administration towards the Department: protocol applications, renewals and
 * grievances (501.40-501.60, PRG-6), the continuation-of-services plan (501.260, PRG-8),
 * program innovation proposals (501.310, PRG-9) and Department grants with budgets and
 * quarterly expenditure documentation (501.400-501.440, PRG-10). Program records only, no
 * participant or victim data; the director and the administrator keep them.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "agency" })
package org.paipmanager.program;

import org.springframework.modulith.ApplicationModule;
