// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Localised user-facing text of the core bundle.
 * <p>
 * Texts live in {@code org/motcua/core/i18n/messages.properties} (Vietnamese, the base file and the
 * product default) and {@code messages_en.properties} (English). The files are pure ASCII with
 * {@code \\uXXXX} escapes, as Eclipse/OSGi expects. The bundle is loaded with this class's own class
 * loader so the lookup works inside OSGi, and with
 * {@link ResourceBundle.Control#getNoFallbackControl(java.util.List) no fallback} to the JVM default
 * locale: asking for Vietnamese never returns English on an English workstation, and any locale
 * without its own file gets the Vietnamese base text.
 * <p>
 * Patterns use {@link java.text.MessageFormat}: a literal apostrophe is written {@code ''}. Pass dates and codes
 * already formatted as strings, so that no locale-specific number grouping sneaks into them.
 */
public final class Messages {

    /** Vietnamese, the product's default language. */
    public static final Locale VIETNAMESE = Locale.of("vi");

    /** English, the second language. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Base name of the resource bundle. */
    public static final String BUNDLE_NAME = "org.motcua.core.i18n.messages";

    private static final Texts TEXTS = new Texts(BUNDLE_NAME, Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * Returns the text for {@code key} in {@code locale}, formatted with {@code args}.
     *
     * @param locale the wanted language; {@code null} means {@link #VIETNAMESE}
     * @param key    the message key, e.g. {@code validation.cccd.length}
     * @param args   the {@link java.text.MessageFormat} arguments
     * @return the formatted text, or {@code !key!} when the key is missing (never {@code null})
     */
    public static String get(Locale locale, String key, Object... args) {
        return TEXTS.get(locale, key, args);
    }

    /**
     * Tells whether {@code key} exists for {@code locale} (including the Vietnamese base file).
     *
     * @param locale the language; {@code null} means {@link #VIETNAMESE}
     * @param key    the message key
     * @return {@code true} if a text is defined
     */
    public static boolean exists(Locale locale, String key) {
        return TEXTS.exists(locale, key);
    }

    /**
     * Returns the resource bundle for a locale, without fallback to the JVM default locale.
     *
     * @param locale the language
     * @return the bundle (cached by {@link ResourceBundle})
     */
    public static ResourceBundle bundle(Locale locale) {
        return TEXTS.bundle(locale);
    }
}
