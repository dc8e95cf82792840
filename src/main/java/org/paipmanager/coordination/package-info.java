/**
 * Coordination: referrals of participants to other agencies, each made under a release of
 * information (501.115(b)(11)(B)), and the program's log of coordination activities with
 * partner agencies with its 501.105 compliance panel (COO-2). Case data; never holds
 * victim information.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "agency", "consent" })
package org.paipmanager.coordination;

import org.springframework.modulith.ApplicationModule;
