// SPDX-License-Identifier: EPL-2.0
package org.motcua.core;

import java.time.LocalDateTime;

/**
 * The one clock of MotCua: every timestamp a service writes comes from here. In production it is the
 * database server's clock when the database is shared, or the workstation's; tests and demo
 * workspaces use a {@link SettableTimeSource}.
 */
public interface TimeSource {

    /** @return the current local date-time in the offices' zone (Asia/Ho_Chi_Minh), to the second */
    LocalDateTime now();

    /**
     * @return whether this clock is set by hand or shifted (tests, demos): the engine accepts such a clock only on
     *         a database created as a demo
     */
    default boolean isSimulated() {
        return false;
    }

    /** @return the workstation clock in Vietnam's zone */
    static TimeSource system() {
        return () -> LocalDateTime.now(org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE).withNano(0);
    }
}
