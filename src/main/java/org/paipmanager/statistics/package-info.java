/**
 * Statistics: the 501.170 figures of an agency for any period, its evaluation plan and
 * re-arrests during the program; regional aggregates carry counts only (CON-5). Case data
 * behind the drill-downs; never holds victim information.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "agency", "participant", "coordination" })
package org.paipmanager.statistics;

import org.springframework.modulith.ApplicationModule;
