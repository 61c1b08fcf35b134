// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.workflow.ActionRules;

/**
 * The action handlers the engine knows, one per {@link ActionType}: the engine checks and performs every
 * action through them, and the rules they declare are what {@code TransitionTable} and {@code RoleMatrix}
 * show. Adding an action is adding a handler here (docs/core.md, "Adding an action").
 */
final class ActionHandlers {

    private final Map<ActionType, ActionHandler<?>> byType = new EnumMap<>(ActionType.class);
    private final ActionRules rules;

    ActionHandlers() {
        this(List.of(new ReceiveHandler(), new RefuseHandler(), new CorrectProcedureHandler(), new HandOverHandler(),
                new TakeHandler(), new ForwardHandler(), new RecallHandler(), new ReturnToPreviousStepHandler(),
                new ReturnForCorrectionHandler(), new AcceptTransferHandler(), new ReturnTransferHandler(),
                new RequestSupplementHandler(),
                new SupplementReceivedHandler(), new RequestFinancialObligationHandler(), new ConfirmPaymentHandler(),
                new RecordPostingHandler(), new ApologizeHandler(), new WithdrawHandler(), new StopHandler(),
                new FinishHandler(), new ReturnResultHandler(), new CloseLegacyHandler(),
                new HandToSuccessorHandler()));
    }

    ActionHandlers(List<ActionHandler<?>> handlers) {
        for (ActionHandler<?> handler : handlers) {
            if (byType.put(handler.type(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.type());
            }
        }
        for (ActionType type : ActionType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("no handler for " + type);
            }
        }
        this.rules = ActionRules.of(byType.values().stream().map(ActionHandler::rule).toList());
    }

    /** @return the handler of {@code type} */
    ActionHandler<?> get(ActionType type) {
        return byType.get(type);
    }

    /** @return every handler, in the order of {@link ActionType} */
    Collection<ActionHandler<?>> all() {
        return Collections.unmodifiableCollection(byType.values());
    }

    /** @return what the handlers declare */
    ActionRules rules() {
        return rules;
    }
}
