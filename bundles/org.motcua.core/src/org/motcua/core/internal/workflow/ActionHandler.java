// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionRule;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/**
 * One workflow action, in one class: the request it takes, the statuses it accepts and the one it leads
 * to, the roles, its scope ({@link ActionScope}), when it applies to a given dossier
 * ({@link #requireApplicable}) and what it changes ({@link #apply}). The engine registers one handler per
 * action ({@link ActionHandlers}) and checks and dispatches through it; {@code TransitionTable} and
 * {@code RoleMatrix} are views of what the handlers declare.
 *
 * @param <R> the request of the action
 */
abstract class ActionHandler<R extends ActionRequest> {

    private final ActionType type;
    private final Class<R> requestType;
    private final ActionRule rule;
    private final String rules;

    /**
     * @param type        the action
     * @param requestType its request record ({@code null} for the actions that create a dossier)
     * @param scope       whose dossier it is
     * @param from        the statuses it may be taken from
     * @param to          the status it leads to, or {@code null} where it keeps it or the dossier decides
     * @param roles       the roles that may take it
     * @param rules       its own rules in a few words, for the table in docs/core.md
     */
    ActionHandler(ActionType type, Class<R> requestType, ActionScope scope, Set<DossierStatus> from, DossierStatus to,
            Set<Role> roles, String rules) {
        this.type = type;
        this.requestType = requestType;
        this.rule = new ActionRule(type, from, to, roles, scope);
        this.rules = rules;
    }

    static Set<DossierStatus> from(DossierStatus first, DossierStatus... rest) {
        return EnumSet.of(first, rest);
    }

    static Set<Role> roles(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }

    final ActionType type() {
        return type;
    }

    final ActionRule rule() {
        return rule;
    }

    /** @return the action's own rules in a few words (docs/core.md) */
    final String rules() {
        return rules;
    }

    /** @return where an action without a fixed target status leads, as docs/core.md shows it */
    String targetText() {
        return "same";
    }

    /**
     * Whether the action hands the dossier to someone else (or takes it): it sets who may recall, and is
     * not the holder "acting" on the dossier (which ends the sender's right to recall).
     */
    boolean routes() {
        return false;
    }

    /** Whether a holder-scoped action needs the holder to have taken the dossier first (Mẫu 05 "nhận"). */
    boolean needsTaken() {
        return true;
    }

    /**
     * What the dossier itself must allow, whoever asks (a next step, a tax step, ...): checked before
     * {@link #apply} and when the engine says which actions are allowed, so it never offers what it refuses.
     */
    void requireApplicable(ActionContext c) {
        // nothing by default
    }

    /**
     * @return the inputs the action needs, with the choices allowed for {@code c}'s dossier and actor, computed
     *         by the code that checks them on perform (empty: a confirmation)
     */
    List<ActionInput> inputs(ActionContext c) {
        return List.of();
    }

    /** @return the action and the form it needs, for {@code c}'s dossier and actor */
    final ActionDescription describe(ActionContext c) {
        return new ActionDescription(type, "action.label." + type.name(), "action.help." + type.name(), inputs(c));
    }

    /**
     * Performs the action on {@code c}'s dossier.
     *
     * @return the note of its audit record: a message key and its arguments (ids, codes, ISO dates, the officer's
     *         own words; never the applicant's personal data), or {@link Note#NONE}
     */
    abstract Note apply(ActionContext c, R request);

    /** @return the officer's own words as a note ({@link Note#NONE} when there are none) */
    static Note typed(String text) {
        return text == null || text.isBlank() ? Note.NONE : Note.of("note.text", text.trim());
    }

    final Note applyRequest(ActionContext c, ActionRequest request) {
        return apply(c, requestType.cast(request));
    }
}
