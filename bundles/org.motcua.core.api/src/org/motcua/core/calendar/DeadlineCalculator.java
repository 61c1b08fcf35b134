// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Computes appointment (due) instants from a {@link WorkingCalendar}. Pure, stateless and
 * thread-safe: one instance may be shared.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li><b>Effective start.</b> A receipt inside a working period starts the clock at once; at lunch it
 * starts at the next period (13:30); before opening at the opening; after the cut-off time, at or
 * after closing, or on a non-working day, at the opening of the next working day. See
 * {@link #effectiveStart}.</li>
 * <li><b>Whole minutes.</b> Seconds are dropped from every input instant before counting, and an
 * amount is converted to whole minutes rounding half up (0.5 working day = 240 minutes).</li>
 * <li><b>Working units.</b> The due instant is the instant at which the counted working minutes are
 * reached. When that instant is the end of a working period, the period end is kept, not the start
 * of the next period: received Mon 07:00 + 1 working day = Mon 17:00, while received Mon 08:00 + 1
 * working day = Tue 08:00 (not Mon 17:00).</li>
 * <li><b>Calendar days.</b> Due = effective start + N × 24 hours, at the same clock time (the start
 * day is not counted, so the date is the period's last day). If that date is a weekend day or a holiday
 * the period ends at the close of the next working day (Civil Code 2015 Art. 148(5), applied through
 * Art. 145(1); the 2005 Code's Art. 153(5) said the same): see {@link #calendarPeriodEnd} and
 * docs/legal.md. The rule is dated ({@link #CALENDAR_DAY_END_RULE_FROM}) by the period's start.</li>
 * <li><b>Pauses.</b> The clock is stopped during each pause (supplement, financial obligation):
 * for working units only the working time inside a pause is skipped, so a pause over a holiday
 * adds nothing for the holiday; for calendar days the calendar length is skipped. Overlapping
 * pauses are merged; a pause before the start or after the due instant changes nothing. An open
 * pause must be closed at some {@code asOf} instant to get a due date.</li>
 * <li><b>Timeliness</b> compares dates only (see {@link #classify}).</li>
 * </ul>
 * The "restart from zero after a supplement" policy is not a pause: it is modelled by the caller
 * computing a new due from the new receipt instant.
 */
public final class DeadlineCalculator {

    private static final long MINUTES_PER_CALENDAR_DAY = 24L * 60;

    /**
     * The first day on which a calendar-day period that ends on a non-working day is moved to the next
     * working day: 1 January 2006, when the Civil Code 2005 (Art. 153(5)) came into force; the Civil Code
     * 2015 (Art. 148(5), in force 1 January 2017) kept the rule word for word. A period whose clock starts
     * before this day ends where its days run out. docs/legal.md gives the reasoning.
     */
    public static final LocalDate CALENDAR_DAY_END_RULE_FROM = LocalDate.of(2006, 1, 1);

    /** Creates a calculator (stateless; instances are interchangeable). */
    public DeadlineCalculator() {
    }

    /**
     * Returns the instant at which the deadline clock starts for a receipt.
     *
     * @param cal        the office calendar
     * @param receivedAt when the complete dossier was received
     * @return {@code receivedAt} itself inside working time; the start of the next working period
     *         when in a gap (lunch) or before opening; the opening of the next working day when after
     *         the cut-off (strictly after it), at or after closing, or on a non-working day
     */
    public LocalDateTime effectiveStart(WorkingCalendar cal, LocalDateTime receivedAt) {
        LocalDate day = receivedAt.toLocalDate();
        LocalTime time = receivedAt.toLocalTime();
        if (cal.isWorkingDay(day) && !time.isAfter(cal.cutOffTime())) {
            for (WorkingPeriod p : cal.periods()) {
                if (time.isBefore(p.start())) {
                    return day.atTime(p.start());
                }
                if (time.isBefore(p.end())) {
                    return receivedAt;
                }
            }
        }
        return cal.openingOf(cal.nextWorkingDay(day));
    }

    /**
     * Computes a due instant with closed pauses only.
     *
     * @param cal        the office calendar
     * @param receivedAt the receipt instant (the effective start is derived from it)
     * @param amount     the duration, {@code >= 0}; fractions allowed (0.5 working day)
     * @param unit       the unit
     * @param pauses     the pause intervals, all closed (may be empty)
     * @return the due instant
     * @throws IllegalArgumentException if a pause is open or the amount is negative
     */
    public LocalDateTime due(WorkingCalendar cal, LocalDateTime receivedAt, BigDecimal amount, DurationUnit unit,
            List<PauseInterval> pauses) {
        return due(cal, receivedAt, amount, unit, pauses, null);
    }

    /**
     * Computes a due instant, closing open pauses at {@code asOf} ("the due date if the supplement
     * arrived now").
     *
     * @param cal        the office calendar
     * @param receivedAt the receipt instant
     * @param amount     the duration, {@code >= 0}
     * @param unit       the unit
     * @param pauses     the pause intervals (may be empty)
     * @param asOf       where open pauses end; may be {@code null} if no pause is open
     * @return the due instant
     */
    public LocalDateTime due(WorkingCalendar cal, LocalDateTime receivedAt, BigDecimal amount, DurationUnit unit,
            List<PauseInterval> pauses, LocalDateTime asOf) {
        Objects.requireNonNull(cal, "cal");
        Objects.requireNonNull(unit, "unit");
        long minutes = toMinutes(cal, amount, unit);
        LocalDateTime start = minute(effectiveStart(cal, receivedAt));
        List<LocalDateTime[]> stops = normalise(pauses, asOf);
        return unit == DurationUnit.CALENDAR_DAYS
                ? calendarPeriodEnd(cal, start, addCalendarMinutes(start, minutes, stops))
                : addWorkingMinutes(cal, start, minutes, stops);
    }

    /**
     * Where a calendar-day period ends (Civil Code 2015 Art. 148(5)): when the day its days run out on is
     * a weekend day or a holiday of {@code cal}, at the close of the next working day (the office's
     * closing time: the date, which timeliness compares, is the one the Code gives; Art. 148(6)'s 24:00
     * would only let an office act after closing). Periods that start before
     * {@link #CALENDAR_DAY_END_RULE_FROM} are not moved.
     *
     * @param cal   the office calendar
     * @param start the period's (effective) start
     * @param end   the instant its days run out
     * @return {@code end}, or the closing time of the next working day
     */
    public LocalDateTime calendarPeriodEnd(WorkingCalendar cal, LocalDateTime start, LocalDateTime end) {
        if (start.toLocalDate().isBefore(CALENDAR_DAY_END_RULE_FROM) || cal.isWorkingDay(end.toLocalDate())) {
            return end;
        }
        return cal.nextWorkingDay(end.toLocalDate()).atTime(cal.closingTime());
    }

    /**
     * Computes a due instant from a {@code double} amount (converted exactly via its decimal string).
     *
     * @param cal        the office calendar
     * @param receivedAt the receipt instant
     * @param amount     the duration, {@code >= 0}
     * @param unit       the unit
     * @param pauses     closed pause intervals
     * @return the due instant
     */
    public LocalDateTime due(WorkingCalendar cal, LocalDateTime receivedAt, double amount, DurationUnit unit,
            List<PauseInterval> pauses) {
        return due(cal, receivedAt, BigDecimal.valueOf(amount), unit, pauses, null);
    }

    /**
     * Computes a due instant without pauses.
     *
     * @param cal        the office calendar
     * @param receivedAt the receipt instant
     * @param amount     the duration, {@code >= 0}
     * @param unit       the unit
     * @return the due instant
     */
    public LocalDateTime due(WorkingCalendar cal, LocalDateTime receivedAt, BigDecimal amount, DurationUnit unit) {
        return due(cal, receivedAt, amount, unit, List.of(), null);
    }

    /**
     * Moves a due instant that was set by a decision rather than computed (a re-appointment, Mẫu 04)
     * on by the pauses that follow the decision: the result is reached when as much working time
     * (calendar time for {@link DurationUnit#CALENDAR_DAYS}) has run since {@code setAt}, with the clock
     * stopped during each pause, as ran from {@code setAt} to {@code due}. No cut-off applies:
     * {@code setAt} is not a receipt. Without a pause between the two instants {@code due} is returned
     * unchanged.
     *
     * @param cal    the office calendar
     * @param setAt  when the due instant was decided
     * @param due    the decided due instant
     * @param unit   the unit whose time the pauses stop (working or calendar)
     * @param pauses the pause intervals, all closed (may be empty)
     * @return the due instant moved on by the pauses after {@code setAt}
     */
    public LocalDateTime extend(WorkingCalendar cal, LocalDateTime setAt, LocalDateTime due, DurationUnit unit,
            List<PauseInterval> pauses) {
        LocalDateTime start = minute(setAt);
        LocalDateTime end = minute(due);
        List<LocalDateTime[]> stops = normalise(pauses, null);
        if (!end.isAfter(start) || stops.stream().noneMatch(s -> s[1].isAfter(start) && s[0].isBefore(end))) {
            return due;
        }
        return unit == DurationUnit.CALENDAR_DAYS
                ? addCalendarMinutes(start, minutesBetween(start, end), stops)
                : addWorkingMinutes(cal, start, workingMinutesBetween(cal, start, end), stops);
    }

    /**
     * Counts working minutes between two instants (seconds dropped). Antisymmetric: if {@code to} is
     * before {@code from} the result is negative, which suits "remaining working time" of an overdue
     * dossier.
     *
     * @param cal  the office calendar
     * @param from the first instant
     * @param to   the second instant
     * @return the working minutes in {@code [from, to)}, negated when {@code to < from}
     */
    public long workingMinutesBetween(WorkingCalendar cal, LocalDateTime from, LocalDateTime to) {
        LocalDateTime a = minute(from);
        LocalDateTime b = minute(to);
        if (b.isBefore(a)) {
            return -workingMinutesBetween(cal, b, a);
        }
        long total = 0;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            if (!cal.isWorkingDay(d)) {
                continue;
            }
            for (WorkingPeriod p : cal.periods()) {
                LocalDateTime s = max(d.atTime(p.start()), a);
                LocalDateTime e = min(d.atTime(p.end()), b);
                if (s.isBefore(e)) {
                    total += minutesBetween(s, e);
                }
            }
        }
        return total;
    }

    /**
     * Goes back a working duration from an instant, the mirror of {@link #due}: landing exactly on
     * the start of a working period keeps that start (Mon 17:00 − 1 working day = Mon 07:00; Tue 08:00
     * − 1 working day = Mon 08:00). Calendar days go back N × 24 hours without adjustment (a period end
     * moved off a non-working day by {@link #calendarPeriodEnd} is not undone).
     *
     * @param cal    the office calendar
     * @param from   the instant, typically a due instant
     * @param amount the duration, {@code >= 0}
     * @param unit   the unit
     * @return the earlier instant
     */
    public LocalDateTime subtract(WorkingCalendar cal, LocalDateTime from, BigDecimal amount, DurationUnit unit) {
        long minutes = toMinutes(cal, amount, unit);
        LocalDateTime cursor = minute(from);
        if (unit == DurationUnit.CALENDAR_DAYS) {
            return cursor.minusMinutes(minutes);
        }
        long remaining = minutes;
        if (remaining == 0) {
            return cursor;
        }
        LocalDate day = cursor.toLocalDate();
        for (int scanned = 0; scanned <= WorkingCalendar.MAX_SCAN_DAYS; scanned++, day = day.minusDays(1)) {
            if (!cal.isWorkingDay(day)) {
                continue;
            }
            List<WorkingPeriod> periods = cal.periods();
            for (int i = periods.size() - 1; i >= 0; i--) {
                LocalDateTime s = day.atTime(periods.get(i).start());
                LocalDateTime e = min(day.atTime(periods.get(i).end()), cursor);
                if (!s.isBefore(e)) {
                    continue;
                }
                long avail = minutesBetween(s, e);
                if (remaining <= avail) {
                    return e.minusMinutes(remaining);
                }
                remaining -= avail;
            }
        }
        throw new IllegalStateException("No working time found before " + from);
    }

    /**
     * Goes back whole or fractional working days from an instant.
     *
     * @param cal    the office calendar
     * @param from   the instant
     * @param amount the working days, {@code >= 0}
     * @return the earlier instant
     */
    public LocalDateTime subtractWorkingDays(WorkingCalendar cal, LocalDateTime from, BigDecimal amount) {
        return subtract(cal, from, amount, DurationUnit.WORKING_DAYS);
    }

    /**
     * Returns the latest instant at which an apology / re-appointment (Mẫu 04) may be issued: one
     * working day before the due instant.
     *
     * @param cal the office calendar
     * @param due the current due instant
     * @return {@code due} minus one working day
     */
    public LocalDateTime apologyDeadline(WorkingCalendar cal, LocalDateTime due) {
        return subtractWorkingDays(cal, due, BigDecimal.ONE);
    }

    /**
     * Classifies a finish against its due instant by <em>date</em>, as the official rule does: late
     * iff the finish date is after the due date, early iff it is before, on time on the same date
     * (even at 17:30 for a 10:00 due).
     *
     * @param finishedAt when the result was finished
     * @param due        the due instant
     * @return the class
     */
    public TimelinessClass classify(LocalDateTime finishedAt, LocalDateTime due) {
        int c = finishedAt.toLocalDate().compareTo(due.toLocalDate());
        return c < 0 ? TimelinessClass.EARLY : c > 0 ? TimelinessClass.LATE : TimelinessClass.ON_TIME;
    }

    static long toMinutes(WorkingCalendar cal, BigDecimal amount, DurationUnit unit) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Duration must not be negative: " + amount);
        }
        long factor = switch (unit) {
            case WORKING_DAYS -> cal.workingMinutesPerDay();
            case WORKING_HOURS -> 60;
            case CALENDAR_DAYS -> MINUTES_PER_CALENDAR_DAY;
        };
        return amount.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static LocalDateTime addWorkingMinutes(WorkingCalendar cal, LocalDateTime start, long minutes,
            List<LocalDateTime[]> stops) {
        if (minutes == 0) {
            return start;
        }
        long remaining = minutes;
        LocalDate day = start.toLocalDate();
        for (int idle = 0; idle <= WorkingCalendar.MAX_SCAN_DAYS; day = day.plusDays(1)) {
            if (!cal.isWorkingDay(day)) {
                idle++;
                continue;
            }
            idle = 0;
            for (WorkingPeriod p : cal.periods()) {
                LocalDateTime segStart = max(day.atTime(p.start()), start);
                LocalDateTime end = day.atTime(p.end());
                for (LocalDateTime[] stop : stops) {
                    if (!segStart.isBefore(end) || !stop[0].isBefore(end)) {
                        break;
                    }
                    if (!stop[1].isAfter(segStart)) {
                        continue;
                    }
                    if (stop[0].isAfter(segStart)) {
                        long avail = minutesBetween(segStart, stop[0]);
                        if (remaining <= avail) {
                            return segStart.plusMinutes(remaining);
                        }
                        remaining -= avail;
                    }
                    segStart = stop[1];
                }
                if (segStart.isBefore(end)) {
                    long avail = minutesBetween(segStart, end);
                    if (remaining <= avail) {
                        return segStart.plusMinutes(remaining);
                    }
                    remaining -= avail;
                }
            }
        }
        throw new IllegalStateException("No working day found after " + day);
    }

    private static LocalDateTime addCalendarMinutes(LocalDateTime start, long minutes, List<LocalDateTime[]> stops) {
        LocalDateTime cursor = start;
        long remaining = minutes;
        for (LocalDateTime[] stop : stops) {
            if (!stop[1].isAfter(cursor)) {
                continue;
            }
            if (stop[0].isAfter(cursor)) {
                long avail = minutesBetween(cursor, stop[0]);
                if (remaining <= avail) {
                    return cursor.plusMinutes(remaining);
                }
                remaining -= avail;
            }
            cursor = stop[1];
        }
        return cursor.plusMinutes(remaining);
    }

    /** Truncates, closes open pauses at {@code asOf}, sorts and merges; returns [start, end] pairs. */
    private static List<LocalDateTime[]> normalise(List<PauseInterval> pauses, LocalDateTime asOf) {
        List<LocalDateTime[]> raw = new ArrayList<>();
        for (PauseInterval p : pauses == null ? List.<PauseInterval>of() : pauses) {
            LocalDateTime end = p.end();
            if (end == null) {
                if (asOf == null) {
                    throw new IllegalArgumentException(
                            "Pause from " + p.start() + " is still open: pass an asOf instant to close it");
                }
                end = max(asOf, p.start());
            }
            LocalDateTime s = minute(p.start());
            LocalDateTime e = minute(end);
            if (s.isBefore(e)) {
                raw.add(new LocalDateTime[] {s, e});
            }
        }
        raw.sort(Comparator.comparing((LocalDateTime[] a) -> a[0]));
        List<LocalDateTime[]> merged = new ArrayList<>();
        for (LocalDateTime[] r : raw) {
            LocalDateTime[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !r[0].isAfter(last[1])) {
                last[1] = max(last[1], r[1]);
            } else {
                merged.add(new LocalDateTime[] {r[0], r[1]});
            }
        }
        return merged;
    }

    private static LocalDateTime minute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    private static long minutesBetween(LocalDateTime a, LocalDateTime b) {
        return Duration.between(a, b).toMinutes();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
