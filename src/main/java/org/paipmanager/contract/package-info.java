/**
 * Contracts: the participant contract of 501.155 with the violence-reporting clause of
 * 501.220(b), from versioned agency templates in English and Spanish, signed on screen or
 * by scan; signing enrols the participant. Sensitive case data.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "agency", "participant", "intake", "fees" })
package org.paipmanager.contract;

import org.springframework.modulith.ApplicationModule;
