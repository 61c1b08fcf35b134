// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.time.LocalDate;

/**
 * An entered calendar day as the administration screen lists it.
 *
 * @param officeId   the office it applies to, or {@code null} for every office
 * @param officeCode that office's code, or {@code null} for every office
 * @param day        the date
 * @param workingDay {@code true} for a make-up working day (làm bù), {@code false} for a day off
 * @param note       what it is, e.g. {@code Tết Nguyên đán Bính Ngọ}
 * @param notice     the official notice it comes from, e.g. {@code TB 9441/TB-BNV}, or {@code null}
 */
public record CalendarEntry(Long officeId, String officeCode, LocalDate day, boolean workingDay, String note,
        String notice) {
}
