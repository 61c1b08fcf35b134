// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.Locale;

/**
 * One value a choice input may take, as the core computed it for this dossier and actor.
 *
 * @param value   the value to send back (a department id, a procedure code)
 * @param labelVi the Vietnamese label
 * @param labelEn the English label
 */
public record InputChoice(String value, String labelVi, String labelEn) {

    /** @return the label in {@code locale} (English for {@code en}, Vietnamese otherwise) */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelVi;
    }
}
