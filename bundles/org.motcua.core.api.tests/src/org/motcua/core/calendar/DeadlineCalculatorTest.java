// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calc = new DeadlineCalculator();
    private final WorkingCalendar std = TestCalendars.standard();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @ParameterizedTest(name = "[{0}] received {1} -> clock starts {2}")
    @CsvSource({
        "std,   2026-02-09T08:00, 2026-02-09T08:00",  // inside working time
        "std,   2026-02-09T12:00, 2026-02-09T13:30",  // lunch
        "std,   2026-02-09T11:30, 2026-02-09T13:30",  // end of the morning period
        "std,   2026-02-09T06:15, 2026-02-09T07:00",  // before opening
        "std,   2026-02-09T16:59, 2026-02-09T16:59",
        "std,   2026-02-09T17:00, 2026-02-10T07:00",  // closing = default cut-off
        "std,   2026-02-09T20:00, 2026-02-10T07:00",
        "std,   2026-02-07T10:00, 2026-02-09T07:00",  // Saturday
        "std,   2026-02-08T23:59, 2026-02-09T07:00",  // Sunday
        "std,   2026-02-13T16:00, 2026-02-13T16:00",  // Friday before Tết, default cut-off
        "std,   2026-02-13T17:05, 2026-02-23T07:00",
        "cut15, 2026-02-13T15:30, 2026-02-23T07:00",  // after the 15:00 cut-off, before Tết
        "cut15, 2026-02-13T15:00, 2026-02-13T15:00",  // exactly at the cut-off is not after it
        "cut15, 2026-02-13T14:59, 2026-02-13T14:59",
        "std,   2026-02-16T09:00, 2026-02-23T07:00",  // during Tết
        "std,   2025-04-26T09:00, 2025-04-26T09:00",  // make-up Saturday is a working day
        "std,   2025-04-26T12:00, 2025-04-26T13:30",
        "plain, 2025-04-26T09:00, 2025-04-28T07:00",  // same Saturday without the swap
        "std,   2025-08-30T10:00, 2025-09-03T07:00",  // 2/9 + adjacent day
        "std,   2025-09-01T08:00, 2025-09-03T07:00",
        "std,   2025-04-29T17:30, 2025-05-05T07:00",  // 30/4, 1/5, swapped 2/5, weekend
        "std,   2026-04-29T17:30, 2026-05-04T07:00",  // 30/4 Thu, 1/5 Fri
    })
    void effectiveStart(String calendar, LocalDateTime received, LocalDateTime expected) {
        assertEquals(expected, calc.effectiveStart(TestCalendars.named(calendar), received));
    }

    @ParameterizedTest(name = "[{0}] received {1} + {2} {3} = {4}")
    @CsvSource({
        // working days: the counted minutes are reached at the same clock time on a later day
        "std,   2026-02-09T08:00, 1,    WORKING_DAYS,  2026-02-10T08:00",
        "std,   2026-02-09T07:00, 1,    WORKING_DAYS,  2026-02-09T17:00",  // period end is kept
        "std,   2026-02-09T06:30, 1,    WORKING_DAYS,  2026-02-09T17:00",
        "std,   2026-02-09T13:30, 1,    WORKING_DAYS,  2026-02-10T11:30",
        "std,   2026-02-09T12:15, 1,    WORKING_DAYS,  2026-02-10T11:30",  // lunch receipt starts 13:30
        "std,   2026-02-09T08:00, 0,    WORKING_DAYS,  2026-02-09T08:00",
        "std,   2026-02-07T10:00, 0,    WORKING_DAYS,  2026-02-09T07:00",
        "std,   2026-02-07T10:00, 1,    WORKING_DAYS,  2026-02-09T17:00",  // Saturday receipt
        // half days (240 minutes)
        "std,   2026-02-09T07:00, 0.5,  WORKING_DAYS,  2026-02-09T11:00",
        "std,   2026-02-09T08:00, 0.5,  WORKING_DAYS,  2026-02-09T14:00",
        "std,   2026-02-09T15:00, 0.5,  WORKING_DAYS,  2026-02-10T09:00",
        "std,   2026-02-09T08:00, 2.5,  WORKING_DAYS,  2026-02-11T14:00",
        // Tết 2026
        "std,   2026-02-13T10:00, 1,    WORKING_DAYS,  2026-02-23T10:00",
        "std,   2026-02-12T09:00, 2,    WORKING_DAYS,  2026-02-23T09:00",
        "std,   2026-02-13T10:00, 3,    WORKING_DAYS,  2026-02-25T10:00",
        "std,   2026-02-13T15:00, 0.5,  WORKING_DAYS,  2026-02-23T09:00",
        "cut15, 2026-02-13T15:30, 1,    WORKING_DAYS,  2026-02-23T17:00",
        "cut15, 2026-02-13T15:30, 5,    WORKING_DAYS,  2026-02-27T17:00",
        "cut15, 2026-02-13T14:00, 1,    WORKING_DAYS,  2026-02-23T14:00",
        // make-up Saturday 26/4/2025 and 30/4-1/5/2025 (+ swapped 2/5)
        "std,   2025-04-25T09:00, 1,    WORKING_DAYS,  2025-04-26T09:00",
        "plain, 2025-04-25T09:00, 1,    WORKING_DAYS,  2025-04-28T09:00",
        "std,   2025-04-25T09:00, 2,    WORKING_DAYS,  2025-04-28T09:00",
        "std,   2025-04-29T09:00, 1,    WORKING_DAYS,  2025-05-05T09:00",
        // 2/9/2025 + adjacent 1/9
        "std,   2025-08-29T09:00, 1,    WORKING_DAYS,  2025-09-03T09:00",
        "std,   2025-08-29T16:00, 0.25, WORKING_DAYS,  2025-09-03T08:00",
        // 30/4-1/5/2026
        "std,   2026-04-29T14:00, 1,    WORKING_DAYS,  2026-05-04T14:00",
        "std,   2026-04-29T14:00, 2,    WORKING_DAYS,  2026-05-05T14:00",
        // working hours
        "std,   2026-02-09T10:00, 4,    WORKING_HOURS, 2026-02-09T16:00",
        "std,   2026-02-09T16:00, 8,    WORKING_HOURS, 2026-02-10T16:00",
        "std,   2026-02-09T10:00, 1.5,  WORKING_HOURS, 2026-02-09T11:30",
        "std,   2026-02-09T10:00, 1.75, WORKING_HOURS, 2026-02-09T13:45",
        "std,   2026-02-13T16:30, 2,    WORKING_HOURS, 2026-02-23T08:30",
        "std,   2026-02-09T08:00, 24,   WORKING_HOURS, 2026-02-12T08:00",
        // calendar days: same clock time; a last day that is a weekend day or a holiday moves the end to the
        // close of the next working day (Civil Code 2015 Art. 148(5), docs/legal.md)
        "std,   2026-02-09T08:00, 12,   CALENDAR_DAYS, 2026-02-23T17:00",  // Sat 21/2 in Tết: Mon 23/2
        "std,   2026-02-07T10:00, 5,    CALENDAR_DAYS, 2026-02-23T17:00",  // Sat 14/2, Tết follows
        "cut15, 2026-02-13T15:30, 1,    CALENDAR_DAYS, 2026-02-24T07:00",  // Tue 24/2: a working day
        "std,   2026-02-09T08:00, 0.5,  CALENDAR_DAYS, 2026-02-09T20:00",  // after closing, but a working day
        "std,   2025-08-29T09:00, 3,    CALENDAR_DAYS, 2025-09-03T17:00",  // Mon 1/9 adjacent day, 2/9: Wed 3/9
        "std,   2026-02-09T08:00, 0,    CALENDAR_DAYS, 2026-02-09T08:00",
        "std,   2026-04-20T08:00, 12,   CALENDAR_DAYS, 2026-05-04T17:00",  // NĐ 131/2021 "12 ngày": Sat 2/5 -> Mon 4/5
        "std,   2026-04-17T08:00, 12,   CALENDAR_DAYS, 2026-04-29T08:00",  // Wed 29/4: not moved
        "std,   2026-04-18T08:00, 12,   CALENDAR_DAYS, 2026-05-04T17:00",  // Saturday receipt: from Mon 20/4 07:00
    })
    void due(String calendar, LocalDateTime received, BigDecimal amount, DurationUnit unit, LocalDateTime expected) {
        WorkingCalendar cal = TestCalendars.named(calendar);
        assertEquals(expected, calc.due(cal, received, amount, unit));
        if (unit != DurationUnit.CALENDAR_DAYS) {
            long minutes = DeadlineCalculator.toMinutes(cal, amount, unit);
            assertEquals(minutes, calc.workingMinutesBetween(cal, calc.effectiveStart(cal, received), expected),
                    "due must be exactly the counted working minutes after the effective start");
        }
    }

    @Test
    void customDayLengthCountsAsOneWorkingDay() {
        WorkingCalendar c = WorkingCalendar.builder()
                .periods(WorkingPeriod.of("07:30", "11:30"), WorkingPeriod.of("13:30", "17:00")).build();
        assertEquals(t("2026-02-10T08:00"), calc.due(c, t("2026-02-09T08:00"), BigDecimal.ONE, DurationUnit.WORKING_DAYS));
    }

    @Test
    void secondsAreDropped() {
        assertEquals(t("2026-02-10T08:00"),
                calc.due(std, t("2026-02-09T08:00:45"), BigDecimal.ONE, DurationUnit.WORKING_DAYS));
        assertEquals(60, calc.workingMinutesBetween(std, t("2026-02-09T08:00:59"), t("2026-02-09T09:00:01")));
    }

    @Test
    void amountsRoundToWholeMinutesHalfUp() {
        // 0.001 day = 0.48 min -> 0; 0.002 day = 0.96 min -> 1
        assertEquals(t("2026-02-09T08:00"), calc.due(std, t("2026-02-09T08:00"), 0.001, DurationUnit.WORKING_DAYS, List.of()));
        assertEquals(t("2026-02-09T08:01"), calc.due(std, t("2026-02-09T08:00"), 0.002, DurationUnit.WORKING_DAYS, List.of()));
    }

    @Test
    void doubleAndBigDecimalAgree() {
        assertEquals(calc.due(std, t("2026-02-13T15:00"), new BigDecimal("0.5"), DurationUnit.WORKING_DAYS),
                calc.due(std, t("2026-02-13T15:00"), 0.5, DurationUnit.WORKING_DAYS, List.of()));
    }

    @Test
    void negativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> calc.due(std, t("2026-02-09T08:00"), new BigDecimal("-1"), DurationUnit.WORKING_DAYS));
    }

    // ---------------------------------------------------------------- pauses

    private LocalDateTime dueWithPauses(String received, String amount, DurationUnit unit, PauseInterval... pauses) {
        return calc.due(std, t(received), new BigDecimal(amount), unit, List.of(pauses));
    }

    private static PauseInterval pause(String from, String to) {
        return PauseInterval.closed(t(from), t(to), "bổ sung");
    }

    @Test
    void supplementPauseSpanningTetAddsOnlyItsWorkingTime() {
        // Without pause: 5 working days from Mon 9/2 08:00 end Mon 23/2 08:00 (Tết skipped).
        assertEquals(t("2026-02-23T08:00"), dueWithPauses("2026-02-09T08:00", "5", DurationUnit.WORKING_DAYS));
        // Waiting for a supplement from Thu 12/2 08:00 to Mon 23/2 08:00: 420 + 480 + 0 (Tết) + 60 = 960 minutes.
        assertEquals(960, calc.workingMinutesBetween(std, t("2026-02-12T08:00"), t("2026-02-23T08:00")));
        assertEquals(t("2026-02-25T08:00"), dueWithPauses("2026-02-09T08:00", "5", DurationUnit.WORKING_DAYS,
                pause("2026-02-12T08:00", "2026-02-23T08:00")));
    }

    @Test
    void pauseOnlyOverHolidaysAddsNothing() {
        assertEquals(t("2026-02-24T08:00"), dueWithPauses("2026-02-12T08:00", "3", DurationUnit.WORKING_DAYS,
                pause("2026-02-16T09:00", "2026-02-20T16:00")));
        assertEquals(t("2026-02-24T08:00"), dueWithPauses("2026-02-12T08:00", "3", DurationUnit.WORKING_DAYS));
    }

    @Test
    void pauseAcrossWeekendAndTetAddsTwoHours() {
        // Fri 13/2 16:00-17:00 and Mon 23/2 07:00-08:00
        assertEquals(t("2026-02-24T10:00"), dueWithPauses("2026-02-12T08:00", "3", DurationUnit.WORKING_DAYS,
                pause("2026-02-13T16:00", "2026-02-23T08:00")));
    }

    @Test
    void pauseOverLunchAddsOnlyWorkingMinutes() {
        assertEquals(t("2026-02-10T09:00"), dueWithPauses("2026-02-09T08:00", "1", DurationUnit.WORKING_DAYS,
                pause("2026-02-09T11:00", "2026-02-09T14:00")));
    }

    @Test
    void overlappingPausesAreMerged() {
        assertEquals(t("2026-02-10T09:30"), dueWithPauses("2026-02-09T08:00", "1", DurationUnit.WORKING_DAYS,
                pause("2026-02-09T09:30", "2026-02-09T10:30"), pause("2026-02-09T09:00", "2026-02-09T10:00")));
    }

    @Test
    void pausesBeforeStartOrAfterDueChangeNothing() {
        assertEquals(t("2026-02-10T08:00"), dueWithPauses("2026-02-09T08:00", "1", DurationUnit.WORKING_DAYS,
                pause("2026-02-05T08:00", "2026-02-06T17:00"), pause("2026-02-10T09:00", "2026-02-10T12:00")));
        // a pause starting exactly at the due instant is after the clock ran out
        assertEquals(t("2026-02-10T08:00"), dueWithPauses("2026-02-09T08:00", "1", DurationUnit.WORKING_DAYS,
                pause("2026-02-10T08:00", "2026-02-10T09:00")));
        // a pause that began before the receipt counts only from the start of the clock
        assertEquals(t("2026-02-10T09:00"), dueWithPauses("2026-02-09T08:00", "1", DurationUnit.WORKING_DAYS,
                pause("2026-02-06T08:00", "2026-02-09T09:00")));
    }

    @Test
    void calendarDaysPauseAddsItsCalendarLength() {
        assertEquals(t("2026-02-24T08:00"), dueWithPauses("2026-02-09T08:00", "12", DurationUnit.CALENDAR_DAYS,
                pause("2026-02-10T08:00", "2026-02-13T08:00")));
        // the pause comes after the days ran out (Sat 21/2, in Tết): the end moves to Mon 23/2 all the same
        assertEquals(t("2026-02-23T17:00"), dueWithPauses("2026-02-09T08:00", "12", DurationUnit.CALENDAR_DAYS,
                pause("2026-02-21T08:00", "2026-02-25T08:00")));
    }

    @Test
    void calendarDayPeriodEndRuleIsDatedByThePeriodsStart() {
        WorkingCalendar plain = TestCalendars.named("plain");
        // Mon 26/12/2005 + 5 days = Sat 31/12/2005: started before the Civil Code 2005 was in force, not moved
        assertEquals(t("2005-12-31T08:00"), calc.due(plain, t("2005-12-26T08:00"), BigDecimal.valueOf(5),
                DurationUnit.CALENDAR_DAYS));
        // Mon 2/1/2006 + 5 days = Sat 7/1/2006: moved to the close of Mon 9/1/2006
        assertEquals(t("2006-01-09T17:00"), calc.due(plain, t("2006-01-02T08:00"), BigDecimal.valueOf(5),
                DurationUnit.CALENDAR_DAYS));
        assertEquals(LocalDate.of(2006, 1, 1), DeadlineCalculator.CALENDAR_DAY_END_RULE_FROM);
        // the end of a working-day unit is never moved by it: it is always inside working time
        assertEquals(t("2026-02-13T17:00"), calc.calendarPeriodEnd(std, t("2026-02-09T08:00"), t("2026-02-13T17:00")));
    }

    @Test
    void workingHoursPause() {
        assertEquals(t("2026-02-09T16:30"), dueWithPauses("2026-02-09T10:00", "4", DurationUnit.WORKING_HOURS,
                pause("2026-02-09T14:00", "2026-02-09T14:30")));
    }

    @Test
    void openPauseNeedsAsOf() {
        List<PauseInterval> open = List.of(PauseInterval.open(t("2026-02-12T08:00"), "chờ bổ sung"));
        assertThrows(IllegalArgumentException.class,
                () -> calc.due(std, t("2026-02-09T08:00"), BigDecimal.valueOf(5), DurationUnit.WORKING_DAYS, open));
        assertEquals(t("2026-02-25T08:00"), calc.due(std, t("2026-02-09T08:00"), BigDecimal.valueOf(5),
                DurationUnit.WORKING_DAYS, open, t("2026-02-23T08:00")));
        // asOf before the pause start: the open pause has no length yet
        assertEquals(t("2026-02-23T08:00"), calc.due(std, t("2026-02-09T08:00"), BigDecimal.valueOf(5),
                DurationUnit.WORKING_DAYS, open, t("2026-02-11T08:00")));
    }

    @Test
    void pauseIntervalValidation() {
        assertThrows(IllegalArgumentException.class, () -> pause("2026-02-10T08:00", "2026-02-09T08:00"));
        PauseInterval p = PauseInterval.open(t("2026-02-10T08:00"), null);
        assertEquals("", p.reason());
        assertEquals(true, p.isOpen());
        assertEquals(true, p.endIfClosed().isEmpty());
    }

    // ---------------------------------------------------------------- minutes between

    @ParameterizedTest(name = "[{0}] {1} .. {2} = {3} working minutes")
    @CsvSource({
        "std, 2026-02-09T07:00, 2026-02-09T17:00, 480",
        "std, 2026-02-09T11:00, 2026-02-09T14:00, 60",
        "std, 2026-02-09T00:00, 2026-02-16T00:00, 2400",
        "std, 2026-02-13T16:00, 2026-02-23T08:00, 120",
        "std, 2026-02-23T08:00, 2026-02-13T16:00, -120",
        "std, 2026-02-07T00:00, 2026-02-08T23:59, 0",
        "std, 2026-02-09T08:00, 2026-02-09T08:00, 0",
        "std, 2026-02-14T00:00, 2026-02-23T00:00, 0",
        "std, 2025-04-21T00:00, 2025-04-28T00:00, 2880",
        "std, 2025-08-25T00:00, 2025-09-08T00:00, 3840",
        "cut15, 2026-02-13T15:30, 2026-02-13T17:00, 90",
    })
    void workingMinutesBetween(String calendar, LocalDateTime from, LocalDateTime to, long expected) {
        assertEquals(expected, calc.workingMinutesBetween(TestCalendars.named(calendar), from, to));
    }

    // ---------------------------------------------------------------- going back

    @ParameterizedTest(name = "{0} - {1} {2} = {3}")
    @CsvSource({
        "2026-02-23T10:00, 1,   WORKING_DAYS,  2026-02-13T10:00",
        "2026-02-24T07:00, 1,   WORKING_DAYS,  2026-02-23T07:00",
        "2026-02-23T17:00, 1,   WORKING_DAYS,  2026-02-23T07:00",
        "2026-02-23T07:00, 1,   WORKING_DAYS,  2026-02-13T07:00",
        "2026-02-10T08:00, 1,   WORKING_DAYS,  2026-02-09T08:00",
        "2026-02-09T14:00, 0.5, WORKING_DAYS,  2026-02-09T08:00",
        "2025-05-05T09:00, 1,   WORKING_DAYS,  2025-04-29T09:00",
        "2025-04-28T09:00, 1,   WORKING_DAYS,  2025-04-26T09:00",
        "2026-02-09T13:45, 2,   WORKING_HOURS, 2026-02-09T09:45",
        "2026-02-21T08:00, 12,  CALENDAR_DAYS, 2026-02-09T08:00",
        "2026-02-09T08:00, 0,   WORKING_DAYS,  2026-02-09T08:00",
    })
    void subtract(LocalDateTime from, BigDecimal amount, DurationUnit unit, LocalDateTime expected) {
        assertEquals(expected, calc.subtract(std, from, amount, unit));
    }

    @Test
    void apologyDeadlineIsOneWorkingDayBeforeDue() {
        assertEquals(t("2026-02-13T10:00"), calc.apologyDeadline(std, t("2026-02-23T10:00")));
        assertEquals(t("2025-08-29T09:00"), calc.apologyDeadline(std, t("2025-09-03T09:00")));
        assertEquals(t("2025-09-03T09:00"),
                calc.subtractWorkingDays(std, t("2025-09-05T09:00"), BigDecimal.valueOf(2)));
    }

    @Test
    void subtractUndoesDueForStartsInsideWorkingTime() {
        String[] amounts = {"0.5", "1", "2", "3.5", "7"};
        for (LocalDate day = LocalDate.of(2026, 2, 9); day.isBefore(LocalDate.of(2026, 2, 27)); day = day.plusDays(1)) {
            if (!std.isWorkingDay(day)) {
                continue;
            }
            for (LocalTime time = LocalTime.of(7, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(25)) {
                LocalDateTime start = day.atTime(time);
                if (!calc.effectiveStart(std, start).equals(start)) {
                    continue;
                }
                for (String a : amounts) {
                    LocalDateTime due = calc.due(std, start, new BigDecimal(a), DurationUnit.WORKING_DAYS);
                    assertEquals(start, calc.subtractWorkingDays(std, due, new BigDecimal(a)), start + " + " + a);
                }
            }
        }
    }

    // ---------------------------------------------------------------- timeliness

    @ParameterizedTest(name = "finished {0}, due {1}: {2}")
    @CsvSource({
        "2026-02-23T16:45, 2026-02-23T10:00, ON_TIME",  // same date, later clock time
        "2026-02-23T07:00, 2026-02-23T10:00, ON_TIME",
        "2026-02-09T17:30, 2026-02-09T17:00, ON_TIME",  // after due time but same date
        "2026-02-24T00:00, 2026-02-23T10:00, LATE",
        "2026-02-22T23:59, 2026-02-23T10:00, EARLY",
        "2026-02-13T10:00, 2026-02-23T10:00, EARLY",
        "2027-01-01T08:00, 2026-12-31T17:00, LATE",     // year boundary
        "2026-02-14T09:00, 2026-02-13T17:00, LATE",     // finished on a Saturday after a Friday due
        "2025-12-31T23:59, 2026-01-01T00:00, EARLY",
    })
    void classify(LocalDateTime finished, LocalDateTime due, TimelinessClass expected) {
        assertEquals(expected, calc.classify(finished, due));
    }
}
