// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.wire;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.workflow.ActionRequest;

/**
 * Which record of the core's sealed {@link ActionRequest} an action's JSON is: the record named as the action
 * ({@code RETURN_TO_PREVIOUS_STEP} is {@code ReturnToPreviousStep}). Every action on an existing dossier has
 * one; receipt and refusal create dossiers and have their own operations.
 */
public final class ActionRequests {

    private static final Map<ActionType, Class<? extends ActionRequest>> BY_TYPE = byType();

    private ActionRequests() {
    }

    /** @return the record class of {@code type}'s request */
    public static Class<? extends ActionRequest> classOf(ActionType type) {
        Class<? extends ActionRequest> found = BY_TYPE.get(type);
        if (found == null) {
            throw new IllegalArgumentException(type + " has no request of its own");
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<ActionType, Class<? extends ActionRequest>> byType() {
        Map<ActionType, Class<? extends ActionRequest>> map = new EnumMap<>(ActionType.class);
        for (Class<?> permitted : ActionRequest.class.getPermittedSubclasses()) {
            String name = permitted.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            map.put(ActionType.valueOf(name), (Class<? extends ActionRequest>) permitted);
        }
        for (ActionType type : ActionType.values()) {
            if (!map.containsKey(type) && type != ActionType.RECEIVE && type != ActionType.REFUSE) {
                throw new IllegalStateException("no request record is named after " + type);
            }
        }
        return map;
    }
}
