// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a {@link FieldType#COMPOSITE} field: generic fields (text with a pattern, number with
 * bounds, date, choice) written one after the other with a separator, e.g. a land parcel as
 * {@code sheet/parcel}. Data, not code: a module describes a new composite without any core or UI code.
 *
 * @param separator the text between the parts as typed and stored (e.g. {@code "/"})
 * @param parts     the parts, in order; each is checked by its own type and rule, and all are needed
 * @param displayVi how the value is shown in Vietnamese, {@code {0}}, {@code {1}}… standing for the parts'
 *                  shown values, or {@code null} for the parts joined by the separator
 * @param displayEn the same in English, or {@code null} for {@code displayVi}
 */
public record FieldComposite(String separator, List<FormField> parts, String displayVi, String displayEn) {

    /** Checks and copies the parts. */
    public FieldComposite {
        Objects.requireNonNull(separator, "separator");
        if (separator.isBlank()) {
            throw new IllegalArgumentException("a composite needs a visible separator");
        }
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a composite has two parts or more");
        }
        for (FormField part : parts) {
            if (part.type() == FieldType.COMPOSITE) {
                throw new IllegalArgumentException("a part of a composite is not itself a composite: " + part.key());
            }
        }
        if (parts.stream().map(FormField::key).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("duplicate part key");
        }
        displayEn = displayEn == null ? displayVi : displayEn;
    }
}
