// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The language chosen at this workstation (Tiếng Việt or English), kept as an instance preference of the
 * workspace: {@code <workspace>/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.motcua.ui.prefs},
 * {@code language=vi|en}. {@code ./motcua} reads it to start the application (and restart it after a switch)
 * with {@code -nl}; an explicit {@code --lang} wins.
 */
public final class Language {

    /** The preference node (this bundle's id). */
    public static final String NODE = "org.motcua.ui"; //$NON-NLS-1$
    /** The preference key. */
    public static final String KEY = "language"; //$NON-NLS-1$
    /** The languages offered. */
    public static final java.util.List<String> CODES = java.util.List.of("vi", "en"); //$NON-NLS-1$ //$NON-NLS-2$

    private Language() {
    }

    /** @return the language the texts are shown in now ({@code vi} or {@code en}) */
    public static String current() {
        return "en".equals(Locale.getDefault().getLanguage()) ? "en" : "vi"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the stored choice, if any */
    public static Optional<String> stored() {
        return Optional.ofNullable(node().get(KEY, null)).filter(CODES::contains);
    }

    /**
     * Stores {@code code} for the next start.
     *
     * @throws IllegalArgumentException for a language not offered
     * @throws IllegalStateException    when the preference cannot be written
     */
    public static void store(String code) {
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("language " + code); //$NON-NLS-1$
        }
        IEclipsePreferences node = node();
        node.put(KEY, code);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
