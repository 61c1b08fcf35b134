// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.Locale;
import java.util.stream.Collectors;

import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRule;

/**
 * The transition and role table of docs/core.md, rendered from the registered action handlers: a test compares
 * it with the documentation, so the table cannot drift from what the engine enforces.
 */
public final class ActionTable {

    private ActionTable() {
    }

    /** @return the table in Markdown, one row per action in the order of {@code ActionType} */
    public static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| action | from status | to status | who (roles) | scope | rules |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (ActionHandler<?> handler : new ActionHandlers().all()) {
            ActionRule rule = handler.rule();
            String from = rule.from().isEmpty() ? "—"
                    : rule.from().stream().sorted().map(s -> Integer.toString(s.nationalCode()))
                            .collect(Collectors.joining(", "));
            String to = rule.to() != null ? label(rule.to()) : handler.targetText();
            String roles = rule.roles().stream().sorted().map(r -> words(r)).collect(Collectors.joining(", "));
            table.append("| ").append(rule.action().name()).append(" | ").append(from).append(" | ").append(to)
                    .append(" | ").append(roles).append(" | ").append(words(rule.scope())).append(" | ")
                    .append(handler.rules()).append(" |\n");
        }
        return table.toString();
    }

    private static String label(DossierStatus status) {
        return status.nationalCode() + " " + status.name();
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
