// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;

/**
 * The rules of every action, as declared by the workflow engine's action handlers
 * ({@link WorkflowService#rules()}). The static methods of {@link TransitionTable} and {@link RoleMatrix}
 * answer from the rules the workflow engine of this process installed when it started.
 */
public final class ActionRules {

    private static volatile ActionRules installed;

    private final Map<ActionType, ActionRule> byAction = new EnumMap<>(ActionType.class);

    private ActionRules(Collection<ActionRule> rules) {
        for (ActionRule rule : rules) {
            if (byAction.put(rule.action(), rule) != null) {
                throw new IllegalArgumentException("two rules for " + rule.action());
            }
        }
    }

    /** @return a view of {@code rules} (one per action) */
    public static ActionRules of(Collection<ActionRule> rules) {
        return new ActionRules(rules);
    }

    /** Makes {@code rules} those that {@link TransitionTable} and {@link RoleMatrix} answer from (the engine calls it). */
    public static void install(ActionRules rules) {
        installed = rules;
    }

    /** @return the rules installed by the workflow engine of this process */
    public static ActionRules installed() {
        ActionRules rules = installed;
        if (rules == null) {
            throw new IllegalStateException("no workflow engine has declared its actions yet");
        }
        return rules;
    }

    /** @return every rule, in the order of {@link ActionType} */
    public List<ActionRule> all() {
        return List.copyOf(byAction.values());
    }

    /** @return the rule of {@code action}, if an action handler declares it */
    public Optional<ActionRule> rule(ActionType action) {
        return Optional.ofNullable(byAction.get(action));
    }

    /** @return the statuses from which {@code action} may be taken */
    public Set<DossierStatus> from(ActionType action) {
        return rule(action).map(ActionRule::from).orElse(Set.of());
    }

    /** @return whether {@code action} may be taken from {@code status} */
    public boolean allows(ActionType action, DossierStatus status) {
        return from(action).contains(status);
    }

    /** @return the fixed target status of {@code action}, if it has one */
    public Optional<DossierStatus> target(ActionType action) {
        return rule(action).flatMap(ActionRule::target);
    }

    /** @return the actions {@code role} may take */
    public Set<ActionType> actions(Role role) {
        Set<ActionType> actions = EnumSet.noneOf(ActionType.class);
        byAction.forEach((action, rule) -> {
            if (rule.roles().contains(role)) {
                actions.add(action);
            }
        });
        return Collections.unmodifiableSet(actions);
    }

    /** @return whether any of {@code roles} may take {@code action} */
    public boolean permits(Collection<Role> roles, ActionType action) {
        Set<Role> allowed = rule(action).map(ActionRule::roles).orElse(Set.of());
        return roles.stream().anyMatch(allowed::contains);
    }

    /** @return the roles that may take {@code action} */
    public Set<Role> rolesFor(ActionType action) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(rule(action).map(ActionRule::roles).orElse(Set.of()));
        return roles;
    }
}
