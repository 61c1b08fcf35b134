// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.motcua.core.i18n.Messages;

class PhoneNumberValidatorTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "0912345678,            0912345678, MOBILE",
        "'+84 912 345 678',     0912345678, MOBILE",
        "84912345678,           0912345678, MOBILE",
        "0084912345678,         0912345678, MOBILE",
        "'+84 (0) 912.345.678', 0912345678, MOBILE",
        "091-234-5678,          0912345678, MOBILE",
        "'  0987 654 321 ',     0987654321, MOBILE",
        "0321234567,            0321234567, MOBILE",
        "0391234567,            0391234567, MOBILE",
        "0521234567,            0521234567, MOBILE",
        "0551234567,            0551234567, MOBILE",
        "0561234567,            0561234567, MOBILE",
        "0581234567,            0581234567, MOBILE",
        "0591234567,            0591234567, MOBILE",
        "0701234567,            0701234567, MOBILE",
        "0761234567,            0761234567, MOBILE",
        "0791234567,            0791234567, MOBILE",
        "0811234567,            0811234567, MOBILE",
        "0861234567,            0861234567, MOBILE",
        "0871234567,            0871234567, MOBILE",
        "0891234567,            0891234567, MOBILE",
        "0901234567,            0901234567, MOBILE",
        "0991234567,            0991234567, MOBILE",
        "0277 3851 234,         02773851234, LANDLINE",  // Đồng Tháp
        "(0273) 3872 123,       02733872123, LANDLINE",  // Tiền Giang
        "024 3825 1234,         02438251234, LANDLINE",  // Hà Nội
        "+84 28 3829 1234,      02838291234, LANDLINE",  // TP HCM
        "0277385123,            0277385123, LANDLINE",
    })
    void valid(String input, String expected, PhoneKind kind) {
        ValidationResult<String> r = PhoneNumberValidator.validate(input);
        assertTrue(r.isValid(), r::toString);
        assertEquals(expected, r.orElseThrow());
        assertEquals(Optional.of(kind), PhoneNumberValidator.kindOf(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0311234567,        validation.phone.prefix",
        "0501234567,        validation.phone.prefix",
        "0531234567,        validation.phone.prefix",
        "0601234567,        validation.phone.prefix",
        "0711234567,        validation.phone.prefix",
        "0801234567,        validation.phone.prefix",
        "0412345678,        validation.phone.prefix",
        "091234567,         validation.phone.length",
        "09123456789,       validation.phone.length",
        "01691234567,       validation.phone.legacy",
        "'+84 169 123 4567', validation.phone.legacy",
        "01201234567,       validation.phone.legacy",
        "abc,               validation.phone.characters",
        "0912#345678,       validation.phone.characters",
        "'+1 202 555 0100', validation.phone.foreign",
        "0044207946000,     validation.phone.foreign",
        "912345678,         validation.phone.leadingZero",
        "0277385,           validation.phone.landlineLength",
        "027738512345,      validation.phone.landlineLength",
    })
    void invalid(String input, String key) {
        ValidationResult<String> r = PhoneNumberValidator.validate(input);
        assertFalse(r.isValid());
        assertTrue(r.hasProblem(key), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void empty(String input) {
        assertTrue(PhoneNumberValidator.validate(input).hasProblem("validation.phone.empty"));
        assertTrue(PhoneNumberValidator.validate(null).hasProblem("validation.phone.empty"));
    }

    /** The full 2018 conversion table (one-stop-rules.md §4). */
    @ParameterizedTest(name = "{0}xxxxxxx -> {1}xxxxxxx")
    @CsvSource({
        "0120, 070", "0121, 079", "0122, 077", "0126, 076", "0128, 078",
        "0123, 083", "0124, 084", "0125, 085", "0127, 081", "0129, 082",
        "0162, 032", "0163, 033", "0164, 034", "0165, 035", "0166, 036", "0167, 037", "0168, 038", "0169, 039",
        "0186, 056", "0188, 058", "0199, 059",
    })
    void legacyConversion(String oldPrefix, String newPrefix) {
        String old = oldPrefix + "1234567";
        assertEquals(Optional.of(newPrefix + "1234567"), PhoneNumberValidator.convertLegacy(old));
        assertEquals(newPrefix, PhoneNumberValidator.legacyPrefixMap().get(oldPrefix));
        assertTrue(PhoneNumberValidator.mobilePrefixes().contains(newPrefix), newPrefix);
        ValidationResult<String> r = PhoneNumberValidator.validate(old);
        assertTrue(r.hasProblem("validation.phone.legacy"));
        assertEquals(newPrefix + "1234567", r.problems().get(0).args().get(1));
    }

    @Test
    void legacyTableIsComplete() {
        assertEquals(21, PhoneNumberValidator.legacyPrefixMap().size());
    }

    @Test
    void legacyMessageGivesTheNewNumber() {
        ValidationResult<String> r = PhoneNumberValidator.validate("0169 123 4567");
        assertEquals("Số di động 11 số 01691234567 đã được chuyển sang 10 số từ năm 2018; hãy nhập 0391234567.",
                r.message(Messages.VIETNAMESE));
        assertTrue(r.message(Messages.ENGLISH).contains("enter 0391234567"));
        assertEquals(Optional.of("0391234567"), PhoneNumberValidator.convertLegacy("+84 169 123 4567"));
    }

    @Test
    void convertLegacyIgnoresOtherNumbers() {
        assertEquals(Optional.empty(), PhoneNumberValidator.convertLegacy("0912345678"));
        assertEquals(Optional.empty(), PhoneNumberValidator.convertLegacy("01301234567"));
        assertEquals(Optional.empty(), PhoneNumberValidator.convertLegacy(null));
    }

    @Test
    void kindOfRejectsJunk() {
        assertEquals(Optional.empty(), PhoneNumberValidator.kindOf("0311234567"));
        assertEquals(Optional.empty(), PhoneNumberValidator.kindOf("+84912345678"));
        assertEquals(Optional.empty(), PhoneNumberValidator.kindOf(null));
        assertEquals(Optional.empty(), PhoneNumberValidator.kindOf("09123456789"));
    }

    @Test
    void prefixTableMatchesTheNumberingPlan() {
        for (String p : new String[] {"032", "033", "034", "035", "036", "037", "038", "039", "052", "055", "056",
                "058", "059", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087",
                "088", "089", "090", "091", "092", "093", "094", "095", "096", "097", "098", "099"}) {
            assertTrue(PhoneNumberValidator.mobilePrefixes().contains(p), p);
        }
        assertEquals(37, PhoneNumberValidator.mobilePrefixes().size());
    }
}
