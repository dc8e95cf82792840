/**
 * Audit log: an append-only, hash-chained record of every read and write of case data,
 * one chain per agency. Holds who, when, what record and what action, never the values.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.paipmanager.audit;

import org.springframework.modulith.ApplicationModule;
