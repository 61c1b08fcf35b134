// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal;

import java.util.Locale;

import org.motcua.core.i18n.Texts;

/** The command line's own texts (Vietnamese base file, English twin). */
final class CliTexts {

    private static final Texts TEXTS = new Texts("org.motcua.cli.internal.messages", CliTexts.class.getClassLoader());

    private CliTexts() {
    }

    static String get(Locale locale, String key, Object... args) {
        return TEXTS.get(locale, key, args);
    }
}
