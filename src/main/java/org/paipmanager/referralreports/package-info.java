/**
 * Reports to referral sources: the monthly compliance report per participant (OUT-3,
 * 501.230(b), 501.155), generated a month at a time in a background batch and kept
 * exactly as sent, sent only through the disclosure service of the consent module, with a
 * delivery log per report; noncompliance notices, raised by hand or automatically from
 * attendance and termination (OUT-4); the final report (OUT-5); and the referral-source
 * viewer, who sees only what was released to their referring office (CON-2). Case data;
 * participant-side only, never victim information.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "audit", "participant", "agency", "group", "completion", "consent", "fees" })
package org.paipmanager.referralreports;

import org.springframework.modulith.ApplicationModule;
