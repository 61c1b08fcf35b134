// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins.internal;

import java.util.Locale;

import org.motcua.core.i18n.Texts;

/** The texts of the plugins command (Vietnamese base file, English twin). */
final class PluginTexts {

    private static final Texts TEXTS = new Texts("org.motcua.plugins.internal.messages",
            PluginTexts.class.getClassLoader());

    private PluginTexts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return TEXTS.get(locale, key, args);
    }
}
