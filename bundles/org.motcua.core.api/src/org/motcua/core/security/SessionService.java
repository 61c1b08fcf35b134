// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.security;

import org.motcua.core.org.UserRef;

/**
 * Sign-in and sessions: the only way to obtain a {@link Principal}. Failures slow down and then lock the
 * account for a while (an administrator can unlock it); an unknown name costs the same time as a known one;
 * every success and failure is recorded in the administration audit. Refusals are
 * {@link org.motcua.core.MotCuaException}s with a message key.
 */
public interface SessionService {

    /**
     * Checks the password and opens a session.
     *
     * @return the new session's principal
     * @throws org.motcua.core.MotCuaException {@code signIn.failed} (name or password wrong, or the account is
     *                                         inactive: the answer does not say which) or {@code signIn.locked}
     */
    Principal signIn(String username, char[] password, SessionKind kind);

    /**
     * The principal of an open session, from its token alone: how a server turns the token a workstation sends
     * into the caller, so that the actor never comes from the request's body.
     *
     * @throws org.motcua.core.MotCuaException {@code session.invalid}, {@code session.ended}, {@code session.expired}
     *                                         or {@code session.userInactive}
     */
    Principal resume(String token);

    /** Ends the session; a principal signed out is refused from then on. */
    void signOut(Principal principal);

    /**
     * @return the user of a valid session, as the database says now
     * @throws org.motcua.core.MotCuaException {@code session.invalid} or {@code session.expired}
     */
    UserRef currentUser(Principal principal);

    /**
     * Checks the password of the session's own user again, e.g. to unlock a desktop locked after an idle time;
     * a wrong password counts as a failed sign-in.
     */
    void confirmPassword(Principal principal, char[] password);

    /**
     * Changes the session's user's own password; the other sessions of that user end.
     *
     * @return the principal to use from now on (the same session, without a pending forced change)
     */
    Principal changePassword(Principal principal, char[] currentPassword, char[] newPassword);

    /** Ends the user's other sessions (other workstations, command lines). @return how many were ended */
    int endOtherSessions(Principal principal);
}
