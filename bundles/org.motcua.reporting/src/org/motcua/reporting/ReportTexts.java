// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The reporting bundle's user-facing texts: Vietnamese by default, English for {@code en}. */
public final class ReportTexts {

    private static final String BUNDLE = "org.motcua.reporting.messages";

    private ReportTexts() {
    }

    /** @return the text of {@code key} in {@code locale}'s language, with {@code args} filled in */
    public static String get(Locale locale, String key, Object... args) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ReportTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return MessageFormat.format(bundle.getString(key), args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
