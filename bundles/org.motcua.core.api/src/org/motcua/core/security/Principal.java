// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.security;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who calls the core: a session the core issued at sign-in ({@link SessionService#signIn}). The token is the
 * only authority: it is opaque, expires, can be revoked, and is checked against the database on every call,
 * so a deactivation or a role change takes effect on the next call. The other fields are what the sign-in
 * found, for the screen to show; the core never trusts them.
 *
 * @param token                  the session's secret (never logged, never shown)
 * @param username               the signed-in user's login name, for display
 * @param fullName               the user's full name, for display
 * @param expiresAt              when the session ends at the latest
 * @param passwordChangeRequired whether the user must change the password before anything else (after an
 *                               administrator's reset)
 */
public record Principal(String token, String username, String fullName, LocalDateTime expiresAt,
        boolean passwordChangeRequired) {

    /** Checks the fields. */
    public Principal {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(username, "username");
    }

    /** @return the principal without its secret: logs and error reports may print it */
    @Override
    public String toString() {
        return "Principal[" + username + ", until " + expiresAt + "]";
    }
}
