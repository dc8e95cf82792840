/**
 * Groups: the weekly psycho-educational groups, their schedule, composition, curriculum
 * plan and the two facilitators who run them (501.90), follow-up groups (501.240),
 * membership and attendance. Program data, and participant attendance (case data).
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "participant" })
package org.paipmanager.group;

import org.springframework.modulith.ApplicationModule;
