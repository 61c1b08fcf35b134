// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.core.i18n.Messages;

class DossierCodeFormatTest {

    private final DossierCodeFormat fmt = new DossierCodeFormat();

    private static void assertKey(String key, Executable e) {
        DossierCodeException ex = assertThrows(DossierCodeException.class, e);
        assertEquals(key, ex.key(), ex::getMessage);
    }

    @ParameterizedTest(name = "{0} {1} #{2} prefix {3} -> {4}")
    @CsvSource({
        "H56.14,        2024-08-23, 1,    00, H56.14-240823-0001,          DAILY",
        "000.00.00.H20, 2026-01-24, 9999, 00, 000.00.00.H20-260124-9999,   DAILY",
        "000.00.00.H20, 2026-01-25, 1,    00, 000.00.00.H20-260125-000001, CENTRALIZED",
        "000.00.00.H20, 2026-03-05, 123,  00, 000.00.00.H20-260305-000123, CENTRALIZED",
        "000.00.00.H20, 2026-03-05, 42,   17, 000.00.00.H20-260305-170042, CENTRALIZED",
        "000.00.00.H20, 2026-03-05, 9999, 99, 000.00.00.H20-260305-999999, CENTRALIZED",
        "000.00.00.H20, 2025-12-31, 42,   17, 000.00.00.H20-251231-0042,   DAILY",
        "H20,           2000-01-01, 7,    00, H20-000101-0007,             DAILY",
    })
    void formatAndParseBack(String agency, LocalDate date, int seq, String prefix, String expected,
            DossierCodeVariant variant) {
        String code = fmt.format(agency, date, seq, prefix);
        assertEquals(expected, code);
        DossierCode parts = fmt.parse(code);
        assertEquals(agency, parts.agencyCode());
        assertEquals(date, parts.receivedDate());
        assertEquals(seq, parts.sequence());
        assertEquals(variant, parts.variant());
        assertEquals(variant == DossierCodeVariant.CENTRALIZED ? prefix : "", parts.systemPrefix());
        assertEquals(code, parts.toCode());
        assertEquals(variant, fmt.variantFor(date));
    }

    @Test
    void defaultPrefixIsZeroZero() {
        assertEquals("H20-260305-000042", fmt.format("H20", LocalDate.of(2026, 3, 5), 42));
        assertEquals("00", fmt.systemPrefix());
        assertEquals(LocalDate.of(2026, 1, 25), fmt.centralizedFrom());
        assertEquals(4, fmt.dailyDigits());
    }

    @Test
    void effectiveDateAndPrefixAreConfigurable() {
        DossierCodeFormat early = new DossierCodeFormat(LocalDate.of(2025, 7, 1), "01", 4);
        assertEquals("H20-250701-010005", early.format("H20", LocalDate.of(2025, 7, 1), 5));
        assertEquals("H20-250630-0005", early.format("H20", LocalDate.of(2025, 6, 30), 5));
        DossierCodeFormat wide = new DossierCodeFormat(DossierCodeFormat.DEFAULT_CENTRALIZED_FROM, "00", 5);
        assertEquals("H20-251231-10000", wide.format("H20", LocalDate.of(2025, 12, 31), 10000));
        assertEquals(99999, wide.maxSequence(LocalDate.of(2025, 12, 31)));
        assertEquals(9999, wide.maxSequence(LocalDate.of(2026, 2, 1)));
        assertKey("numbering.sequence.overflow", () -> wide.format("H20", LocalDate.of(2025, 12, 31), 100000));
        assertThrows(IllegalArgumentException.class, () -> new DossierCodeFormat(LocalDate.of(2026, 1, 25), "00", 3));
        assertThrows(IllegalArgumentException.class, () -> new DossierCodeFormat(LocalDate.of(2026, 1, 25), "00", 10));
        assertKey("numbering.prefix.invalid", () -> new DossierCodeFormat(LocalDate.of(2026, 1, 25), "0", 4));
    }

    @Test
    void overflowIsRefusedWithAClearMessage() {
        LocalDate day = LocalDate.of(2025, 12, 31);
        DossierCodeException ex = assertThrows(DossierCodeException.class, () -> fmt.format("H56.14", day, 10000));
        assertEquals("numbering.sequence.overflow", ex.key());
        assertEquals("Đã hết số thứ tự hồ sơ trong ngày: số 10000 vượt quá mức tối đa 9999 của cơ quan H56.14 ngày 2025-12-31.",
                ex.getMessage());
        assertTrue(ex.message(Messages.ENGLISH).startsWith("Daily dossier numbers exhausted"));
        assertKey("numbering.sequence.overflow", () -> fmt.format("H20", LocalDate.of(2026, 3, 5), 10000, "17"));
    }

    @Test
    void badInputIsRefused() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertKey("numbering.sequence.notPositive", () -> fmt.format("H20", day, 0));
        assertKey("numbering.sequence.notPositive", () -> fmt.format("H20", day, -5));
        assertKey("numbering.agency.invalid", () -> fmt.format("", day, 1));
        assertKey("numbering.agency.invalid", () -> fmt.format(null, day, 1));
        assertKey("numbering.agency.invalid", () -> fmt.format("H 20", day, 1));
        assertKey("numbering.agency.invalid", () -> fmt.format("-H20", day, 1));
        assertKey("numbering.prefix.invalid", () -> fmt.format("H20", day, 1, "1"));
        assertKey("numbering.prefix.invalid", () -> fmt.format("H20", day, 1, "AB"));
        assertKey("numbering.prefix.invalid", () -> fmt.format("H20", day, 1, null));
        assertKey("numbering.date.range", () -> fmt.format("H20", LocalDate.of(1999, 12, 31), 1));
        assertKey("numbering.date.range", () -> fmt.format("H20", LocalDate.of(2100, 1, 1), 1));
    }

    @Test
    void parseIsLenientForOldShapes() {
        DossierCode daily = fmt.parse("H20-260305-0042");
        assertEquals(DossierCodeVariant.DAILY, daily.variant());
        assertEquals(42, daily.sequence());
        DossierCode hyphenated = fmt.parse("ABC-XYZ-240823-0001");
        assertEquals("ABC-XYZ", hyphenated.agencyCode());
        DossierCode longDaily = fmt.parse("H20-240823-123456");
        assertEquals(DossierCodeVariant.DAILY, longDaily.variant());
        assertEquals(123456, longDaily.sequence());
        assertEquals("H20-240823-123456", longDaily.toCode());
        assertEquals(fmt.parse(" H56.14-240823-0001 "), fmt.parse("H56.14-240823-0001"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "garbage,                numbering.parse.format",
        "H20-2408230001,         numbering.parse.format",
        "H20-240823-001,         numbering.parse.format",
        "-240823-0001,           numbering.parse.format",
        "H20-240823-00x1,        numbering.parse.format",
        "H20-24082-0001,         numbering.parse.format",
        "H20-240823-1234567890,  numbering.parse.format",
        "'H 20-240823-0001',     numbering.parse.format",
        "H20-240832-0001,        numbering.parse.date",
        "H20-250229-0001,        numbering.parse.date",
        "H20-240823-0000,        numbering.sequence.notPositive",
        "H20-260305-170000,      numbering.sequence.notPositive",
    })
    void parseErrors(String code, String key) {
        assertKey(key, () -> fmt.parse(code));
    }

    @Test
    void parseNull() {
        assertKey("numbering.parse.format", () -> fmt.parse(null));
    }
}
