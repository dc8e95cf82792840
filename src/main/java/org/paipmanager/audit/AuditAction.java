package org.paipmanager.audit;

/**
 * What was done to a record.
 */
public enum AuditAction {

	READ, CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, EXPORT, VERIFY

}
