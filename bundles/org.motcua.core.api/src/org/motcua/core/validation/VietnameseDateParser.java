// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats dates in the Vietnamese order {@code dd/MM/yyyy}. Parsing accepts one- or
 * two-digit day and month and a four-digit year, separated by {@code /} (or consistently by
 * {@code -} or {@code .}), e.g. {@code 2/9/2025}, {@code 02/09/2025}, {@code 02-09-2025}. Each kind of
 * mistake gets its own message: wrong format, month out of range, day not in that month (such as
 * 29/02/2025), or a year outside 1800–2200.
 */
public final class VietnameseDateParser {

    /** The earliest accepted year. */
    public static final int MIN_YEAR = 1800;
    /** The latest accepted year. */
    public static final int MAX_YEAR = 2200;

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");

    private VietnameseDateParser() {
    }

    /**
     * Parses a date.
     *
     * @param input the text
     * @return the date, or the problems
     */
    public static ValidationResult<LocalDate> parse(String input) {
        if (input == null || input.isBlank()) {
            return ValidationResult.invalid("validation.date.empty");
        }
        String s = input.strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return ValidationResult.invalid("validation.date.format", s);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return ValidationResult.invalid("validation.date.year", String.valueOf(year),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (month < 1 || month > 12) {
            return ValidationResult.invalid("validation.date.month", String.valueOf(month));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return ValidationResult.invalid("validation.date.day", String.valueOf(day), String.valueOf(month),
                    String.valueOf(year), String.valueOf(length));
        }
        return ValidationResult.valid(LocalDate.of(year, month, day));
    }

    /**
     * Formats a date as {@code dd/MM/yyyy}.
     *
     * @param date the date
     * @return e.g. {@code 02/09/2025}
     */
    public static String format(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
