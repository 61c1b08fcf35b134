// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.numbering;

/** The two shapes of a dossier code (mã hồ sơ). */
public enum DossierCodeVariant {

    /** {@code <agency>-YYMMDD-NNNN}: a daily sequence per office of at least four digits. */
    DAILY,

    /**
     * {@code <agency>-YYMMDD-AANNNN}: the centralized-system variant added by TT 04/2025/TT-VPCP
     * (TT 03/2025 Art. 13.3, in force 25/1/2026); {@code AA} is a two-digit system/office prefix.
     */
    CENTRALIZED
}
