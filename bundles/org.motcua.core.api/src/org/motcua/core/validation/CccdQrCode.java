// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The text of the QR code on a chip-based citizen identity card (CCCD, issued from 2021) and on the identity card
 * (thẻ căn cước, issued from 1 July 2024 under the Identification Law 2023), as a desk scanner types it: fields
 * separated by {@code |}
 *
 * <pre>
 * personal identification number (12 digits) | old CMND number (9 digits, or empty) | full name |
 * date of birth (ddMMyyyy) | sex (Nam / Nữ) | place of residence | date of issue (ddMMyyyy) [| further fields]
 * </pre>
 *
 * Further fields, which some cards carry, are ignored. A scanner in keyboard mode on Linux often drops the
 * Vietnamese letters ({@link #nameLostDiacritics()} tells the desk to check the name).
 *
 * @param number      the personal identification number
 * @param oldIdNumber the old 9-digit CMND number, or {@code null}
 * @param name        the full name as printed
 * @param birthDate   the date of birth
 * @param sex         the sex
 * @param address     the place of residence
 * @param issuedOn    the date of issue
 */
public record CccdQrCode(String number, String oldIdNumber, String name, LocalDate birthDate, Sex sex, String address,
        LocalDate issuedOn) {

    private static final Pattern START = Pattern.compile("^\\s*\\d{12}\\|.*", Pattern.DOTALL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** @return whether {@code text} begins as a card's QR text does (12 digits and a bar), so it is one to parse */
    public static boolean looksLikeQr(String text) {
        return text != null && START.matcher(text).matches();
    }

    /**
     * Reads a card's QR text.
     *
     * @return the card's fields, or the problem ({@code validation.cccdQr.*}) when the text is not a whole card's
     */
    public static ValidationResult<CccdQrCode> parse(String text) {
        if (!looksLikeQr(text)) {
            return ValidationResult.invalid("validation.cccdQr.notQr");
        }
        String[] f = text.strip().split("\\|", -1);
        if (f.length < 7) {
            return ValidationResult.invalid("validation.cccdQr.fields", f.length);
        }
        String oldId = f[1].strip();
        if (!oldId.isEmpty() && !oldId.matches("\\d{9}")) {
            return ValidationResult.invalid("validation.cccdQr.oldId", oldId);
        }
        String name = f[2].strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return ValidationResult.invalid("validation.cccdQr.noName");
        }
        LocalDate birth;
        LocalDate issued;
        try {
            birth = LocalDate.parse(f[3].strip(), DAY);
            issued = LocalDate.parse(f[6].strip(), DAY);
        } catch (DateTimeParseException e) {
            return ValidationResult.invalid("validation.cccdQr.date", e.getParsedString());
        }
        Sex sex = switch (f[4].strip().toLowerCase(java.util.Locale.ROOT)) {
            case "nam" -> Sex.MALE;
            case "nữ", "nu" -> Sex.FEMALE; // "Nu": the keyboard-mode scanner lost the letter ữ
            default -> null;
        };
        if (sex == null) {
            return ValidationResult.invalid("validation.cccdQr.sex", f[4].strip());
        }
        return ValidationResult.valid(new CccdQrCode(f[0].strip(), oldId.isEmpty() ? null : oldId, name, birth, sex,
                f[5].strip().replaceAll("\\s+", " "), issued));
    }

    /**
     * @return whether the name holds only unaccented letters: a Vietnamese name almost always has a diacritic, so the
     *         scanner probably dropped them (keyboard mode) and the desk must check it against the card
     */
    public boolean nameLostDiacritics() {
        return name.chars().allMatch(c -> c < 128);
    }
}
