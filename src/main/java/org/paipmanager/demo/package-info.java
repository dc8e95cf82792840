/**
 * Demo data: one fictional PAIP agency with staff of every role, partner agencies, two
 * groups and a dozen participants at every stage, taken through the real intake path
 * (referral decision, screening, eligibility, contract), seeded on the first start of an
 * empty database unless {@code paip.demo.enabled=false}.
 */
@ApplicationModule(allowedDependencies = { "shared", "agency", "staff", "participant", "group", "consent",
		"coordination", "intake", "eligibility", "contract" })
package org.paipmanager.demo;

import org.springframework.modulith.ApplicationModule;
