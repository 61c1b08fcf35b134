// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.motcua.core.i18n.Messages;

class CitizenIdValidatorTest {

    private static final Clock MARCH_2026 =
            Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CitizenIdValidator validator = new CitizenIdValidator(MARCH_2026);

    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource({
        "087201012345,    087, Đồng Tháp,  MALE,   2001",
        "082195000001,    082, Tiền Giang, FEMALE, 1995",
        "001099123456,    001, Hà Nội,     MALE,   1999",
        "079300456789,    079, Hồ Chí Minh, FEMALE, 2000",
        "096226000000,    096, Cà Mau,     MALE,   2026",
        "'087 201 012 345', 087, Đồng Tháp, MALE,  2001",
    })
    void validCccd(String input, String province, String name, Sex sex, int year) {
        ValidationResult<CccdInfo> r = validator.validateCccd(input);
        assertTrue(r.isValid(), r::toString);
        CccdInfo info = r.orElseThrow();
        assertEquals(province, info.provinceCode());
        assertEquals(name, info.provinceName());
        assertEquals(sex, info.sex());
        assertEquals(year, info.birthYear());
        assertEquals(12, info.number().length());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "08720101234,   validation.cccd.length",
        "0872010123456, validation.cccd.length",
        "08720101234a,  validation.cccd.nonDigits",
        "087-201-012,   validation.cccd.nonDigits",
        "000201012345,  validation.cccd.province",
        "999201012345,  validation.cccd.province",
        "003201012345,  validation.cccd.province",
        "097201012345,  validation.cccd.province",
        "087227000000,  validation.cccd.century",
        "087401012345,  validation.cccd.century",
        "087501012345,  validation.cccd.century",
        "087801012345,  validation.cccd.century",
        "087901012345,  validation.cccd.century",
    })
    void invalidCccd(String input, String key) {
        ValidationResult<CccdInfo> r = validator.validateCccd(input);
        assertFalse(r.isValid());
        assertTrue(r.hasProblem(key), r::toString);
        assertTrue(r.value().isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void emptyCccd(String input) {
        assertTrue(validator.validateCccd(input).hasProblem("validation.cccd.empty"));
    }

    @Test
    void nonDigitAndLengthAreBothReported() {
        ValidationResult<CccdInfo> r = validator.validateCccd("08x2");
        assertTrue(r.hasProblem("validation.cccd.nonDigits"));
        assertTrue(r.hasProblem("validation.cccd.length"));
        assertEquals(2, r.problems().size());
    }

    @Test
    void messagesSayWhatIsWrong() {
        ValidationResult<CccdInfo> r = validator.validateCccd("000201012345");
        assertEquals("Mã tỉnh nơi đăng ký khai sinh “000” (3 chữ số đầu của số CCCD) không tồn tại.",
                r.message(Messages.VIETNAMESE));
        assertTrue(r.message(Messages.ENGLISH).startsWith("Unknown province code \"000\""), r.message(Messages.ENGLISH));
        assertEquals("Số CCCD phải có đúng 12 chữ số (đang có 11).",
                validator.validateCccd("08720101234").message(Messages.VIETNAMESE));
        assertTrue(validator.validateCccd("087801012345").message(Messages.ENGLISH).contains("2301"));
        assertTrue(validator.validateCccd("08720101234a").message(Messages.ENGLISH).contains("\"a\""));
    }

    @Test
    void birthDateMustMatchCenturyAndYear() {
        assertTrue(validator.validateCccd("087201012345", LocalDate.of(2001, 5, 6)).isValid());
        ValidationResult<CccdInfo> wrongCentury = validator.validateCccd("087201012345", LocalDate.of(1901, 5, 6));
        assertTrue(wrongCentury.hasProblem("validation.cccd.birthYear"));
        assertTrue(wrongCentury.message(Messages.ENGLISH).contains("\"201\""));
        assertTrue(validator.validateCccd("087201012345", LocalDate.of(2002, 1, 1))
                .hasProblem("validation.cccd.birthYear"));
        assertTrue(validator.validateCccd("087101012345", LocalDate.of(1901, 1, 1)).isValid());
    }

    @Test
    void provinceTableHas63PreMergerCodes() {
        assertEquals(63, CccdProvinceCodes.all().size());
        assertEquals("Đồng Tháp", CccdProvinceCodes.name("087").orElseThrow());
        assertEquals("Tiền Giang", CccdProvinceCodes.name("082").orElseThrow());
        for (String code : CccdProvinceCodes.all().keySet()) {
            assertTrue(code.matches("0[0-9]{2}") && code.compareTo("001") >= 0 && code.compareTo("096") <= 0, code);
        }
        for (String absent : Set.of("000", "003", "999", "097", "088")) {
            assertFalse(CccdProvinceCodes.isKnown(absent), absent);
        }
    }

    // ------------------------------------------------------------------ CMND

    @ParameterizedTest(name = "CMND {0} as of {1}: {2}")
    @CsvSource({
        "123456789,      2024-12-31, ",
        "'341 234 567',  2010-06-01, ",
        "087201012345,   2020-01-01, ",                          // 12-digit CMND shares CCCD structure
        "123456789,      2025-01-01, validation.cmnd.expired",
        "087201012345,   2025-06-01, validation.cmnd.expired",
        "12345678,       2020-01-01, validation.cmnd.length",
        "1234567890,     2020-01-01, validation.cmnd.length",
        "12345678x,      2020-01-01, validation.cmnd.nonDigits",
        "000201012345,   2020-01-01, validation.cccd.province",
    })
    void cmnd(String input, LocalDate asOf, String key) {
        ValidationResult<String> r = validator.validateCmnd(input, asOf);
        if (key == null) {
            assertTrue(r.isValid(), r::toString);
            assertEquals(input.replace(" ", ""), r.orElseThrow());
        } else {
            assertTrue(r.hasProblem(key), r::toString);
        }
    }

    @Test
    void cmndAfter2024TellsToUseCccd() {
        ValidationResult<String> r = validator.validateCmnd("123456789");
        assertTrue(r.hasProblem("validation.cmnd.expired"));
        assertTrue(r.message(Messages.VIETNAMESE).contains("31/12/2024"));
        assertTrue(r.message(Messages.VIETNAMESE).contains("CCCD"));
        assertTrue(r.message(Messages.ENGLISH).contains("01/03/2026"), r.message(Messages.ENGLISH));
        assertTrue(validator.validateCmnd("", LocalDate.of(2020, 1, 1)).hasProblem("validation.cmnd.empty"));
    }
}
