// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the server's commands print: Vietnamese, then English on the next line (an operator's terminal may be
 * either, and a log read later by someone else).
 */
final class ServerTexts {

    private ServerTexts() {
    }

    static String get(String key, Object... args) {
        return text(Locale.of("vi"), key, args) + System.lineSeparator() + text(Locale.ENGLISH, key, args);
    }

    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.motcua.server.internal.messages", locale,
                ServerTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
