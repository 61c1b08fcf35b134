// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Days off and make-up working days of civil servants, 2024–2027, as data an administrator can check
 * and correct: the Labour Code 2019 Art. 112 fixed holidays (1/1, 30/4, 1/5, 2/9 and one adjacent
 * day), the Hùng Kings day (10/3 lunar) and the five days of Tết, which the government sets each
 * year. Each entry names its notice; dates whose notice was not checked are marked unverified.
 */
public final class VietnamHolidays {

    private static final String LC = "BLLĐ 2019 Điều 112";

    private VietnamHolidays() {
    }

    /** @return the entries, in date order */
    public static List<Holiday> days2024To2027() {
        List<Holiday> h = new ArrayList<>();
        // 2024
        off(h, "2024-01-01", "Tết Dương lịch", LC);
        off(h, "2024-02-08..2024-02-14", "Tết Nguyên đán Giáp Thìn", Holiday.UNVERIFIED + ": notice of the labour ministry, number not checked");
        off(h, "2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LC);
        off(h, "2024-04-29..2024-05-01", "Ngày Chiến thắng và Quốc tế Lao động (hoán đổi 29/4)", "TB 1570/TB-BLĐTBXH");
        work(h, "2024-05-04", "Làm bù cho ngày 29/4/2024", "TB 1570/TB-BLĐTBXH");
        off(h, "2024-09-02..2024-09-03", "Quốc khánh", LC);
        // 2025
        off(h, "2025-01-01", "Tết Dương lịch", LC);
        off(h, "2025-01-27..2025-01-31", "Tết Nguyên đán Ất Tỵ (hoán đổi 27/1)", Holiday.UNVERIFIED + ": labour-ministry notice, number not checked");
        work(h, "2025-02-15", "Làm bù cho ngày 27/1/2025", Holiday.UNVERIFIED + ": labour-ministry notice, number not checked");
        off(h, "2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LC);
        off(h, "2025-04-30..2025-05-02", "Ngày Chiến thắng và Quốc tế Lao động (hoán đổi 2/5)", Holiday.UNVERIFIED + ": swap reported, notice not checked");
        work(h, "2025-04-26", "Làm bù cho ngày 2/5/2025", Holiday.UNVERIFIED + ": swap reported, notice not checked");
        off(h, "2025-09-01..2025-09-02", "Quốc khánh", LC);
        // 2026
        off(h, "2026-01-01", "Tết Dương lịch", LC);
        off(h, "2026-02-16..2026-02-20", "Tết Nguyên đán Bính Ngọ", "TB 9441/TB-BNV; CV 9859/VPCP-KGVX");
        off(h, "2026-04-27", "Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4, nghỉ bù)", Holiday.UNVERIFIED + ": lunar date computed, compensatory day per Art. 112.3");
        off(h, "2026-04-30..2026-05-01", "Ngày Chiến thắng và Quốc tế Lao động", LC);
        off(h, "2026-09-01..2026-09-02", "Quốc khánh", Holiday.UNVERIFIED + ": the adjacent day is chosen each year");
        // 2027
        off(h, "2027-01-01", "Tết Dương lịch", LC);
        off(h, "2027-02-05..2027-02-11", "Tết Nguyên đán Đinh Mùi", Holiday.UNVERIFIED + ": not announced; five weekdays around 6/2/2027 entered");
        off(h, "2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Holiday.UNVERIFIED + ": lunar date computed");
        off(h, "2027-04-30", "Ngày Chiến thắng", LC);
        off(h, "2027-05-03", "Quốc tế Lao động (1/5 là thứ Bảy, nghỉ bù)", LC + " khoản 3");
        off(h, "2027-09-02..2027-09-03", "Quốc khánh", Holiday.UNVERIFIED + ": the adjacent day is chosen each year");
        h.sort(java.util.Comparator.comparing(Holiday::day));
        return List.copyOf(h);
    }

    /** Adds the weekdays of {@code range} ({@code d} or {@code d1..d2}) as days off. */
    private static void off(List<Holiday> h, String range, String name, String notice) {
        String[] parts = range.split("\\.\\.");
        LocalDate first = LocalDate.parse(parts[0]);
        LocalDate last = parts.length > 1 ? LocalDate.parse(parts[1]) : first;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                h.add(new Holiday(d, false, name, notice));
            }
        }
    }

    private static void work(List<Holiday> h, String day, String name, String notice) {
        h.add(new Holiday(LocalDate.parse(day), true, name, notice));
    }
}
