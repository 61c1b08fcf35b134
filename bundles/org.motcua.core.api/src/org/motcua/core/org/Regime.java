// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.time.LocalDate;

/** The legal regime an office works under; rules are versioned by it and by effective dates. */
public enum Regime {
    /** NĐ 61/2018/NĐ-CP with TT 01/2018/TT-VPCP forms (Mẫu 01–06), until 2025-06-30. */
    DECREE_61_2018(LocalDate.of(2018, 6, 21), LocalDate.of(2025, 6, 30)),
    /** NĐ 118/2025/NĐ-CP with TT 03/2025/TT-VPCP forms (Mẫu 01–07), from 2025-07-01. */
    DECREE_118_2025(LocalDate.of(2025, 7, 1), null);

    private final LocalDate from;
    private final LocalDate to;

    Regime(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** @return the first day the regime applies */
    public LocalDate effectiveFrom() {
        return from;
    }

    /** @return the last day the regime applies, or {@code null} while it is in force */
    public LocalDate effectiveTo() {
        return to;
    }

    /** @return whether {@code level} exists under this regime (no district level under NĐ 118/2025) */
    public boolean allows(OfficeLevel level) {
        return this != DECREE_118_2025 || level != OfficeLevel.DISTRICT;
    }

    /** @return the regime in force on {@code date} */
    public static Regime on(LocalDate date) {
        return date.isBefore(DECREE_118_2025.from) ? DECREE_61_2018 : DECREE_118_2025;
    }
}
