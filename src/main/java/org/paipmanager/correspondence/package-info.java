/**
 * Correspondence: letters to referral sources and other providers, kept exactly as sent
 * (501.115(b)(11)(I)), with a printable page and a PDF of each, sent only through the
 * disclosure service of the consent module. Case data; participant-side only, never
 * victim information.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "participant", "agency", "eligibility", "consent" })
package org.paipmanager.correspondence;

import org.springframework.modulith.ApplicationModule;
