// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Optional;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;

/**
 * Which action may be taken from which status, and the status it leads to: a view of the rules the
 * workflow engine's action handlers declare ({@link ActionRules#installed()}; a client of a remote core
 * asks {@link WorkflowService#rules()}). Actions that create a dossier (receive, refuse) have no source
 * status. {@link #target} is empty where the action keeps the status or where it depends on the dossier
 * (a supplement received goes back to where the request came from).
 */
public final class TransitionTable {

    private TransitionTable() {
    }

    /** @return the statuses from which {@code action} may be taken */
    public static Set<DossierStatus> from(ActionType action) {
        return ActionRules.installed().from(action);
    }

    /** @return whether {@code action} may be taken from {@code status} */
    public static boolean allows(ActionType action, DossierStatus status) {
        return ActionRules.installed().allows(action, status);
    }

    /** @return the fixed target status of {@code action}, if it has one */
    public static Optional<DossierStatus> target(ActionType action) {
        return ActionRules.installed().target(action);
    }
}
