// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * An office's calendar settings from a day on. A dossier's due dates use the settings in force on its day of
 * receipt, so a change never moves an appointment already given.
 *
 * @param effectiveFrom     the first day they apply, or {@code null} for the settings the office was created with
 * @param workingPeriods    e.g. {@code 07:00-11:30,13:30-17:00}
 * @param cutOff            the receipt cut-off (a dossier received after it starts its clock the next working
 *                          morning), or {@code null} for the closing time
 * @param cutOffBasis       the decision the cut-off comes from, as the administrator wrote it, or {@code null}
 * @param acceptanceSlaDays working days the office has to accept or return an inter-level dossier
 * @param recordedBy        who entered them ({@code null} for the office's creation)
 * @param recordedAt        when ({@code null} for the office's creation)
 */
public record OfficeSettings(LocalDate effectiveFrom, String workingPeriods, LocalTime cutOff, String cutOffBasis,
        BigDecimal acceptanceSlaDays, String recordedBy, LocalDateTime recordedAt) {
}
