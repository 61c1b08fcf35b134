// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.motcua.core.i18n.Messages;

/**
 * One thing wrong with an input value: a message key (e.g. {@code validation.cccd.length}) and its
 * {@link java.text.MessageFormat} arguments. The text is resolved late, in the user's language, by
 * {@link #message(Locale)}.
 *
 * @param key  the message key in {@code org.motcua.core.i18n.messages}
 * @param args the message arguments (unmodifiable; {@code null} arguments become empty strings)
 */
public record ValidationProblem(String key, List<Object> args) {

    /**
     * Validates and copies the arguments.
     */
    public ValidationProblem {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>();
        if (args != null) {
            for (Object a : args) {
                copy.add(a == null ? "" : a);
            }
        }
        args = Collections.unmodifiableList(copy);
    }

    /**
     * Creates a problem.
     *
     * @param key  the message key
     * @param args the arguments
     * @return the problem
     */
    public static ValidationProblem of(String key, Object... args) {
        return new ValidationProblem(key, args == null ? List.of() : java.util.Arrays.asList(args));
    }

    /**
     * Returns the localised text.
     *
     * @param locale the language ({@code null} = Vietnamese)
     * @return the text
     */
    public String message(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
