/**
 * Intake: the face-to-face screening of 501.115(b)(1)-(10), saved step by step as a draft
 * and then completed. Sensitive case data; the mental-health and substance-use screens
 * are shown only to roles allowed to see them.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant" })
package org.paipmanager.intake;

import org.springframework.modulith.ApplicationModule;
