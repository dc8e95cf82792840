/**
 * Groups: the weekly psycho-educational groups, their schedule, composition and the two
 * facilitators who run them (501.90). Program data; membership and attendance come later.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "participant" })
package org.paipmanager.group;

import org.springframework.modulith.ApplicationModule;
