// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.LocalDate;

/**
 * One entered calendar day: a day off on a weekday, or a make-up working day on a weekend.
 *
 * @param day        the date
 * @param workingDay {@code true} for a make-up working day (làm bù), {@code false} for a day off
 * @param name       what it is, e.g. {@code Tết Nguyên đán Bính Ngọ}
 * @param notice     the official notice that sets it, or {@link #UNVERIFIED} with what is known
 */
public record Holiday(LocalDate day, boolean workingDay, String name, String notice) {

    /** Marks a date whose notice was not found: check before relying on it. */
    public static final String UNVERIFIED = "unverified";

    /** @return whether the date comes from a notice that was checked */
    public boolean verified() {
        return !notice.startsWith(UNVERIFIED);
    }

    /** @return the text stored with the calendar day */
    public String note() {
        return name + " (" + notice + ")";
    }
}
