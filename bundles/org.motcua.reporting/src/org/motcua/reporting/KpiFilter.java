// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The scope of a KPI question.
 *
 * @param officeId      the receiving office, or 0 for every office in the database
 * @param from          first day of the period (inclusive)
 * @param to            last day of the period (inclusive)
 * @param now           the moment clock-dependent figures are judged at
 * @param soonDueBefore dossiers due from {@code now} up to this moment are "soon due"
 */
public record KpiFilter(long officeId, LocalDate from, LocalDate to, LocalDateTime now, LocalDateTime soonDueBefore) {
}
