/**
 * Retention: holds, the scheduled destruction review and approved destruction of a
 * participant's records 6 years after the last date of service (501.200(a), CON-3). Ids,
 * dates, hold reasons and row counts only; never case content.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.paipmanager.retention;

import org.springframework.modulith.ApplicationModule;
