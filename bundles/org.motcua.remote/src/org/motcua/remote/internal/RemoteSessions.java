// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.security.SessionService;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.PasswordChange;
import org.motcua.remote.wire.Wire.PasswordConfirmation;
import org.motcua.remote.wire.Wire.SignInRequest;

/**
 * Sessions kept by the server: signing in gives the principal the server issued (its token travels with every
 * later call); the last one signed in here also carries the reads that name no caller.
 */
final class RemoteSessions implements SessionService {

    private final Calls calls;

    RemoteSessions(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Principal signIn(String username, char[] password, SessionKind kind) {
        Principal principal = calls.post(null, "/sessions", new SignInRequest(username, password), Principal.class);
        calls.server().useToken(principal.token());
        return principal;
    }

    @Override
    public Principal resume(String token) {
        return calls.get(new Principal(token, "?", null, null, false), "/sessions/current", Principal.class);
    }

    @Override
    public void signOut(Principal principal) {
        try {
            calls.delete(principal, "/sessions/current", Void.class);
        } finally {
            if (principal.token().equals(calls.server().token())) {
                calls.server().useToken(null);
            }
        }
    }

    @Override
    public UserRef currentUser(Principal principal) {
        return calls.get(principal, "/me", UserRef.class);
    }

    @Override
    public void confirmPassword(Principal principal, char[] password) {
        calls.post(principal, "/sessions/current/confirmation", new PasswordConfirmation(password), Void.class);
    }

    @Override
    public Principal changePassword(Principal principal, char[] currentPassword, char[] newPassword) {
        Principal changed = calls.post(principal, "/sessions/current/password",
                new PasswordChange(currentPassword, newPassword), Principal.class);
        if (principal.token().equals(calls.server().token())) {
            calls.server().useToken(changed.token());
        }
        return changed;
    }

    @Override
    public int endOtherSessions(Principal principal) {
        return (int) calls.delete(principal, "/sessions/others", Count.class).value();
    }
}
