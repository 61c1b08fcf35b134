// SPDX-License-Identifier: EPL-2.0
package org.motcua.core;

import java.util.Arrays;
import java.util.Locale;

import org.motcua.core.i18n.Messages;

/**
 * A refusal or failure that a user must understand: it carries a message key of the core's texts and
 * its arguments, so the UI shows it in Vietnamese and the log keeps the English twin.
 */
public class MotCuaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /** @param key a key of {@code org/motcua/core/i18n/messages.properties}; {@code args} fill it */
    public MotCuaException(String key, Object... args) {
        this(null, key, args);
    }

    /** Same, with the technical cause kept for the log. */
    public MotCuaException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** @return the message key, stable for tests and for mapping in the UI */
    public String key() {
        return key;
    }

    /** @return the message arguments */
    public Object[] args() {
        return args.clone();
    }

    /** @return the message in {@code locale} (Vietnamese when {@code null}) */
    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }

    /** @return the English message, for logs */
    @Override
    public String getMessage() {
        return message(Messages.ENGLISH);
    }

    /** @return the Vietnamese message, as shown to users */
    @Override
    public String getLocalizedMessage() {
        return message(Messages.VIETNAMESE);
    }

    @Override
    public String toString() {
        return "MotCuaException[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
