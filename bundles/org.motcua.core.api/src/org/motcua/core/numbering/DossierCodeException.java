// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.numbering;

import java.util.List;
import java.util.Locale;

import org.motcua.core.i18n.Messages;

/**
 * A dossier code cannot be formatted or parsed. Carries a message key and arguments so the UI can
 * show it in the user's language; {@link #getMessage()} is the Vietnamese text.
 */
public final class DossierCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /**
     * Creates the exception.
     *
     * @param key  the message key
     * @param args the message arguments
     */
    public DossierCodeException(String key, Object... args) {
        super(Messages.get(Messages.VIETNAMESE, key, args));
        this.key = key;
        this.args = List.of(args);
    }

    /**
     * Returns the message key.
     *
     * @return the key, e.g. {@code numbering.sequence.overflow}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the message arguments.
     *
     * @return the unmodifiable arguments
     */
    public List<Object> args() {
        return args;
    }

    /**
     * Returns the message in a language.
     *
     * @param locale the language ({@code null} = Vietnamese)
     * @return the text
     */
    public String message(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
