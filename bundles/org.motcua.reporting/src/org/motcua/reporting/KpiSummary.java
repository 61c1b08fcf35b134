// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

/**
 * The leaders' headline figures for an office and a period (definitions: docs/kpi.md).
 *
 * @param received           dossiers received (Mẫu 01 issued) in the period
 * @param finished           dossiers finished in the period
 * @param early              finished before the due date
 * @param onTime             finished on the due date
 * @param late               finished after the due date (as re-appointed)
 * @param lateAgainstOriginal finished after the original due date (a re-appointed dossier counts here)
 * @param withdrawn          withdrawn at the applicant's request in the period (not finished work)
 * @param stopped            stopped with a stop notice in the period (not finished work)
 * @param refused            refused at reception in the period (Mẫu 03)
 * @param inProgress         open now (received, processing, waiting for a supplement or for payment)
 * @param overdue            open, not paused, due before now; and finished with the result not handed back by its
 *                           return due ({@code resultsOverdue})
 * @param soonDue            open, not paused, due from now up to the soon-due limit
 * @param interLevelPastSla  inter-level dossiers neither accepted nor returned within their SLA
 * @param lateWithoutApology finished in the period after the due date with no Mẫu 04
 * @param apologyLate        Mẫu 04 issued in the period less than one working day before the due time it moved
 * @param returnedLate       results handed back in the period after the date of their return due
 * @param resultsOverdue     finished (status 9), not handed back, return due before now (part of {@code overdue})
 */
public record KpiSummary(long received, long finished, long early, long onTime, long late, long lateAgainstOriginal,
        long withdrawn, long stopped, long refused, long inProgress, long overdue, long soonDue, long interLevelPastSla,
        long lateWithoutApology, long apologyLate, long returnedLate, long resultsOverdue) {

    /** The figures without the lateness counts (a summary read before they existed). */
    public KpiSummary(long received, long finished, long early, long onTime, long late, long lateAgainstOriginal,
            long withdrawn, long stopped, long refused, long inProgress, long overdue, long soonDue,
            long interLevelPastSla) {
        this(received, finished, early, onTime, late, lateAgainstOriginal, withdrawn, stopped, refused, inProgress,
                overdue, soonDue, interLevelPastSla, 0, 0, 0, 0);
    }

    /** @return the on-time rate in percent ((early + on time) / finished), or NaN with nothing finished */
    public double onTimeRate() {
        return finished == 0 ? Double.NaN : 100.0 * (early + onTime) / finished;
    }
}
