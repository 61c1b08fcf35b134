// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The national holidays a year's calendar can be proposed from, by dated rules: the fixed days of the Labour Code
 * (1/1, 30/4, 1/5, 2/9; the Hùng Kings' day, 10/3 of the lunar calendar, computed) and, for each that falls on a
 * Saturday or a Sunday, the compensatory day the Code gives on the next working day. What the government announces
 * each year — the five days of Tết, the day adjacent to 2/9 (from 2021), swapped working days — cannot be derived
 * and is entered by the administrator with its notice.
 *
 * <p>Rules: Labour Code 2012 (Law 10/2012/QH13, in force 1 May 2013) Art. 115 for 2013–2020; Labour Code 2019
 * (Law 45/2019/QH14, in force 1 January 2021) Art. 112(1) for the days and Art. 111(3) for the compensatory day.
 */
public final class NationalHolidays {

    /** The first year the rules here cover. */
    public static final int FIRST_YEAR = 2013;
    /** The first year of the Labour Code 2019. */
    private static final int CODE_2019 = 2021;

    private NationalHolidays() {
    }

    /**
     * @return the days off of {@code year} that follow from dated rules, by date; each names its rule as its
     *         notice; empty before {@link #FIRST_YEAR}
     */
    public static List<Holiday> proposed(int year) {
        if (year < FIRST_YEAR) {
            return List.of();
        }
        boolean code2019 = year >= CODE_2019;
        String days = code2019 ? "BLLĐ 2019 Điều 112 khoản 1" : "BLLĐ 2012 Điều 115 khoản 1";
        String moved = code2019 ? "BLLĐ 2019 Điều 111 khoản 3" : "BLLĐ 2012 Điều 115 khoản 3";
        List<Holiday> fixed = List.of(
                new Holiday(LocalDate.of(year, 1, 1), false, "Tết Dương lịch", days),
                new Holiday(LunarCalendar.dayOfThirdMonth(year, 10), false, "Giỗ Tổ Hùng Vương (10/3 âm lịch, ngày tính theo lịch âm)",
                        days),
                new Holiday(LocalDate.of(year, 4, 30), false, "Ngày Chiến thắng", days),
                new Holiday(LocalDate.of(year, 5, 1), false, "Ngày Quốc tế Lao động", days),
                new Holiday(LocalDate.of(year, 9, 2), false, "Quốc khánh", days));
        List<Holiday> result = new ArrayList<>();
        List<LocalDate> taken = new ArrayList<>(fixed.stream().map(Holiday::day).toList());
        for (Holiday h : fixed) {
            if (weekend(h.day())) {
                LocalDate next = h.day().plusDays(1);
                while (weekend(next) || taken.contains(next)) {
                    next = next.plusDays(1);
                }
                taken.add(next);
                result.add(new Holiday(next, false, "Nghỉ bù " + h.name() + " (" + h.day().getDayOfMonth() + "/"
                        + h.day().getMonthValue() + " là ngày nghỉ hằng tuần)", moved));
            } else {
                result.add(h);
            }
        }
        result.sort(Comparator.comparing(Holiday::day));
        return List.copyOf(result);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
