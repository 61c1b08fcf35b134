// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar cal = TestCalendars.standard();

    @Test
    void defaultsAreVietnameseOfficeHours() {
        WorkingCalendar d = WorkingCalendar.defaults();
        assertEquals(List.of(WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:30", "17:00")), d.periods());
        assertEquals(480, d.workingMinutesPerDay());
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), d.weekendDays());
        assertEquals(LocalTime.of(17, 0), d.cutOffTime());
        assertEquals(LocalTime.of(7, 0), d.openingTime());
        assertEquals(LocalTime.of(17, 0), d.closingTime());
        assertEquals("Asia/Ho_Chi_Minh", d.zone().getId());
        assertTrue(d.holidays().isEmpty());
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2026-02-13, true",   // Friday before Tết
        "2026-02-14, false",  // Saturday
        "2026-02-16, false",  // Tết: 29 Chạp
        "2026-02-20, false",  // Tết: last weekday off
        "2026-02-22, false",  // Sunday
        "2026-02-23, true",   // back to work
        "2025-04-26, true",   // make-up Saturday
        "2025-04-27, false",  // Sunday
        "2025-04-30, false",
        "2025-05-01, false",
        "2025-05-02, false",  // swapped day off
        "2025-08-30, false",
        "2025-09-01, false",  // adjacent day of 2/9
        "2025-09-02, false",
        "2025-09-03, true",
        "2026-04-30, false",
        "2026-05-01, false",
        "2026-05-04, true",
    })
    void isWorkingDay(LocalDate date, boolean expected) {
        assertEquals(expected, cal.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-02-13,  1, 2026-02-23",
        "2026-02-23, -1, 2026-02-13",
        "2026-02-14,  1, 2026-02-23",
        "2026-02-14, -1, 2026-02-13",
        "2026-02-14,  0, 2026-02-14",
        "2026-02-09, 10, 2026-03-02",
        "2025-04-25,  1, 2025-04-26",
        "2025-04-28, -1, 2025-04-26",
        "2025-04-29,  1, 2025-05-05",
        "2025-08-29,  1, 2025-09-03",
        "2025-09-03, -1, 2025-08-29",
        "2026-04-29,  1, 2026-05-04",
        "2025-12-31,  1, 2026-01-02",
    })
    void addWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, cal.addWorkingDays(from, n));
    }

    @Test
    void nextWorkingDaySkipsTet() {
        assertEquals(LocalDate.of(2026, 2, 23), cal.nextWorkingDay(LocalDate.of(2026, 2, 13)));
    }

    @Test
    void holidayNotesAreKept() {
        assertEquals(Optional.of("Tết Bính Ngọ 2026, TB 9441/TB-BNV"), cal.holidayNote(LocalDate.of(2026, 2, 16)));
        assertEquals(Optional.empty(), cal.holidayNote(LocalDate.of(2026, 2, 23)));
        assertEquals("Làm bù cho thứ Sáu 2/5/2025", cal.makeUpWorkingDays().get(LocalDate.of(2025, 4, 26)));
    }

    @Test
    void collectionsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> cal.holidays().put(LocalDate.now(), "x"));
        assertThrows(UnsupportedOperationException.class, () -> cal.weekendDays().add(DayOfWeek.MONDAY));
        assertThrows(UnsupportedOperationException.class, () -> cal.periods().clear());
    }

    @Test
    void toBuilderCopiesAndEquals() {
        assertEquals(cal, cal.toBuilder().build());
        assertEquals(cal.hashCode(), cal.toBuilder().build().hashCode());
        WorkingCalendar changed = cal.toBuilder().cutOffTime(LocalTime.of(15, 0)).build();
        assertNotEquals(cal, changed);
        assertEquals(LocalTime.of(15, 0), changed.cutOffTime());
        assertEquals(LocalTime.of(17, 0), cal.cutOffTime());
    }

    @Test
    void customPeriodsDefineTheWorkingDayLength() {
        WorkingCalendar c = WorkingCalendar.builder()
                .periods(WorkingPeriod.of("13:30", "17:00"), WorkingPeriod.of("07:30", "11:30")).build();
        assertEquals(450, c.workingMinutesPerDay());
        assertEquals(LocalTime.of(7, 30), c.openingTime());
        assertEquals(LocalTime.of(17, 0), c.cutOffTime());
    }

    @Test
    void weekdayDeclaredOffIsAHoliday() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        WorkingCalendar c = WorkingCalendar.builder().holiday(monday, "nghỉ hoán đổi").build();
        assertFalse(c.isWorkingDay(monday));
    }

    @Test
    void customWeekend() {
        WorkingCalendar sixDays = WorkingCalendar.builder().weekendDays(EnumSet.of(DayOfWeek.SUNDAY)).build();
        assertTrue(sixDays.isWorkingDay(LocalDate.of(2026, 2, 7)));
        assertFalse(sixDays.isWorkingDay(LocalDate.of(2026, 2, 8)));
    }

    @Test
    void rejectsInconsistentInput() {
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder()
                .periods(WorkingPeriod.of("07:00", "12:00"), WorkingPeriod.of("11:30", "17:00")).build());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder().periods(List.of()));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.of("11:30", "07:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.of("11:30", "11:30"));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingPeriod(LocalTime.of(7, 0, 30), LocalTime.of(11, 30)));
        LocalDate sat = LocalDate.of(2025, 4, 26);
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().holiday(sat, "a").makeUpWorkingDay(sat, "b").build());
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.builder()
                .holidays(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 16), "reversed"));
    }

    @Test
    void calendarWithoutWorkingDaysFailsClearly() {
        WorkingCalendar never = WorkingCalendar.builder().weekendDays(EnumSet.allOf(DayOfWeek.class)).build();
        assertThrows(IllegalStateException.class, () -> never.addWorkingDays(LocalDate.of(2026, 1, 1), 1));
        DeadlineCalculator calc = new DeadlineCalculator();
        assertThrows(IllegalStateException.class,
                () -> calc.effectiveStart(never, LocalDate.of(2026, 1, 1).atTime(8, 0)));
    }

    @Test
    void workingPeriodBasics() {
        WorkingPeriod p = WorkingPeriod.of("07:00", "11:30");
        assertEquals(270, p.minutes());
        assertTrue(p.contains(LocalTime.of(7, 0)));
        assertTrue(p.contains(LocalTime.of(11, 29)));
        assertFalse(p.contains(LocalTime.of(11, 30)));
        assertEquals("07:00-11:30", p.toString());
    }
}
