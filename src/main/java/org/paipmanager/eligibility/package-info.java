/**
 * Eligibility: the rules of 501.115(a), 501.125, 501.135 and 501.230(d)-(e) that turn a
 * screening's findings into a proposed decision with the sections behind it. Case data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "intake" })
package org.paipmanager.eligibility;

import org.springframework.modulith.ApplicationModule;
