// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.PauseInterval;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ResultReturn;

/**
 * The one rule for stored due times (docs/core.md, "Deadlines after pauses"): a due time is a result of
 * {@link DeadlineCalculator} over the clock's last start (receipt, restart or step start), the duration
 * and its unit, and every closed pause of the dossier; it is recomputed, never shifted. The dossier's due
 * runs on the receiving office's calendar from the valid receipt; the current step's due runs on the
 * holder office's calendar from the step's start. Pure: it reads and writes the entities only.
 */
final class Deadlines {

    private Deadlines() {
    }

    /** @return the dossier's closed pauses as calculator intervals (an open pause has no end yet) */
    static List<PauseInterval> closedPauses(DossierEntity d) {
        return d.getPauses().stream().filter(p -> p.getEndedAt() != null)
                .map(p -> PauseInterval.closed(p.getStartedAt(), p.getEndedAt(), p.getReason().name())).toList();
    }

    /** @return the legal due of the dossier (the appointment before any re-appointment), or null before valid receipt */
    static LocalDateTime legalDue(DeadlineCalculator calculator, WorkingCalendar receiving, DossierEntity d,
            List<PauseInterval> pauses) {
        return d.getValidReceivedAt() == null ? null
                : calculator.due(receiving, d.getValidReceivedAt(), d.getTotalDuration(), d.getTotalUnit(), pauses);
    }

    /**
     * Sets the day by which the desk hands over a dossier received complete at {@code received} (the same working
     * day, or the next after 15:00: NĐ 61/2018 Art. 19(1)(b)), once: never for a dossier already handed over.
     */
    static void startForwarding(WorkingCalendar receiving, DossierEntity d, LocalDateTime received) {
        if (d.getForwardDueAt() == null && d.getForwardedAt() == null) {
            d.setForwardDueAt(org.motcua.core.calendar.SameDayForwarding.due(receiving, received));
        }
    }

    /** @return the due of {@code step} from its start, or null for a step not started */
    static LocalDateTime stepDue(DeadlineCalculator calculator, WorkingCalendar holder, DossierStepEntity step,
            List<PauseInterval> pauses) {
        return step.getStartedAt() == null ? null
                : calculator.due(holder, step.getStartedAt(), step.getDuration(), step.getUnit(), pauses);
    }

    /**
     * Due times once the supplement arrived at {@code now} (its pause closed): with the RESTART policy, or
     * for an incomplete dossier completed at last, the clock starts again (the valid receipt and the current
     * step start at the effective start of {@code now}, so earlier pauses no longer count); then every due
     * time is recomputed.
     */
    static void afterSupplement(DeadlineCalculator calculator, WorkingCalendar receiving, WorkingCalendar holder,
            DossierEntity d, LocalDateTime now) {
        if (d.getValidReceivedAt() == null) {
            startForwarding(receiving, d, now); // a dossier received incomplete at the desk is complete now
        }
        if (d.getValidReceivedAt() == null || d.getSupplementPolicy() == PausePolicy.RESTART) {
            LocalDateTime start = calculator.effectiveStart(receiving, now);
            d.setValidReceivedAt(start);
            d.getSteps().get(d.getCurrentStepIndex()).setStartedAt(start);
        }
        recompute(calculator, receiving, holder, d);
    }

    /**
     * Recomputes the dossier's due (and, once re-appointed, its original due and the re-appointed date
     * moved on by later pauses), the current step's due, and the step due printed on the current step's
     * open control-slip rows.
     *
     * @param calculator the calculator
     * @param receiving  the calendar of the receiving office
     * @param holder     the calendar of the office holding the current step
     * @param d          the dossier
     */
    static void recompute(DeadlineCalculator calculator, WorkingCalendar receiving, WorkingCalendar holder,
            DossierEntity d) {
        List<PauseInterval> pauses = closedPauses(d);
        LocalDateTime legal = legalDue(calculator, receiving, d, pauses);
        if (d.isReappointed() && d.getReappointedDueAt() != null && d.getReappointedAt() != null) {
            d.setOriginalDueAt(legal);
            d.setDueAt(calculator.extend(receiving, d.getReappointedAt(), d.getReappointedDueAt(), d.getTotalUnit(),
                    pauses));
        } else if (!d.isReappointed()) {
            d.setDueAt(legal);
        }
        DossierStepEntity step = d.getSteps().get(d.getCurrentStepIndex());
        LocalDateTime due = stepDue(calculator, holder, step, pauses);
        step.setDueAt(due);
        for (ControlSlipRowEntity row : d.getSlipRows()) {
            if (row.getStepIndex() == step.getStepIndex() && row.getResult() == null && row.getStepDueAt() != null) {
                row.setStepDueAt(due);
            }
        }
    }

    /**
     * @return when the result that exists from {@code resultAt} must be handed back or the applicant told: the
     *         dossier's time to return it (the procedure's, copied at receipt, or the province's default for a
     *         dossier copied before there was one) from the result, on the receiving office's calendar
     */
    static LocalDateTime returnDue(DeadlineCalculator calculator, WorkingCalendar receiving, DossierEntity d,
            LocalDateTime resultAt) {
        ResultReturn period = d.getReturnDuration() == null || d.getReturnUnit() == null ? ResultReturn.PROVINCE_DEFAULT
                : new ResultReturn(d.getReturnDuration(), d.getReturnUnit(), null);
        return calculator.due(receiving, resultAt, period.amount(), period.unit());
    }

    /** @return whether a pause of {@code reason} began at step {@code stepIndex} */
    static boolean pausedAt(DossierEntity d, PauseReason reason, int stepIndex) {
        for (PauseEntity p : d.getPauses()) {
            if (p.getReason() == reason && p.getStepIndex() != null && p.getStepIndex() == stepIndex) {
                return true;
            }
        }
        return false;
    }
}
