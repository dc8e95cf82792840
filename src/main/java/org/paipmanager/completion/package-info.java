/**
 * Completion: program compliance under 501.160. Referral-source service standards, the
 * seven completion criteria as staff assess them, extensions, termination and completion.
 * Sensitive case data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "group" })
package org.paipmanager.completion;

import org.springframework.modulith.ApplicationModule;
