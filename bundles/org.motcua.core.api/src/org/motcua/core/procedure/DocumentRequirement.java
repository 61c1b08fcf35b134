// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.Objects;

/**
 * One paper of a procedure's required dossier.
 *
 * @param nameVi   the Vietnamese name, as printed on the receipt
 * @param nameEn   the English name
 * @param original whether the original is required (otherwise a copy)
 * @param count    how many copies or originals
 * @param optional whether the paper is required only in some cases
 */
public record DocumentRequirement(String nameVi, String nameEn, boolean original, int count, boolean optional) {

    /** Checks the fields. */
    public DocumentRequirement {
        Objects.requireNonNull(nameVi, "nameVi");
        nameEn = nameEn == null ? nameVi : nameEn;
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }
}
