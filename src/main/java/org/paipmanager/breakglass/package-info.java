/**
 * Break-glass access (issue 9 part 7, HIPAA 164.312(a)(2)(ii), 164.312(b)): a staff
 * member normally refused a participant's clinical screening (501.115(b)(9)-(10)) asks,
 * after a step-up and with a written reason, for 60 minutes of read access; every read in
 * the window is audited with the grant's id, the directors are alerted by email and on
 * their home page, and a director other than the requester records a review. Never the
 * victim compartment (ADR 0023).
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "participant", "intake" })
package org.paipmanager.breakglass;

import org.springframework.modulith.ApplicationModule;
