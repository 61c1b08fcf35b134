// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Collection;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.org.Role;

/**
 * Which role may take which action: a view of the rules the workflow engine's action handlers declare
 * ({@link ActionRules#installed()}; a client of a remote core asks {@link WorkflowService#rules()}).
 * Department scope (the holder department, the receiving office's desk, the last sender) is checked on
 * top of this by the workflow service.
 */
public final class RoleMatrix {

    private RoleMatrix() {
    }

    /** @return the actions {@code role} may take */
    public static Set<ActionType> actions(Role role) {
        return ActionRules.installed().actions(role);
    }

    /** @return whether any of {@code roles} may take {@code action} */
    public static boolean allows(Collection<Role> roles, ActionType action) {
        return ActionRules.installed().permits(roles, action);
    }

    /** @return the roles that may take {@code action} */
    public static Set<Role> rolesFor(ActionType action) {
        return ActionRules.installed().rolesFor(action);
    }
}
