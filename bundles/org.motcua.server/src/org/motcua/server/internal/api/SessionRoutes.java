// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.util.Arrays;
import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.remote.wire.Wire.Count;
import org.motcua.remote.wire.Wire.PasswordChange;
import org.motcua.remote.wire.Wire.PasswordConfirmation;
import org.motcua.remote.wire.Wire.SignInRequest;
import org.motcua.server.internal.api.Route.Reply;

/** Sign-in, sign-out and the signed-in user's own session: {@code SessionService} on the wire. */
final class SessionRoutes {

    private SessionRoutes() {
    }

    static List<Route> of(MotCuaCore core) {
        return List.of(
                new Route("POST", "/sessions", false, call -> {
                    SignInRequest request = call.body(SignInRequest.class);
                    char[] password = request.password() == null ? new char[0] : request.password();
                    try {
                        Principal principal = core.sessions().signIn(
                                request.username() == null ? "" : request.username(), password, SessionKind.DESKTOP);
                        return new Reply(201, principal);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                }),
                new Route("GET", "/sessions/current", true, call -> Reply.ok(call.principal())),
                new Route("DELETE", "/sessions/current", true, call -> {
                    core.sessions().signOut(call.principal());
                    return new Reply(204, null);
                }),
                new Route("POST", "/sessions/current/confirmation", true, call -> {
                    char[] password = call.body(PasswordConfirmation.class).password();
                    try {
                        core.sessions().confirmPassword(call.principal(), password == null ? new char[0] : password);
                        return new Reply(204, null);
                    } finally {
                        if (password != null) {
                            Arrays.fill(password, '\0');
                        }
                    }
                }),
                new Route("POST", "/sessions/current/password", true, call -> {
                    PasswordChange change = call.body(PasswordChange.class);
                    try {
                        return Reply.ok(core.sessions().changePassword(call.principal(), orEmpty(change.current()),
                                orEmpty(change.replacement())));
                    } finally {
                        Arrays.fill(orEmpty(change.current()), '\0');
                        Arrays.fill(orEmpty(change.replacement()), '\0');
                    }
                }),
                new Route("DELETE", "/sessions/others", true,
                        call -> Reply.ok(new Count(core.sessions().endOtherSessions(call.principal())))),
                new Route("GET", "/me", true, call -> Reply.ok(core.sessions().currentUser(call.principal()))));
    }

    private static char[] orEmpty(char[] password) {
        return password == null ? new char[0] : password;
    }
}
