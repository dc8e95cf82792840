/**
 * Department notifications: program and staff changes the Department is told of within 30
 * days after the change (501.70(a)(2), PRG-4), raised from the staff and group events,
 * with when and how each was sent. Personnel and program facts only; no participant or
 * victim data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "staff", "group" })
package org.paipmanager.departmentnotice;

import org.springframework.modulith.ApplicationModule;
