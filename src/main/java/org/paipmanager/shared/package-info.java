/**
 * Shared kernel: typed ids, roles and permissions, the acting staff member and the
 * per-transaction agency scope that PostgreSQL row-level security reads. Holds no case
 * data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.paipmanager.shared;

import org.springframework.modulith.ApplicationModule;
