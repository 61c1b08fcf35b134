// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.InputKind;

/** The inputs the action handlers declare ({@link ActionHandler#inputs}), with their message keys and limits. */
final class Inputs {

    /** The longest reason accepted (the dossier's closing reason holds 1000 characters). */
    static final int REASON_LENGTH = 1000;
    /** The longest note. */
    static final int NOTE_LENGTH = 1000;
    /** The longest list of supplement items, all lines together. */
    static final int ITEMS_LENGTH = 2000;
    /** The longest posting place. */
    static final int PLACE_LENGTH = 300;
    /** The longest complaints text. */
    static final int COMPLAINTS_LENGTH = 1000;

    private Inputs() {
    }

    /** @return a required reason ({@code reason}) */
    static ActionInput reason() {
        return text("reason", InputKind.LONG_TEXT, true, REASON_LENGTH, null);
    }

    /** @return an optional note ({@code note}) */
    static ActionInput note() {
        return text("note", InputKind.TEXT, false, NOTE_LENGTH, null);
    }

    /** @return a text input labelled {@code action.input.<key>} */
    static ActionInput text(String key, InputKind kind, boolean required, int maxLength, String initial) {
        return new ActionInput(key, kind, label(key), required, maxLength, initial, List.of());
    }

    /** @return a required date or date-time input */
    static ActionInput date(String key, InputKind kind, String initial) {
        return new ActionInput(key, kind, label(key), true, 0, initial, List.of());
    }

    /** @return a required choice among {@code choices} */
    static ActionInput choice(String key, InputKind kind, List<InputChoice> choices) {
        return new ActionInput(key, kind, label(key), true, 0, null, choices);
    }

    private static String label(String key) {
        return "action.input." + key;
    }
}
