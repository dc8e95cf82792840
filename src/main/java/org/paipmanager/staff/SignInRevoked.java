package org.paipmanager.staff;

import java.util.UUID;

/**
 * What an account may do changed under the sessions it has open: it was disabled, its
 * roles changed, or an administrator reset its password (ADR 0028). Every session of the
 * account must end at once (ASVS 5.0 7.4.2, ADR 0023); the security layer deletes them by
 * principal name.
 *
 * @param accountId the account
 * @param username the principal name its sessions are indexed by
 * @param reason {@code disabled}, {@code roles-changed} or {@code password-reset}
 */
public record SignInRevoked(UUID accountId, String username, String reason) {

}
