// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;

/**
 * What one action declares about itself, as plain data: the statuses it may be taken from, the status
 * it leads to, the roles that may take it and its scope. The workflow engine's action handlers declare
 * these; {@link TransitionTable} and {@link RoleMatrix} are views of them.
 *
 * @param action the action
 * @param from   the statuses it may be taken from (empty: it creates the dossier)
 * @param to     the status it leads to, or {@code null} where it keeps the status or the dossier decides
 * @param roles  the roles that may take it
 * @param scope  whose dossier it is
 */
public record ActionRule(ActionType action, Set<DossierStatus> from, DossierStatus to, Set<Role> roles,
        ActionScope scope) {

    /** Copies the sets. */
    public ActionRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scope, "scope");
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
    }

    /** @return the fixed target status, if the action has one */
    public Optional<DossierStatus> target() {
        return Optional.ofNullable(to);
    }
}
