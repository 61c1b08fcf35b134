// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A procedure-specific check of a form field, with the message the desk sees when it fails (Vietnamese
 * and English). Data, not code, so a definition stays printable and comparable. Only the parts that suit
 * the field's type are used: a pattern for text, a range for numbers and money, "not after the day of
 * receipt" for dates.
 *
 * @param pattern     a regular expression the whole text must match, or {@code null}
 * @param min         the smallest number allowed, or {@code null}
 * @param max         the largest number allowed, or {@code null}
 * @param notInFuture whether a date after the day of receipt is refused
 * @param messageVi   the Vietnamese message when the rule fails
 * @param messageEn   the English message
 */
public record FieldRule(String pattern, BigDecimal min, BigDecimal max, boolean notInFuture, String messageVi,
        String messageEn) {

    /** Checks the fields. */
    public FieldRule {
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        if (pattern != null) {
            Pattern.compile(pattern); // fails early on a broken expression
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min > max");
        }
    }

    /** @return a rule: the text must match {@code regex} */
    public static FieldRule pattern(String regex, String messageVi, String messageEn) {
        return new FieldRule(Objects.requireNonNull(regex, "regex"), null, null, false, messageVi, messageEn);
    }

    /** @return a rule: the number must lie in [min, max] ({@code null} for no bound) */
    public static FieldRule range(Number min, Number max, String messageVi, String messageEn) {
        return new FieldRule(null, decimal(min), decimal(max), false, messageVi, messageEn);
    }

    /** @return a rule: the date may not be after the day of receipt */
    public static FieldRule notInFuture(String messageVi, String messageEn) {
        return new FieldRule(null, null, null, true, messageVi, messageEn);
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }
}
