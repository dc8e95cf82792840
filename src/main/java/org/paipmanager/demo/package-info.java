/**
 * Demo data: one fictional PAIP agency with staff of every role, partner agencies, two
 * groups and thirteen participants at every stage, taken through the real path (referral
 * decision, screening, eligibility, contract, weekly attendance, completion criteria,
 * extension, completion, termination and transfer, fees and payments) and the program's
 * protocol, grievance, continuation plan, innovation and grant records, seeded on the
 * first start of an empty database unless {@code paip.demo.enabled=false}.
 */
@ApplicationModule(allowedDependencies = { "shared", "agency", "staff", "participant", "group", "consent",
		"coordination", "intake", "eligibility", "contract", "completion", "transfer", "fees", "departmentnotice",
		"program", "compliance", "referralreports", "breakglass" })
package org.paipmanager.demo;

import org.springframework.modulith.ApplicationModule;
