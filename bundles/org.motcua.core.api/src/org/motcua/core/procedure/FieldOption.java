// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.Objects;

/**
 * One option of a {@link FieldType#CHOICE} field.
 *
 * @param code    the stable code stored with the dossier, e.g. {@code SEVERE}
 * @param labelVi the Vietnamese label
 * @param labelEn the English label
 */
public record FieldOption(String code, String labelVi, String labelEn) {

    /** Checks the fields. */
    public FieldOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelVi, "labelVi");
        labelEn = labelEn == null ? labelVi : labelEn;
    }

    /** @return an option */
    public static FieldOption of(String code, String labelVi, String labelEn) {
        return new FieldOption(code, labelVi, labelEn);
    }
}
