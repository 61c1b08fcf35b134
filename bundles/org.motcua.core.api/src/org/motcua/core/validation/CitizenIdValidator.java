// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates Vietnamese identity numbers: the 12-digit CCCD / personal identification number and the
 * old CMND. Thread-safe; the clock only supplies "today" for plausibility checks and the CMND cut-off.
 *
 * <h2>CCCD (12 digits)</h2>
 * Digits 1–3: province of birth registration ({@link CccdProvinceCodes}); digit 4: century and sex
 * (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s: centuries 20 to 24 as
 * TT 07/2016/TT-BCA Art. 7 lists them; unverified against the primary text); digits 5–6: last two
 * digits of the birth year; digits 7–12: random. There is <b>no checksum</b>, so none is checked.
 * A century digit whose birth year lies after the current year is refused.
 *
 * <h2>CMND</h2>
 * 9 digits; the 12-digit CMND issued from 2012 (TT 57/2013/TT-BCA) shares the CCCD structure and its
 * number carried over to the CCCD, so a 12-digit CMND is accepted if it passes the CCCD structural
 * check. A CMND is valid as an identity document only up to 31/12/2024 (Luật Căn cước 2023,
 * Art. 46.2): records dated up to then are accepted, later ones are refused with a hint to use CCCD.
 */
public final class CitizenIdValidator {

    /** The last day a CMND is valid as an identity document. */
    public static final LocalDate CMND_LAST_VALID_DAY = LocalDate.of(2024, 12, 31);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    /** Creates a validator using the system clock in Asia/Ho_Chi_Minh. */
    public CitizenIdValidator() {
        this(Clock.system(VIETNAM));
    }

    /**
     * Creates a validator with an explicit clock (tests, replays).
     *
     * @param clock the clock giving "today"
     */
    public CitizenIdValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates a CCCD number. Whitespace inside the number is ignored.
     *
     * @param number the input
     * @return the decoded {@link CccdInfo}, or the problems
     */
    public ValidationResult<CccdInfo> validateCccd(String number) {
        return validateCccd(number, null);
    }

    /**
     * Validates a CCCD number and, when a birth date is supplied, checks that digits 4–6 (century
     * and year) agree with it.
     *
     * @param number    the input
     * @param birthDate the holder's birth date, or {@code null} to skip that check
     * @return the decoded {@link CccdInfo}, or the problems
     */
    public ValidationResult<CccdInfo> validateCccd(String number, LocalDate birthDate) {
        String digits = strip(number);
        List<ValidationProblem> problems = new ArrayList<>();
        if (digits.isEmpty()) {
            return ValidationResult.invalid("validation.cccd.empty");
        }
        checkDigitsAndLength(digits, 12, "validation.cccd", problems);
        if (!problems.isEmpty()) {
            return ValidationResult.invalid(problems);
        }
        String province = digits.substring(0, 3);
        if (!CccdProvinceCodes.isKnown(province)) {
            problems.add(ValidationProblem.of("validation.cccd.province", province));
        }
        int centuryDigit = digits.charAt(3) - '0';
        int birthYear = 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
        int thisYear = LocalDate.now(clock).getYear();
        if (birthYear > thisYear) {
            problems.add(ValidationProblem.of("validation.cccd.century", String.valueOf(centuryDigit),
                    String.valueOf(birthYear), String.valueOf(thisYear)));
        }
        if (birthDate != null && birthDate.getYear() != birthYear) {
            problems.add(ValidationProblem.of("validation.cccd.birthYear", digits.substring(3, 6),
                    String.valueOf(birthYear), String.valueOf(birthDate.getYear())));
        }
        if (!problems.isEmpty()) {
            return ValidationResult.invalid(problems);
        }
        Sex sex = centuryDigit % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        return ValidationResult.valid(new CccdInfo(digits, province,
                CccdProvinceCodes.name(province).orElseThrow(), sex, birthYear));
    }

    /**
     * Validates a CMND number for a record dated today.
     *
     * @param number the input
     * @return the digits, or the problems
     */
    public ValidationResult<String> validateCmnd(String number) {
        return validateCmnd(number, LocalDate.now(clock));
    }

    /**
     * Validates a CMND number for a record dated {@code asOf}: historic records (up to 31/12/2024)
     * are accepted; later ones are refused with a message to use the CCCD.
     *
     * @param number the input, 9 digits (or a 12-digit CMND)
     * @param asOf   the date of the record or transaction
     * @return the digits, or the problems
     */
    public ValidationResult<String> validateCmnd(String number, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        String digits = strip(number);
        if (digits.isEmpty()) {
            return ValidationResult.invalid("validation.cmnd.empty");
        }
        List<ValidationProblem> problems = new ArrayList<>();
        if (digits.length() == 12) {
            ValidationResult<CccdInfo> asCccd = validateCccd(digits);
            problems.addAll(asCccd.problems());
        } else {
            checkDigitsAndLength(digits, 9, "validation.cmnd", problems);
        }
        if (asOf.isAfter(CMND_LAST_VALID_DAY)) {
            problems.add(ValidationProblem.of("validation.cmnd.expired",
                    VietnameseDateParser.format(CMND_LAST_VALID_DAY), VietnameseDateParser.format(asOf)));
        }
        return problems.isEmpty() ? ValidationResult.valid(digits) : ValidationResult.invalid(problems);
    }

    private static void checkDigitsAndLength(String digits, int length, String prefix,
            List<ValidationProblem> problems) {
        StringBuilder bad = new StringBuilder();
        digits.codePoints().filter(c -> c < '0' || c > '9').distinct().forEach(bad::appendCodePoint);
        if (!bad.isEmpty()) {
            problems.add(ValidationProblem.of(prefix + ".nonDigits", bad.toString()));
        }
        int count = digits.codePointCount(0, digits.length());
        if (count != length) {
            problems.add(ValidationProblem.of(prefix + ".length", String.valueOf(count)));
        }
    }

    private static String strip(String input) {
        return input == null ? "" : input.replaceAll("\\s+", "");
    }
}
