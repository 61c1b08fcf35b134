// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.core.i18n.Messages;

class EmailValidatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nguyen.van.a@dongthap.gov.vn, nguyen.van.a@dongthap.gov.vn",
        "'  Test+tag@Gmail.COM ',      Test+tag@gmail.com",
        "x_y-z@sub.domain.com.vn,      x_y-z@sub.domain.com.vn",
        "a@b.vn,                       a@b.vn",
        "motcua.thapmuoi@vnpost.vn,    motcua.thapmuoi@vnpost.vn",
        "so-1@my-domain.org,           so-1@my-domain.org",
    })
    void valid(String input, String expected) {
        ValidationResult<String> r = EmailValidator.validate(input);
        assertTrue(r.isValid(), r::toString);
        assertEquals(expected, r.orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "abc,                validation.email.at",
        "a@@b.vn,            validation.email.at",
        "a@b@c.vn,           validation.email.at",
        "@b.vn,              validation.email.local",
        ".a@b.vn,            validation.email.local",
        "a.@b.vn,            validation.email.local",
        "a..b@c.vn,          validation.email.local",
        "nguyễn@gmail.com,   validation.email.local",
        "a b@c.vn,           validation.email.local",
        "a@b,                validation.email.domain",
        "a@,                 validation.email.domain",
        "a@-b.vn,            validation.email.domain",
        "a@b-.vn,            validation.email.domain",
        "a@b.v,              validation.email.domain",
        "a@b..vn,            validation.email.domain",
        "a@b.123,            validation.email.domain",
        "a@.b.vn,            validation.email.domain",
        "a@đồngtháp.vn,      validation.email.domain",
    })
    void invalid(String input, String key) {
        ValidationResult<String> r = EmailValidator.validate(input);
        assertTrue(r.hasProblem(key), r::toString);
    }

    @Test
    void emptyAndTooLong() {
        assertTrue(EmailValidator.validate(null).hasProblem("validation.email.empty"));
        assertTrue(EmailValidator.validate(" ").hasProblem("validation.email.empty"));
        String longAddress = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".vn";
        assertTrue(EmailValidator.validate(longAddress).hasProblem("validation.email.tooLong"));
        assertTrue(EmailValidator.validate("a".repeat(65) + "@b.vn").hasProblem("validation.email.local"));
    }

    @Test
    void messageNamesTheBadPart() {
        assertEquals("Tên miền “b” không hợp lệ, ví dụ đúng: gmail.com, dongthap.gov.vn.",
                EmailValidator.validate("a@b").message(Messages.VIETNAMESE));
        assertTrue(EmailValidator.validate("a@b").message(Messages.ENGLISH).contains("The domain \"b\" is invalid"));
    }
}
