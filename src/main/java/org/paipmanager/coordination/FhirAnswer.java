package org.paipmanager.coordination;

/**
 * The answer to a partner's FHIR request: an HTTP status and an
 * {@code application/fhir+json} body (the Task as recorded, or an OperationOutcome saying
 * what was wrong).
 */
public record FhirAnswer(int status, String body) {
}
