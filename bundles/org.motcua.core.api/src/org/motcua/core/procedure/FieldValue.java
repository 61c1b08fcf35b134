// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.Locale;
import java.util.Objects;

/**
 * A checked value of a form field, as a dossier keeps it: with the field's label and type of the day of
 * receipt, so a later change of the definition never alters an old dossier.
 *
 * @param key       the field's key
 * @param labelVi   the Vietnamese label
 * @param labelEn   the English label
 * @param type      the field's type
 * @param value     the normalised value: plain decimal, whole đồng, ISO date, option code,
 *                  the parts joined by the separator, digits of an id number, or the trimmed text
 * @param displayVi the value as shown in Vietnamese (e.g. the option's label, {@code 01/03/2025})
 * @param displayEn the value as shown in English
 */
public record FieldValue(String key, String labelVi, String labelEn, FieldType type, String value, String displayVi,
        String displayEn) {

    /** Checks the fields. */
    public FieldValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        labelEn = labelEn == null ? labelVi : labelEn;
        displayVi = displayVi == null ? value : displayVi;
        displayEn = displayEn == null ? displayVi : displayEn;
    }

    /** @return the label in {@code locale} (Vietnamese unless English is asked) */
    public String label(Locale locale) {
        return FormField.isEnglish(locale) ? labelEn : labelVi;
    }

    /** @return the value as shown in {@code locale} */
    public String display(Locale locale) {
        return FormField.isEnglish(locale) ? displayEn : displayVi;
    }
}
