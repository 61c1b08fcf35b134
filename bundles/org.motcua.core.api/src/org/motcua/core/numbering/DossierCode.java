// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.numbering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The parts of a dossier code.
 *
 * @param agencyCode   the agency electronic ID or short prefix, e.g. {@code 000.00.00.H20}, {@code H56.14}
 * @param receivedDate the receipt date encoded as {@code YYMMDD}
 * @param systemPrefix the two-digit {@code AA} prefix of a {@link DossierCodeVariant#CENTRALIZED} code,
 *                     empty for a {@link DossierCodeVariant#DAILY} code
 * @param sequence     the daily sequence number, from 1
 * @param digits       the number of digits the sequence is written with (excluding {@code AA})
 * @param variant      the variant
 */
public record DossierCode(String agencyCode, LocalDate receivedDate, String systemPrefix, int sequence, int digits,
        DossierCodeVariant variant) {

    /** Checks that the parts are present. */
    public DossierCode {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(variant, "variant");
        systemPrefix = systemPrefix == null ? "" : systemPrefix;
    }

    /**
     * Writes the code back as text.
     *
     * @return e.g. {@code H56.14-240823-0001} or {@code 000.00.00.H20-260126-000001}
     */
    public String toCode() {
        return agencyCode + '-' + String.format("%02d%02d%02d", receivedDate.getYear() % 100,
                receivedDate.getMonthValue(), receivedDate.getDayOfMonth()) + '-' + systemPrefix
                + String.format("%0" + digits + "d", sequence);
    }

    @Override
    public String toString() {
        return toCode();
    }
}
