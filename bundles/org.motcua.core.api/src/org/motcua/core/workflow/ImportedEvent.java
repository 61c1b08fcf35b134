// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;
import java.util.Objects;

import org.motcua.core.dossier.ActionType;

/**
 * One action of an old system's log, as data: when, on which of the old system's dossiers, by whom,
 * and what. The core replays it at its own time through the same checks as a live action.
 *
 * @param line      where it stands in its file (for messages; 0 when it comes from no file)
 * @param at        when it happened
 * @param reference the old system's dossier reference
 * @param actor     the user name of who did it in the old system (a user of this office)
 * @param type      the action
 * @param receive   what was received ({@link ActionType#RECEIVE} and {@link ActionType#REFUSE} only)
 * @param reason    the refusal's reason ({@link ActionType#REFUSE} only)
 * @param request   the action on a dossier received earlier in the log (every other action)
 */
public record ImportedEvent(int line, LocalDateTime at, String reference, String actor, ActionType type,
        ReceiveRequest receive, String reason, ActionRequest request) {

    /** Checks that the event carries what its action needs. */
    public ImportedEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        boolean creates = type == ActionType.RECEIVE || type == ActionType.REFUSE;
        if (creates != (receive != null) || creates == (request != null)
                || request != null && request.type() != type) {
            throw new IllegalArgumentException("line " + line + ": " + type + " with the wrong request");
        }
    }

    /** @return a receipt or refusal that starts a dossier of the log */
    public static ImportedEvent received(int line, LocalDateTime at, String reference, String actor,
            ReceiveRequest receive, String refusal) {
        return new ImportedEvent(line, at, reference, actor, refusal == null ? ActionType.RECEIVE : ActionType.REFUSE,
                receive, refusal, null);
    }

    /** @return an action on a dossier the log received earlier */
    public static ImportedEvent action(int line, LocalDateTime at, String reference, String actor, ActionRequest request) {
        return new ImportedEvent(line, at, reference, actor, request.type(), null, null, request);
    }
}
