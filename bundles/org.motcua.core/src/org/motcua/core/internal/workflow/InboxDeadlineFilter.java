// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.dossier.DossierStatus;

/**
 * The inbox's deadline filter as an indexed condition on {@code d.status} and {@code d.dueAt}: the same
 * classes {@link Views#deadlineState} gives each row, so filtering "overdue" shows exactly the red rows.
 */
final class InboxDeadlineFilter {

    private static final List<DossierStatus> RUNNING = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING);
    private static final List<DossierStatus> PAUSED = List.of(DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.FINANCIAL_OBLIGATION);
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();
    /** Longer than any run of days off (Tết is at most nine). */
    private static final int SEARCH_DAYS = 40;

    private InboxDeadlineFilter() {
    }

    /** @return the JPQL condition (starting with " and") for {@code state}, or "" for every state */
    static String where(DeadlineState state) {
        if (state == null) {
            return ""; //$NON-NLS-1$
        }
        // a result waiting to be handed back (status 9) runs on its return due (docs/kpi.md)
        return switch (state) {
            case OVERDUE -> " and ((d.status in :running and d.dueAt < :now) or (d.status = :finished and d.returnDueAt < :now))";
            case DUE_SOON -> " and ((d.status in :running and d.dueAt >= :now and d.dueAt < :soon)"
                    + " or (d.status = :finished and d.returnDueAt >= :now and d.returnDueAt < :soon))";
            case ON_TRACK -> " and ((d.status in :running and d.dueAt >= :soon) or (d.status = :finished and d.returnDueAt >= :soon))";
            case PAUSED -> " and (d.status in :paused or (d.status in :running and d.dueAt is null))";
            case CLOSED -> " and d.status = :finished and d.returnDueAt is null";
        };
    }

    /** Binds the parameters {@link #where} uses. */
    static void bind(TypedQuery<?> q, DeadlineState state, LocalDateTime now, WorkingCalendar calendar) {
        if (state == null) {
            return;
        }
        switch (state) {
            case OVERDUE -> q.setParameter("running", RUNNING).setParameter("now", now)
                    .setParameter("finished", DossierStatus.FINISHED);
            case DUE_SOON -> q.setParameter("running", RUNNING).setParameter("now", now)
                    .setParameter("soon", dueSoonLimit(calendar, now)).setParameter("finished", DossierStatus.FINISHED);
            case ON_TRACK -> q.setParameter("running", RUNNING).setParameter("soon", dueSoonLimit(calendar, now))
                    .setParameter("finished", DossierStatus.FINISHED);
            case PAUSED -> q.setParameter("paused", PAUSED).setParameter("running", RUNNING);
            case CLOSED -> q.setParameter("finished", DossierStatus.FINISHED);
        }
    }

    /**
     * @return the first instant whose due time leaves more than one working day: a dossier due before it is
     *         "due soon" (or overdue), one due at or after it is on track
     */
    static LocalDateTime dueSoonLimit(WorkingCalendar calendar, LocalDateTime now) {
        if (calendar == null) {
            return now; // no such department: its inbox is empty whatever the limit
        }
        long day = calendar.workingMinutesPerDay();
        LocalDateTime low = now.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime high = low.plusDays(SEARCH_DAYS);
        // the last minute T with workingMinutesBetween(now, T) <= one working day (the count grows with T)
        while (ChronoUnit.MINUTES.between(low, high) > 1) {
            LocalDateTime middle = low.plusMinutes(ChronoUnit.MINUTES.between(low, high) / 2);
            if (CALCULATOR.workingMinutesBetween(calendar, now, middle) <= day) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low.plusMinutes(1);
    }
}
