// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Objects;

import org.motcua.core.dossier.ActionType;

/**
 * An action the actor may take on a dossier now, and the form it needs, as plain data
 * ({@link WorkflowService#describeActions}): the core computed the choices (the departments the next
 * step allows, the procedures the desk may correct to) with the code that checks them on perform.
 *
 * @param action   the action
 * @param labelKey the message key of its label ({@link org.motcua.core.i18n.Messages})
 * @param helpKey  the message key of one sentence on what it does
 * @param inputs   what it needs, in order (empty: a confirmation)
 */
public record ActionDescription(ActionType action, String labelKey, String helpKey, List<ActionInput> inputs) {

    /** Copies the inputs. */
    public ActionDescription {
        Objects.requireNonNull(action, "action");
        inputs = List.copyOf(inputs);
    }

    /** @return the input with this key, if the action needs it */
    public java.util.Optional<ActionInput> input(String key) {
        return inputs.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
