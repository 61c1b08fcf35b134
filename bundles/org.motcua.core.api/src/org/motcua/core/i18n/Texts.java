// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The localised texts of one bundle: a {@link ResourceBundle} family (Vietnamese base file,
 * {@code _en} English file) loaded with the owning bundle's class loader and without fallback to the
 * JVM default locale. Each MotCua bundle keeps one instance; {@link Messages} is the core's.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /**
     * @param baseName the resource bundle base name, e.g. {@code org.motcua.cli.internal.messages}
     * @param loader   the class loader of the bundle that holds the files
     */
    public Texts(String baseName, ClassLoader loader) {
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Returns the text for {@code key} in {@code locale}, formatted with {@code args}.
     *
     * @param locale the wanted language; {@code null} means {@link Messages#VIETNAMESE}
     * @param key    the message key
     * @param args   the {@link MessageFormat} arguments; a {@link Localized} one is shown in {@code locale}
     * @return the formatted text, or {@code !key!} when the key is missing (never {@code null})
     */
    public String get(Locale locale, String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Locale effective = locale == null ? Messages.VIETNAMESE : locale;
        String pattern;
        try {
            pattern = bundle(effective).getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        Object[] values = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Localized nested) {
                values[i] = get(effective, nested.key());
            }
        }
        return new MessageFormat(pattern, effective).format(values);
    }

    /** @return whether {@code key} exists for {@code locale} (including the Vietnamese base file) */
    public boolean exists(Locale locale, String key) {
        return bundle(locale == null ? Messages.VIETNAMESE : locale).containsKey(key);
    }

    /** @return the resource bundle for a locale, without fallback to the JVM default locale */
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
    }
}
