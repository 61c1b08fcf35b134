// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.util.Arrays;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;

/**
 * The signed-in user at this workstation and the core services, in this process or on the office's server. The session addon
 * puts it into the application's e4 context after sign-in; parts receive it by injection.
 *
 * @param backend   where the core runs: this process's workspace or the office's server
 * @param principal the session the core issued at sign-in
 * @param user      the signed-in user, as at sign-in (the core checks the user again on every call)
 * @param office    the user's office
 */
public record MotCuaSession(Backend backend, Principal principal, UserRef user, OfficeRef office) {

    /** @return the core services */
    public MotCuaCore core() {
        return backend.core();
    }

    /** @return the session's principal, which every core service asks for */
    public Principal actor() {
        return principal;
    }

    /** @return this session with {@code changed} (the same session after a password change) */
    public MotCuaSession withPrincipal(Principal changed) {
        return new MotCuaSession(backend, changed, user, office);
    }

    /** @return whether the user has any of {@code roles} */
    public boolean hasAny(Role... roles) {
        Set<Role> own = user.roles();
        return Arrays.stream(roles).anyMatch(own::contains);
    }

    /** @return whether the user works at an intake desk (desk officer or postal desk) */
    public boolean isDesk() {
        return hasAny(Role.DESK_OFFICER, Role.POSTAL_DESK);
    }

    /** @return whether this is a demo workspace */
    public boolean demo() {
        return backend.isDemo();
    }
}
