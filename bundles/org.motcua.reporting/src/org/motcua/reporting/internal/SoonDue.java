// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The "soon due" limit: the same time one working day after now. Weekends are off unless the
 * calendar marks them as make-up working days; holidays for all offices come from {@code calendar_day}.
 */
public final class SoonDue {

    private SoonDue() {
    }

    /** @return {@code now} moved on by one working day */
    public static LocalDateTime limit(Connection c, LocalDateTime now) throws SQLException {
        LocalDate day = now.toLocalDate().plusDays(1);
        for (int guard = 0; guard < 60 && !working(c, day); guard++) {
            day = day.plusDays(1);
        }
        return day.atTime(now.toLocalTime());
    }

    private static boolean working(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT working_day FROM calendar_day WHERE office_id IS NULL AND day_date = ?")) {
            ps.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getBoolean(1);
                }
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
