// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.procedure.PausePolicy;

/**
 * Due times after pauses ({@link Deadlines}): recomputed from the clock's start with every pause, on the
 * receiving office's calendar for the dossier and the holder's for the step. Expected values are counted
 * by hand on the 07:00–11:30 / 13:30–17:00 calendar; June 2025 starts on a Sunday.
 */
class DeadlinesAfterPausesTest {

    private final DeadlineCalculator calc = new DeadlineCalculator();
    /** A district desk: 15:00 receipt cut-off, Independence Day 2025 (Mon 1 and Tue 2 September). */
    private final WorkingCalendar desk = WorkingCalendar.defaults().toBuilder().cutOffTime(LocalTime.of(15, 0))
            .holidays(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "Quốc khánh").build();
    /** A department of another office: the same hours and holidays, no receipt cut-off. */
    private final WorkingCalendar holder = WorkingCalendar.defaults().toBuilder()
            .holidays(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), "Quốc khánh").build();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void aOneMinutePauseMovesA1505DueByOneMinuteNotToTheNextMorning() {
        DossierEntity d = dossier(t("2025-06-02T09:05"), 0.5, PausePolicy.PAUSE);
        DossierStepEntity step = step(d, 0.5, DurationUnit.WORKING_DAYS, t("2025-06-02T09:05"));
        Deadlines.recompute(calc, desk, desk, d);
        assertEquals(t("2025-06-02T15:05"), d.getDueAt());
        assertEquals(t("2025-06-02T15:05"), step.getDueAt());
        supplement(d, t("2025-06-02T10:00"), t("2025-06-02T10:01"));
        assertEquals(t("2025-06-02T15:06"), d.getDueAt());
        assertEquals(t("2025-06-02T15:06"), step.getDueAt());
        // what the old shift did: the due time taken for a new receipt, after the cut-off
        assertEquals(t("2025-06-03T07:01"),
                calc.due(desk, t("2025-06-02T15:05"), new BigDecimal("0.0167"), DurationUnit.WORKING_HOURS));
    }

    @Test
    void twoPausesOnADueAfterTheCutOffAndAStepOnTheHoldersCalendar() {
        // received Mon 08:30 + 2.75 working days = Wed 4 June 16:30
        DossierEntity d = dossier(t("2025-06-02T08:30"), 2.75, PausePolicy.PAUSE);
        step(d, 0.5, DurationUnit.WORKING_DAYS, t("2025-06-02T08:30"));
        DossierStepEntity step = step(d, 2, DurationUnit.WORKING_DAYS, t("2025-06-02T15:30"));
        d.setCurrentStepIndex(1);
        Deadlines.recompute(calc, desk, holder, d);
        assertEquals(t("2025-06-04T16:30"), d.getDueAt());
        // handed over Mon 15:30: the holder has no cut-off, its clock runs at once
        assertEquals(t("2025-06-04T15:30"), step.getDueAt());
        // Mon 10:00–14:00 (2 working hours) and Tue 16:00 – Wed 08:00 (2 working hours)
        supplement(d, t("2025-06-02T10:00"), t("2025-06-02T14:00"));
        assertEquals(t("2025-06-05T08:30"), d.getDueAt());
        assertEquals(t("2025-06-04T15:30"), step.getDueAt(), "a pause before the step began changes nothing for it");
        tax(d, t("2025-06-03T16:00"), t("2025-06-04T08:00"), holder);
        assertEquals(t("2025-06-05T10:30"), d.getDueAt());
        assertEquals(t("2025-06-05T07:30"), step.getDueAt());
    }

    @Test
    void aRestartPolicySupplementRestartsTheClockAndLaterPausesStillCount() {
        DossierEntity d = dossier(t("2025-06-02T08:00"), 4, PausePolicy.RESTART);
        step(d, 0.5, DurationUnit.WORKING_DAYS, t("2025-06-02T08:00"));
        DossierStepEntity step = step(d, 2, DurationUnit.WORKING_DAYS, t("2025-06-02T10:00"));
        d.setCurrentStepIndex(1);
        Deadlines.recompute(calc, desk, desk, d);
        assertEquals(t("2025-06-06T08:00"), d.getDueAt());
        // the supplement arrives Thu 15:30, after the cut-off: the clock restarts Fri 07:00
        supplement(d, t("2025-06-03T10:00"), t("2025-06-05T15:30"));
        assertEquals(t("2025-06-06T07:00"), d.getValidReceivedAt());
        assertEquals(t("2025-06-06T07:00"), step.getStartedAt());
        assertEquals(t("2025-06-11T17:00"), d.getDueAt());
        assertEquals(t("2025-06-09T17:00"), step.getDueAt());
        // then tax takes the whole of Monday 9 June: one working day more, the earlier supplement not again
        tax(d, t("2025-06-09T07:00"), t("2025-06-10T07:00"), holder);
        assertEquals(t("2025-06-12T17:00"), d.getDueAt());
        assertEquals(t("2025-06-10T17:00"), step.getDueAt());
    }

    @Test
    void aPauseOverAWeekendAndAHolidayAddsOnlyItsWorkingTime() {
        // Fri 29 August 09:00 + 4 working days skips the weekend and 1–2 September: Mon 8 September 09:00
        DossierEntity d = dossier(t("2025-08-29T09:00"), 4, PausePolicy.PAUSE);
        step(d, 0.5, DurationUnit.WORKING_DAYS, t("2025-08-29T09:00"));
        DossierStepEntity step = step(d, 1, DurationUnit.WORKING_DAYS, t("2025-08-29T14:00"));
        d.setCurrentStepIndex(1);
        Deadlines.recompute(calc, desk, holder, d);
        assertEquals(t("2025-09-08T09:00"), d.getDueAt());
        assertEquals(t("2025-09-03T14:00"), step.getDueAt());
        // Fri 16:00 → Wed 08:00: one hour on Friday and one on Wednesday, nothing for the weekend and holiday
        tax(d, t("2025-08-29T16:00"), t("2025-09-03T08:00"), holder);
        assertEquals(t("2025-09-08T11:00"), d.getDueAt());
        assertEquals(t("2025-09-03T16:00"), step.getDueAt());
    }

    @Test
    void aReAppointmentIsMovedOnOnlyByPausesAfterIt() {
        DossierEntity d = dossier(t("2025-06-02T08:00"), 4, PausePolicy.PAUSE);
        step(d, 4, DurationUnit.WORKING_DAYS, t("2025-06-02T08:00"));
        // a supplement before the apology is already in the new date the leader chose
        supplement(d, t("2025-06-03T08:00"), t("2025-06-03T09:00"));
        assertEquals(t("2025-06-06T09:00"), d.getDueAt());
        d.setOriginalDueAt(d.getDueAt());
        d.setDueAt(t("2025-06-10T17:00"));
        d.setReappointed(true);
        d.setReappointedAt(t("2025-06-04T16:00"));
        d.setReappointedDueAt(t("2025-06-10T17:00"));
        Deadlines.recompute(calc, desk, desk, d);
        assertEquals(t("2025-06-10T17:00"), d.getDueAt(), "no pause since the apology: the decided date stands");
        // tax Thu 08:00 → Fri 08:00 is one working day: both the promise and the new date move by it
        tax(d, t("2025-06-05T08:00"), t("2025-06-06T08:00"), desk);
        assertEquals(t("2025-06-09T09:00"), d.getOriginalDueAt());
        assertEquals(t("2025-06-11T17:00"), d.getDueAt());
    }

    @Test
    void calendarDayStepsSkipTheCalendarLengthOfAPause() {
        DossierEntity d = dossier(t("2025-06-02T08:00"), 20, PausePolicy.PAUSE);
        DossierStepEntity step = step(d, 15, DurationUnit.CALENDAR_DAYS, t("2025-06-02T08:00"));
        Deadlines.recompute(calc, desk, desk, d);
        assertEquals(t("2025-06-17T08:00"), step.getDueAt());
        supplement(d, t("2025-06-06T16:00"), t("2025-06-09T10:00")); // over a weekend: 66 hours
        assertEquals(t("2025-06-20T02:00"), step.getDueAt());
    }

    // ---- the live sequence: open the pause, close it, apply the rule ---------------------------------

    private void supplement(DossierEntity d, LocalDateTime from, LocalDateTime to) {
        PauseActions.openPause(d, PauseReason.SUPPLEMENT, from);
        PauseActions.closePause(d, PauseReason.SUPPLEMENT, to);
        Deadlines.afterSupplement(calc, desk, d.getCurrentStepIndex() == 0 ? desk : holder, d, to);
    }

    private void tax(DossierEntity d, LocalDateTime from, LocalDateTime to, WorkingCalendar stepCalendar) {
        PauseActions.openPause(d, PauseReason.FINANCIAL_OBLIGATION, from);
        PauseActions.closePause(d, PauseReason.FINANCIAL_OBLIGATION, to);
        Deadlines.recompute(calc, desk, stepCalendar, d);
    }

    private static DossierEntity dossier(LocalDateTime validReceived, double workingDays, PausePolicy policy) {
        DossierEntity d = new DossierEntity();
        d.setValidReceivedAt(validReceived);
        d.setTotalDuration(BigDecimal.valueOf(workingDays));
        d.setTotalUnit(DurationUnit.WORKING_DAYS);
        d.setSupplementPolicy(policy);
        return d;
    }

    private static DossierStepEntity step(DossierEntity d, double duration, DurationUnit unit, LocalDateTime started) {
        DossierStepEntity s = new DossierStepEntity();
        s.setDossier(d);
        s.setStepIndex(d.getSteps().size());
        s.setDuration(BigDecimal.valueOf(duration));
        s.setUnit(unit);
        s.setStartedAt(started);
        d.getSteps().add(s);
        return s;
    }
}
