/**
 * Demo data: one fictional PAIP agency with staff of every role and partner agencies,
 * seeded on the first start of an empty database unless {@code paip.demo.enabled=false}.
 */
@ApplicationModule(allowedDependencies = { "shared", "agency", "staff" })
package org.paipmanager.demo;

import org.springframework.modulith.ApplicationModule;
