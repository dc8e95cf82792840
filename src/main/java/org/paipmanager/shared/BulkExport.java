package org.paipmanager.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web or API handler that carries many records out of the application at once (an
 * export, a packet, a batch of reports). It runs only within
 * {@link StepUpVerified#EXPORT_VALIDITY} of a step-up re-authentication: pages are sent
 * to the step-up page and back, the API answers 403 with the problem type
 * {@link #PROBLEM_TYPE} (ASVS 5.0 7.5.3, HIPAA 164.312(b), ADR 0023).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkExport {

	/** The problem type of the API's refusal. */
	String PROBLEM_TYPE = "https://paipmanager.org/problems/step-up-required";

	/** What is exported, for the audit log (e.g. {@code "statistics"}). */
	String value();

	/**
	 * The permissions of which the actor needs one to export at all. Without any of them
	 * the handler runs and its facade refuses as usual (403), so the step-up page never
	 * tells a user of an export they could not have.
	 */
	Permission[] permissions();

}
