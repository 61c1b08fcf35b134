// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.core.i18n.Messages;

class VietnameseDateParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "02/09/2025,     2025-09-02",
        "2/9/2025,       2025-09-02",
        "29/02/2024,     2024-02-29",
        "31-12-2024,     2024-12-31",
        "01.01.2025,     2025-01-01",
        "' 16/02/2026 ', 2026-02-16",
        "01/01/1800,     1800-01-01",
        "31/12/2200,     2200-12-31",
    })
    void valid(String input, LocalDate expected) {
        ValidationResult<LocalDate> r = VietnameseDateParser.parse(input);
        assertTrue(r.isValid(), r::toString);
        assertEquals(expected, r.orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-09-02,  validation.date.format",
        "02/09/25,    validation.date.format",
        "02/09-2025,  validation.date.format",
        "2/9/2025 x,  validation.date.format",
        "hôm nay,     validation.date.format",
        "123/01/2025, validation.date.format",
        "32/01/2025,  validation.date.day",
        "29/02/2025,  validation.date.day",
        "31/04/2025,  validation.date.day",
        "00/01/2025,  validation.date.day",
        "01/13/2025,  validation.date.month",
        "01/00/2025,  validation.date.month",
        "01/01/1799,  validation.date.year",
        "01/01/2201,  validation.date.year",
    })
    void invalid(String input, String key) {
        assertTrue(VietnameseDateParser.parse(input).hasProblem(key));
    }

    @Test
    void empty() {
        assertTrue(VietnameseDateParser.parse(null).hasProblem("validation.date.empty"));
        assertTrue(VietnameseDateParser.parse("").hasProblem("validation.date.empty"));
    }

    @Test
    void messagesAreSpecific() {
        assertEquals("Ngày 31 không có trong tháng 4/2025 (tháng này có 30 ngày).",
                VietnameseDateParser.parse("31/04/2025").message(Messages.VIETNAMESE));
        assertEquals("Day 29 does not exist in 2/2025 (that month has 28 days).",
                VietnameseDateParser.parse("29/02/2025").message(Messages.ENGLISH));
        assertTrue(VietnameseDateParser.parse("2025-09-02").message(Messages.VIETNAMESE).contains("dd/MM/yyyy"));
    }

    @Test
    void format() {
        assertEquals("02/09/2025", VietnameseDateParser.format(LocalDate.of(2025, 9, 2)));
        assertEquals("16/02/2026", VietnameseDateParser.format(LocalDate.of(2026, 2, 16)));
    }
}
