// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The same-day forwarding rule: the desk hands a dossier received on a working day before 15:00 to the competent
 * agency that same working day; one received at or after 15:00 (or on a day off) at the start of the next working
 * day (NĐ 61/2018/NĐ-CP Art. 19(1)(b), in force from 21 June 2018). MotCua judges the hand-over by its date, as it
 * judges every timeliness: the forwarding day ends at the office's closing time.
 */
public final class SameDayForwarding {

    /** The hour after which a dossier may go the next working day. */
    public static final LocalTime CUT_OFF = LocalTime.of(15, 0);
    /** NĐ 61/2018/NĐ-CP came into force. */
    public static final LocalDate IN_FORCE = LocalDate.of(2018, 6, 21);

    private SameDayForwarding() {
    }

    /**
     * @param calendar the receiving office's calendar
     * @param received when the dossier was received complete (its clock started)
     * @return the end of the working day by which the desk hands it over
     */
    public static LocalDateTime due(WorkingCalendar calendar, LocalDateTime received) {
        LocalDate day = received.toLocalDate();
        LocalDate forwardingDay = calendar.isWorkingDay(day) && received.toLocalTime().isBefore(CUT_OFF) ? day
                : calendar.nextWorkingDay(day);
        return forwardingDay.atTime(calendar.closingTime());
    }

    /** @return whether a hand-over at {@code at} is after the forwarding day that ends at {@code due} */
    public static boolean late(LocalDateTime at, LocalDateTime due) {
        return at.toLocalDate().isAfter(due.toLocalDate());
    }
}
