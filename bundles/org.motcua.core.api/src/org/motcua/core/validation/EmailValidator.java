// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A simple, practical e-mail address check: one {@code @}; a local part of letters, digits and
 * {@code . _ % + -} without leading, trailing or doubled dots (at most 64 characters); a domain of
 * at least two dot-separated labels of letters, digits and inner hyphens, ending in an alphabetic
 * top-level domain of two or more letters; at most 254 characters. Internationalised (Unicode)
 * addresses and quoted local parts are refused. Surrounding whitespace is trimmed and the domain is
 * lower-cased in the normalised value.
 */
public final class EmailValidator {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_%+\\-]+(\\.[A-Za-z0-9_%+\\-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailValidator() {
    }

    /**
     * Validates an e-mail address.
     *
     * @param input the address as typed
     * @return the normalised address, or the problems
     */
    public static ValidationResult<String> validate(String input) {
        if (input == null || input.isBlank()) {
            return ValidationResult.invalid("validation.email.empty");
        }
        String s = input.strip();
        if (s.length() > 254) {
            return ValidationResult.invalid("validation.email.tooLong", String.valueOf(s.length()));
        }
        int at = s.indexOf('@');
        if (at < 0 || at != s.lastIndexOf('@')) {
            return ValidationResult.invalid("validation.email.at", s);
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.isEmpty() || local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return ValidationResult.invalid("validation.email.local", local);
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return ValidationResult.invalid("validation.email.domain", domain);
        }
        return ValidationResult.valid(local + "@" + domain.toLowerCase(Locale.ROOT));
    }
}
