// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.numbering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Formats and parses dossier codes (mã hồ sơ) {@code <agency code>-YYMMDD-<sequence>}.
 * Immutable and thread-safe. Pure: the concurrency-safe daily counter lives in the persistence layer.
 *
 * <h2>Variants, chosen by the receipt date</h2>
 * <ul>
 * <li>Before {@link #centralizedFrom()} (default 25/01/2026, TT 04/2025/TT-VPCP):
 * {@link DossierCodeVariant#DAILY} {@code <agency>-YYMMDD-NNNN}, the daily sequence written with
 * {@link #dailyDigits()} digits (at least 4; default 4).</li>
 * <li>From that date: {@link DossierCodeVariant#CENTRALIZED} {@code <agency>-YYMMDD-AANNNN}, where
 * {@code AA} is a two-digit system/office prefix (default {@code "00"}) and {@code NNNN} four
 * digits.</li>
 * </ul>
 * A sequence that does not fit its digits is refused ({@code numbering.sequence.overflow}); it is
 * never widened silently. The receipt year must be 2000–2099 so that {@code YY} is unambiguous.
 * <p>
 * Parsing splits at the last two hyphens, so agency codes may themselves contain hyphens. It is
 * lenient about old data: before the effective date any sequence of 4 to 9 digits is
 * {@code DAILY}; from the effective date exactly 6 digits is {@code CENTRALIZED} and 4, 5, 7, 8 or 9
 * digits is {@code DAILY} (non-centralized systems keep the old shape).
 */
public final class DossierCodeFormat {

    /** Default effective date of the centralized variant. */
    public static final LocalDate DEFAULT_CENTRALIZED_FROM = LocalDate.of(2026, 1, 25);
    /** Default {@code AA} prefix. */
    public static final String DEFAULT_SYSTEM_PREFIX = "00";
    /** Minimum (and default) width of the daily sequence. */
    public static final int MIN_DAILY_DIGITS = 4;
    /** Width of the sequence after {@code AA} in the centralized variant. */
    public static final int CENTRALIZED_DIGITS = 4;

    private static final int MAX_DIGITS = 9;
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{6}");
    private static final Pattern SEQUENCE = Pattern.compile("[0-9]{4,9}");

    private final LocalDate centralizedFrom;
    private final String systemPrefix;
    private final int dailyDigits;

    /** Creates the default format: effective 25/01/2026, prefix {@code "00"}, 4 daily digits. */
    public DossierCodeFormat() {
        this(DEFAULT_CENTRALIZED_FROM, DEFAULT_SYSTEM_PREFIX, MIN_DAILY_DIGITS);
    }

    /**
     * Creates a configured format.
     *
     * @param centralizedFrom the first receipt date using the centralized variant
     * @param systemPrefix    the two-digit {@code AA} prefix
     * @param dailyDigits     the width of the daily sequence, 4 to 9
     */
    public DossierCodeFormat(LocalDate centralizedFrom, String systemPrefix, int dailyDigits) {
        this.centralizedFrom = Objects.requireNonNull(centralizedFrom, "centralizedFrom");
        this.systemPrefix = checkPrefix(systemPrefix);
        if (dailyDigits < MIN_DAILY_DIGITS || dailyDigits > MAX_DIGITS) {
            throw new IllegalArgumentException("Daily sequence digits must be 4 to 9: " + dailyDigits);
        }
        this.dailyDigits = dailyDigits;
    }

    /**
     * Returns the effective date of the centralized variant.
     *
     * @return the date
     */
    public LocalDate centralizedFrom() {
        return centralizedFrom;
    }

    /**
     * Returns the default {@code AA} prefix.
     *
     * @return two digits
     */
    public String systemPrefix() {
        return systemPrefix;
    }

    /**
     * Returns the width of the daily sequence.
     *
     * @return 4 to 9
     */
    public int dailyDigits() {
        return dailyDigits;
    }

    /**
     * Returns the variant used for a receipt date.
     *
     * @param receivedDate the receipt date
     * @return {@code CENTRALIZED} from {@link #centralizedFrom()}, else {@code DAILY}
     */
    public DossierCodeVariant variantFor(LocalDate receivedDate) {
        return receivedDate.isBefore(centralizedFrom) ? DossierCodeVariant.DAILY : DossierCodeVariant.CENTRALIZED;
    }

    /**
     * Returns the largest sequence number that fits on a receipt date.
     *
     * @param receivedDate the receipt date
     * @return 9999 with the defaults
     */
    public int maxSequence(LocalDate receivedDate) {
        int digits = variantFor(receivedDate) == DossierCodeVariant.DAILY ? dailyDigits : CENTRALIZED_DIGITS;
        return (int) Math.pow(10, digits) - 1;
    }

    /**
     * Formats a code with the configured {@code AA} prefix.
     *
     * @param agencyCode   the agency code
     * @param receivedDate the receipt date
     * @param sequence     the daily sequence, from 1
     * @return the code
     * @throws DossierCodeException on a bad agency code, a date outside 2000–2099 or a sequence overflow
     */
    public String format(String agencyCode, LocalDate receivedDate, int sequence) {
        return format(agencyCode, receivedDate, sequence, systemPrefix);
    }

    /**
     * Formats a code with an explicit {@code AA} prefix (ignored for the daily variant).
     *
     * @param agencyCode   the agency code
     * @param receivedDate the receipt date
     * @param sequence     the daily sequence, from 1
     * @param prefix       the two-digit {@code AA} prefix
     * @return the code
     * @throws DossierCodeException on bad input or a sequence overflow
     */
    public String format(String agencyCode, LocalDate receivedDate, int sequence, String prefix) {
        return toParts(agencyCode, receivedDate, sequence, prefix).toCode();
    }

    /**
     * Builds the parts of a code (the same checks as {@link #format}).
     *
     * @param agencyCode   the agency code
     * @param receivedDate the receipt date
     * @param sequence     the daily sequence, from 1
     * @param prefix       the two-digit {@code AA} prefix
     * @return the parts
     */
    public DossierCode toParts(String agencyCode, LocalDate receivedDate, int sequence, String prefix) {
        if (agencyCode == null || !AGENCY.matcher(agencyCode).matches()) {
            throw new DossierCodeException("numbering.agency.invalid", String.valueOf(agencyCode));
        }
        Objects.requireNonNull(receivedDate, "receivedDate");
        if (receivedDate.getYear() < 2000 || receivedDate.getYear() > 2099) {
            throw new DossierCodeException("numbering.date.range", receivedDate.toString());
        }
        if (sequence < 1) {
            throw new DossierCodeException("numbering.sequence.notPositive", String.valueOf(sequence));
        }
        int max = maxSequence(receivedDate);
        if (sequence > max) {
            throw new DossierCodeException("numbering.sequence.overflow", String.valueOf(sequence),
                    String.valueOf(max), agencyCode, receivedDate.toString());
        }
        DossierCodeVariant variant = variantFor(receivedDate);
        return variant == DossierCodeVariant.DAILY
                ? new DossierCode(agencyCode, receivedDate, "", sequence, dailyDigits, variant)
                : new DossierCode(agencyCode, receivedDate, checkPrefix(prefix), sequence, CENTRALIZED_DIGITS, variant);
    }

    /**
     * Parses a code back into its parts.
     *
     * @param code the code, e.g. {@code H56.14-240823-0001}
     * @return the parts
     * @throws DossierCodeException if the text is not a dossier code
     */
    public DossierCode parse(String code) {
        String s = code == null ? "" : code.strip();
        int second = s.lastIndexOf('-');
        int first = second <= 0 ? -1 : s.lastIndexOf('-', second - 1);
        if (first <= 0) {
            throw new DossierCodeException("numbering.parse.format", s);
        }
        String agency = s.substring(0, first);
        String datePart = s.substring(first + 1, second);
        String seqPart = s.substring(second + 1);
        if (!AGENCY.matcher(agency).matches() || !DATE.matcher(datePart).matches()
                || !SEQUENCE.matcher(seqPart).matches()) {
            throw new DossierCodeException("numbering.parse.format", s);
        }
        LocalDate date;
        try {
            date = LocalDate.of(2000 + Integer.parseInt(datePart.substring(0, 2)),
                    Integer.parseInt(datePart.substring(2, 4)), Integer.parseInt(datePart.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new DossierCodeException("numbering.parse.date", datePart, s);
        }
        if (variantFor(date) == DossierCodeVariant.CENTRALIZED && seqPart.length() == 6) {
            int sequence = Integer.parseInt(seqPart.substring(2));
            if (sequence < 1) {
                throw new DossierCodeException("numbering.sequence.notPositive", seqPart);
            }
            return new DossierCode(agency, date, seqPart.substring(0, 2), sequence, CENTRALIZED_DIGITS,
                    DossierCodeVariant.CENTRALIZED);
        }
        int sequence = Integer.parseInt(seqPart);
        if (sequence < 1) {
            throw new DossierCodeException("numbering.sequence.notPositive", seqPart);
        }
        return new DossierCode(agency, date, "", sequence, seqPart.length(), DossierCodeVariant.DAILY);
    }

    private static String checkPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new DossierCodeException("numbering.prefix.invalid", String.valueOf(prefix));
        }
        return prefix;
    }
}
