// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import static org.motcua.core.dossier.ActionType.*;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.org.Role;

/**
 * Which role may take which action. Department scope (the holder department, the receiving office's
 * desk, the last sender) is checked on top of this by the workflow service.
 */
public final class RoleMatrix {

    private static final Map<Role, Set<ActionType>> ALLOWED = new EnumMap<>(Role.class);

    static {
        Set<ActionType> specialist = EnumSet.of(TAKE, FORWARD, RECALL, RETURN_TO_PREVIOUS_STEP, REQUEST_SUPPLEMENT,
                REQUEST_FINANCIAL_OBLIGATION, CONFIRM_PAYMENT, RECORD_POSTING, FINISH);
        Set<ActionType> head = EnumSet.copyOf(specialist);
        head.addAll(EnumSet.of(APOLOGIZE, STOP));
        ALLOWED.put(Role.DESK_OFFICER, EnumSet.of(RECEIVE, REFUSE, CORRECT_PROCEDURE, HAND_OVER, RECALL,
                REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, ACCEPT_TRANSFER, RETURN_TRANSFER, WITHDRAW, RETURN_RESULT));
        ALLOWED.put(Role.POSTAL_DESK, EnumSet.of(RECEIVE, HAND_OVER, RECALL, SUPPLEMENT_RECEIVED, RETURN_RESULT));
        ALLOWED.put(Role.SPECIALIST, specialist);
        ALLOWED.put(Role.DEPARTMENT_HEAD, head);
        ALLOWED.put(Role.LEADER, EnumSet.of(APOLOGIZE, STOP));
        ALLOWED.put(Role.ADMINISTRATOR, EnumSet.noneOf(ActionType.class));
        ALLOWED.put(Role.BACKUP_OPERATOR, EnumSet.noneOf(ActionType.class));
    }

    private RoleMatrix() {
    }

    /** @return the actions {@code role} may take */
    public static Set<ActionType> actions(Role role) {
        return Collections.unmodifiableSet(ALLOWED.get(role));
    }

    /** @return whether any of {@code roles} may take {@code action} */
    public static boolean allows(Collection<Role> roles, ActionType action) {
        return roles.stream().anyMatch(r -> ALLOWED.get(r).contains(action));
    }

    /** @return the roles among {@code roles} that may take {@code action} */
    public static Set<Role> rolesFor(ActionType action) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ALLOWED.forEach((role, actions) -> {
            if (actions.contains(action)) {
                roles.add(role);
            }
        });
        return roles;
    }
}
