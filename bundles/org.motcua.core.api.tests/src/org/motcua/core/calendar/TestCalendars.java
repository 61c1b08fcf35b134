// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Real Vietnamese calendars of 2025–2026 for the tests (Labour Code 2019 Art. 112 and the yearly
 * notices). The 2025 swap (work Sat 26/4, off Fri 2/5) is as announced by Bộ Nội vụ for 30/4–1/5/2025.
 */
final class TestCalendars {

    private TestCalendars() {
    }

    /** Default hours, weekends, 2025–2026 holidays and the 26/4/2025 make-up Saturday. */
    static WorkingCalendar standard() {
        return WorkingCalendar.builder()
                .holiday(LocalDate.of(2025, 1, 1), "Tết Dương lịch 2025")
                .holidays(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 31), "Tết Ất Tỵ 2025")
                .holiday(LocalDate.of(2025, 4, 7), "Giỗ Tổ Hùng Vương 2025")
                .holiday(LocalDate.of(2025, 4, 30), "30/4/2025")
                .holiday(LocalDate.of(2025, 5, 1), "1/5/2025")
                .holiday(LocalDate.of(2025, 5, 2), "Nghỉ hoán đổi, làm bù thứ Bảy 26/4/2025")
                .makeUpWorkingDay(LocalDate.of(2025, 4, 26), "Làm bù cho thứ Sáu 2/5/2025")
                .holidays(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "Quốc khánh 2/9/2025 + 1 ngày liền kề")
                .holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch 2026")
                .holidays(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22), "Tết Bính Ngọ 2026, TB 9441/TB-BNV")
                .holiday(LocalDate.of(2026, 4, 30), "30/4/2026")
                .holiday(LocalDate.of(2026, 5, 1), "1/5/2026")
                .build();
    }

    /** The standard calendar of an office whose receipt cut-off is 15:00. */
    static WorkingCalendar cutOff15() {
        return standard().toBuilder().cutOffTime(LocalTime.of(15, 0)).build();
    }

    /** Default hours and weekends, no holidays. */
    static WorkingCalendar plain() {
        return WorkingCalendar.defaults();
    }

    /** Looks a calendar up by the short name used in the CSV tables. */
    static WorkingCalendar named(String name) {
        return switch (name) {
            case "std" -> standard();
            case "cut15" -> cutOff15();
            case "plain" -> plain();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
