// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The holidays proposed from dated rules, against the days the government actually gave. */
class NationalHolidaysTest {

    /** The Hùng Kings' day (10/3 lunar) as observed, leap years included (2020: leap 4th month; 2023: leap 2nd). */
    @Test
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        assertEquals(LocalDate.of(2020, 4, 2), LunarCalendar.dayOfThirdMonth(2020, 10));
        assertEquals(LocalDate.of(2021, 4, 21), LunarCalendar.dayOfThirdMonth(2021, 10));
        assertEquals(LocalDate.of(2022, 4, 10), LunarCalendar.dayOfThirdMonth(2022, 10));
        assertEquals(LocalDate.of(2023, 4, 29), LunarCalendar.dayOfThirdMonth(2023, 10));
        assertEquals(LocalDate.of(2024, 4, 18), LunarCalendar.dayOfThirdMonth(2024, 10));
        assertEquals(LocalDate.of(2025, 4, 7), LunarCalendar.dayOfThirdMonth(2025, 10));
        assertEquals(LocalDate.of(2026, 4, 26), LunarCalendar.dayOfThirdMonth(2026, 10));
        assertEquals(LocalDate.of(2027, 4, 16), LunarCalendar.dayOfThirdMonth(2027, 10));
    }

    /** 2022: 1/1 and 30/4 on Saturdays, 1/5 and 10/3 on Sundays: the days off were 3/1, 11/4, 2/5 and 3/5. */
    @Test
    void daysOnAWeekendMoveToTheNextWorkingDays() {
        List<Holiday> days = NationalHolidays.proposed(2022);
        assertEquals(List.of(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 11), LocalDate.of(2022, 5, 2),
                LocalDate.of(2022, 5, 3), LocalDate.of(2022, 9, 2)), days.stream().map(Holiday::day).toList());
        assertTrue(days.get(2).name().startsWith("Nghỉ bù Ngày Chiến thắng"), days.get(2).name());
        assertEquals("BLLĐ 2019 Điều 111 khoản 3", days.get(2).notice());
        assertEquals("BLLĐ 2019 Điều 112 khoản 1", days.get(4).notice());
        days.forEach(d -> assertTrue(!d.workingDay() && d.verified(), d.toString()));
    }

    /** Every rule-based day of the checked 2024–2027 table is proposed (Tết and the 2/9 adjacent day are not). */
    @Test
    void theProposalsCoverTheLabourCodeDaysOfTheEnteredYears() {
        for (Holiday entered : VietnamHolidays.days2024To2027()) {
            String name = entered.name();
            boolean fixed = name.startsWith("Tết Dương lịch") || name.startsWith("Giỗ Tổ") || name.equals("Ngày Chiến thắng")
                    || name.startsWith("Quốc tế Lao động (1/5 là thứ Bảy");
            if (fixed) {
                assertTrue(NationalHolidays.proposed(entered.day().getYear()).stream().anyMatch(p -> p.day().equals(entered.day())),
                        () -> "not proposed: " + entered);
            }
        }
        assertEquals(LocalDate.of(2026, 4, 27), NationalHolidays.proposed(2026).get(1).day(), "10/3 2026 is a Sunday");
    }

    @Test
    void rulesAreDated() {
        assertEquals(List.of(), NationalHolidays.proposed(2012));
        assertEquals("BLLĐ 2012 Điều 115 khoản 1", NationalHolidays.proposed(2019).get(0).notice());
    }
}
