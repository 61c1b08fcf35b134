// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

/**
 * Timeliness of a finished dossier or step, judged by date as the official reports do
 * (see {@link DeadlineCalculator#classify(java.time.LocalDateTime, java.time.LocalDateTime)}).
 */
public enum TimelinessClass {

    /** Finished on a date before the due date (trước hạn). */
    EARLY,

    /** Finished on the due date itself (đúng hạn), whatever the clock time. */
    ON_TIME,

    /** Finished on a date after the due date (quá hạn / trễ hạn). */
    LATE
}
