// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The wire's own messages (messages.properties beside this class), Vietnamese by default, English second. */
public final class ApiTexts {

    private ApiTexts() {
    }

    /** @return the message {@code key} with {@code args}, in {@code locale} */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.motcua.server.internal.api.messages", locale,
                ApiTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
