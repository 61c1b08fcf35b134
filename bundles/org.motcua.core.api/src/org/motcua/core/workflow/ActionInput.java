// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Objects;

/**
 * One input an action needs, as plain data: a form draws it, and {@link ActionRequest#of} reads its value
 * back by {@link #key()}.
 *
 * @param key       the input's key, the name of its value for {@link ActionRequest#of} ({@code reason}, {@code target}, ...)
 * @param kind      what kind of value it is
 * @param labelKey  the message key of its label ({@link org.motcua.core.i18n.Messages})
 * @param required  whether the action is refused without it
 * @param maxLength the longest text accepted (0: not a text)
 * @param initial   the value suggested, in the form {@link ActionRequest#of} reads ({@code null}: none)
 * @param choices   the values a choice input may take, computed by the core for this dossier and actor
 */
public record ActionInput(String key, InputKind kind, String labelKey, boolean required, int maxLength, String initial,
        List<InputChoice> choices) {

    /** Copies the choices. */
    public ActionInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** @return whether the value is picked from {@link #choices()} (papers also offer choices, and "other" lines) */
    public boolean isChoice() {
        return kind == InputKind.DEPARTMENT || kind == InputKind.PROCEDURE;
    }
}
