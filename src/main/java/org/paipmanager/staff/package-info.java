/**
 * Staff: personnel records (training, supervision observations, licences:
 * 501.280-501.300) and sign-in accounts. Personnel data of the agency; no participant or
 * victim data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.paipmanager.staff;

import org.springframework.modulith.ApplicationModule;
