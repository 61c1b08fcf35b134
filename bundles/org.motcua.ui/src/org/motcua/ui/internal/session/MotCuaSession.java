// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.util.Arrays;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserRef;
import org.motcua.core.workflow.Actor;
import org.motcua.persistence.Workspace;

/**
 * The signed-in user at this workstation and the core services of the open workspace. The session addon
 * puts it into the application's e4 context after sign-in; parts receive it by injection.
 *
 * @param workspace the open workspace
 * @param user      the signed-in user
 * @param office    the user's office
 */
public record MotCuaSession(Workspace workspace, UserRef user, OfficeRef office) {

    /** @return the core services */
    public MotCuaCore core() {
        return workspace.core();
    }

    /** @return the user as the workflow service knows them */
    public Actor actor() {
        return new Actor(user.username());
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
        return workspace.settings().demo();
    }
}
