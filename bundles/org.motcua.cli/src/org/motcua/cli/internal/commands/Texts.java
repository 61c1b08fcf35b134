// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.util.Locale;

/** The texts of the built-in commands (Vietnamese base file, English twin). */
final class Texts {

    private static final org.motcua.core.i18n.Texts TEXTS = new org.motcua.core.i18n.Texts(
            "org.motcua.cli.internal.commands.messages", Texts.class.getClassLoader());

    private Texts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return TEXTS.get(locale, key, args);
    }
}
