// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong with one form field's value, in Vietnamese and English.
 *
 * @param fieldKey  the field's key
 * @param labelVi   the field's Vietnamese label
 * @param labelEn   the field's English label
 * @param messageVi the Vietnamese message (without the label), as shown under the field
 * @param messageEn the English message
 */
public record FieldProblem(String fieldKey, String labelVi, String labelEn, String messageVi, String messageEn) {

    /** Checks the fields. */
    public FieldProblem {
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(messageVi, "messageVi");
        labelVi = labelVi == null ? fieldKey : labelVi;
        labelEn = labelEn == null ? labelVi : labelEn;
        messageEn = messageEn == null ? messageVi : messageEn;
    }

    /** @return the message in {@code locale}, as shown under the field */
    public String message(Locale locale) {
        return FormField.isEnglish(locale) ? messageEn : messageVi;
    }

    /** @return "label: message" in {@code locale}, for a list of every problem */
    public String describe(Locale locale) {
        return (FormField.isEnglish(locale) ? labelEn : labelVi) + ": " + message(locale);
    }
}
