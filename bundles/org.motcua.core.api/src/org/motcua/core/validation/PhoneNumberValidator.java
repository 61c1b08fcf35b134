// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates and normalises Vietnamese telephone numbers to the national form {@code 0XXXXXXXXX}.
 *
 * <h2>Accepted input</h2>
 * Spaces, dots, dashes and parentheses are ignored. The international forms {@code +84…},
 * {@code 0084…} and {@code 84…} are converted to {@code 0…} (a stray trunk zero after the country
 * code, as in {@code +84 0912…}, is dropped). Numbers of other countries are refused.
 *
 * <h2>Mobile</h2>
 * Ten digits with a three-digit network prefix from {@link #mobilePrefixes()}: after the 2018
 * conversion of 15/9/2018 (Bộ TT&amp;TT; decision number not verified here) and the current allocation: Viettel
 * 032–039, 086, 096–098; VinaPhone 081–085, 088, 091, 094; MobiFone 070, 076–079, 089, 090, 093;
 * Vietnamobile 052, 056, 058, 092; Gmobile 059, 099; Reddi/Wintel 055; Itelecom 087; 095 (former
 * S-Fone range) is kept as accepted. This table is maintained data: check it against the current
 * numbering plan when networks change.
 *
 * <h2>Old 11-digit mobile numbers</h2>
 * {@code 01xx} numbers stopped working after the 2018 conversion. They are refused, with the
 * converted 10-digit number in the message (see {@link #legacyPrefixMap()} and one-stop-rules §4).
 *
 * <h2>Landlines</h2>
 * {@code 02} + area code (three-digit codes since the 2017 conversion, e.g. 0277 Đồng Tháp,
 * 0273 Tiền Giang, 024 Hà Nội, 028 TP HCM) + subscriber number: 10 or 11 digits in all.
 */
public final class PhoneNumberValidator {

    private static final Set<String> MOBILE_PREFIXES;
    private static final Map<String, String> LEGACY_PREFIXES;

    static {
        Set<String> s = new TreeSet<>();
        for (int i = 32; i <= 39; i++) {
            s.add("0" + i);
        }
        s.addAll(Set.of("052", "055", "056", "058", "059", "070", "076", "077", "078", "079"));
        for (int i = 81; i <= 99; i++) {
            s.add("0" + i);
        }
        MOBILE_PREFIXES = Collections.unmodifiableSet(s);

        Map<String, String> m = new LinkedHashMap<>();
        m.put("0120", "070");
        m.put("0121", "079");
        m.put("0122", "077");
        m.put("0126", "076");
        m.put("0128", "078");
        m.put("0123", "083");
        m.put("0124", "084");
        m.put("0125", "085");
        m.put("0127", "081");
        m.put("0129", "082");
        for (int i = 2; i <= 9; i++) {
            m.put("016" + i, "03" + i);
        }
        m.put("0186", "056");
        m.put("0188", "058");
        m.put("0199", "059");
        LEGACY_PREFIXES = Collections.unmodifiableMap(m);
    }

    private PhoneNumberValidator() {
    }

    /**
     * Validates a telephone number.
     *
     * @param input the number as typed
     * @return the normalised {@code 0…} number, or the problems
     */
    public static ValidationResult<String> validate(String input) {
        if (input == null || input.isBlank()) {
            return ValidationResult.invalid("validation.phone.empty");
        }
        String compact = input.strip().replaceAll("[\\s.\\-()]", "");
        if (!compact.matches("\\+?[0-9]+")) {
            return ValidationResult.invalid("validation.phone.characters", input.strip());
        }
        String national = toNational(compact);
        if (national == null) {
            return ValidationResult.invalid("validation.phone.foreign", input.strip());
        }
        if (!national.startsWith("0")) {
            return ValidationResult.invalid("validation.phone.leadingZero", national);
        }
        Optional<String> legacy = convertLegacy(national);
        if (legacy.isPresent()) {
            return ValidationResult.invalid("validation.phone.legacy", national, legacy.get());
        }
        if (national.startsWith("02")) {
            return national.length() == 10 || national.length() == 11
                    ? ValidationResult.valid(national)
                    : ValidationResult.invalid("validation.phone.landlineLength", String.valueOf(national.length()));
        }
        if (national.length() != 10) {
            return ValidationResult.invalid("validation.phone.length", String.valueOf(national.length()));
        }
        String prefix = national.substring(0, 3);
        return MOBILE_PREFIXES.contains(prefix)
                ? ValidationResult.valid(national)
                : ValidationResult.invalid("validation.phone.prefix", prefix);
    }

    /**
     * Classifies a normalised number.
     *
     * @param national a number in {@code 0…} form as returned by {@link #validate}
     * @return the kind, empty if it is neither a valid mobile nor a landline number
     */
    public static Optional<PhoneKind> kindOf(String national) {
        if (national == null || !national.matches("0[0-9]{9,10}")) {
            return Optional.empty();
        }
        if (national.startsWith("02")) {
            return Optional.of(PhoneKind.LANDLINE);
        }
        return national.length() == 10 && MOBILE_PREFIXES.contains(national.substring(0, 3))
                ? Optional.of(PhoneKind.MOBILE) : Optional.empty();
    }

    /**
     * Converts an old 11-digit {@code 01xx} mobile number to its 10-digit form.
     *
     * @param input the number, in any accepted notation
     * @return the converted number, empty if the input is not an old mobile number
     */
    public static Optional<String> convertLegacy(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String national = toNational(input.strip().replaceAll("[\\s.\\-()]", ""));
        if (national == null || !national.matches("01[0-9]{9}")) {
            return Optional.empty();
        }
        String newPrefix = LEGACY_PREFIXES.get(national.substring(0, 4));
        return newPrefix == null ? Optional.empty() : Optional.of(newPrefix + national.substring(4));
    }

    /**
     * Returns the accepted three-digit mobile prefixes.
     *
     * @return the unmodifiable, sorted set
     */
    public static Set<String> mobilePrefixes() {
        return MOBILE_PREFIXES;
    }

    /**
     * Returns the 2018 conversion table, old four-digit prefix → new three-digit prefix.
     *
     * @return the unmodifiable map
     */
    public static Map<String, String> legacyPrefixMap() {
        return LEGACY_PREFIXES;
    }

    /** Returns the national form, or {@code null} for a foreign number. */
    private static String toNational(String compact) {
        String rest;
        if (compact.startsWith("+")) {
            if (!compact.startsWith("+84")) {
                return null;
            }
            rest = compact.substring(3);
        } else if (compact.startsWith("0084")) {
            rest = compact.substring(4);
        } else if (compact.startsWith("00")) {
            return null;
        } else if (compact.startsWith("84") && compact.length() >= 11) {
            rest = compact.substring(2);
        } else {
            return compact;
        }
        return rest.startsWith("0") ? rest : "0" + rest;
    }
}
