// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

/**
 * Unit of a step duration (thời hạn giải quyết). Each procedure step stores its own unit, because
 * some legal deadlines count calendar days ("12 ngày") rather than working days
 * ("12 ngày làm việc").
 */
public enum DurationUnit {

    /**
     * Working days: one working day is the total length of the calendar's daily working periods
     * (8 hours with the default 07:00–11:30 and 13:30–17:00), counted across working periods of
     * working days only. Fractions such as 0.5 are allowed.
     */
    WORKING_DAYS,

    /** Working hours: 60 working minutes each, counted across working periods only. */
    WORKING_HOURS,

    /**
     * Calendar days: 24 hours each, counted on the clock regardless of weekends and holidays. The
     * due instant is the effective start plus N days at the same clock time; when that day is a weekend
     * day or a holiday, the period ends at the close of the next working day (Civil Code 2015
     * Art. 148(5); see {@link DeadlineCalculator#calendarPeriodEnd}).
     */
    CALENDAR_DAYS
}
