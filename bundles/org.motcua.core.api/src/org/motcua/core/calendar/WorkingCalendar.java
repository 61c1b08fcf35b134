// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working-time calendar of one office: working periods of a day, weekend days, holidays,
 * swapped (make-up) working days and the receipt cut-off time. Immutable and thread-safe; create it
 * with {@link #builder()}.
 * <p>
 * Defaults: periods 07:00–11:30 and 13:30–17:00 (8 working hours = one working day), weekend
 * Saturday and Sunday (QĐ 188/1999/QĐ-TTg), no holidays, cut-off = closing time, zone
 * Asia/Ho_Chi_Minh. Holidays (Labour Code 2019 Art. 112, Tết dates announced each year) and swapped
 * days are entered by an administrator with a note such as the notice number.
 * <p>
 * A date is a working day when it is a declared make-up working day, or when it is neither a weekend
 * day nor a holiday. A weekday declared off is simply a holiday. A date cannot be both.
 * All computations use {@link LocalDateTime} in the office's local time; {@link #zone()} is only
 * there to convert instants at the boundary.
 */
public final class WorkingCalendar {

    /** The zone of Vietnamese offices. */
    public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Guard against calendars without any working day in sight (about 30 years). */
    static final int MAX_SCAN_DAYS = 11_000;

    private final List<WorkingPeriod> periods;
    private final Set<DayOfWeek> weekendDays;
    private final NavigableMap<LocalDate, String> holidays;
    private final NavigableMap<LocalDate, String> makeUpWorkingDays;
    private final LocalTime cutOff;
    private final ZoneId zone;
    private final long minutesPerDay;

    private WorkingCalendar(Builder b) {
        List<WorkingPeriod> sorted = new ArrayList<>(b.periods.isEmpty() ? defaultPeriods() : b.periods);
        sorted.sort(Comparator.comparing(WorkingPeriod::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        this.periods = List.copyOf(sorted);
        this.weekendDays = Collections.unmodifiableSet(b.weekendDays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(b.weekendDays));
        for (LocalDate d : b.holidays.keySet()) {
            if (b.makeUpWorkingDays.containsKey(d)) {
                throw new IllegalArgumentException("Date is both a holiday and a make-up working day: " + d);
            }
        }
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(b.holidays));
        this.makeUpWorkingDays = Collections.unmodifiableNavigableMap(new TreeMap<>(b.makeUpWorkingDays));
        this.cutOff = b.cutOff == null ? closingTime(periods) : b.cutOff;
        this.zone = b.zone;
        this.minutesPerDay = periods.stream().mapToLong(WorkingPeriod::minutes).sum();
    }

    private static LocalTime closingTime(List<WorkingPeriod> periods) {
        return periods.get(periods.size() - 1).end();
    }

    private static List<WorkingPeriod> defaultPeriods() {
        return List.of(WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:30", "17:00"));
    }

    /**
     * Returns a builder with the defaults described in the class comment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the default calendar (no holidays).
     *
     * @return the default calendar
     */
    public static WorkingCalendar defaults() {
        return builder().build();
    }

    /**
     * Returns a builder initialised with this calendar's settings, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.periods.addAll(periods);
        b.weekendDays.clear();
        b.weekendDays.addAll(weekendDays);
        b.holidays.putAll(holidays);
        b.makeUpWorkingDays.putAll(makeUpWorkingDays);
        b.cutOff = cutOff;
        b.zone = zone;
        return b;
    }

    /**
     * Tells whether {@code date} is a working day.
     *
     * @param date the date
     * @return {@code true} for a make-up working day, or a non-weekend day that is not a holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.containsKey(date)) {
            return true;
        }
        return !weekendDays.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /**
     * Moves by whole working days. For {@code n > 0} returns the n-th working day after {@code date};
     * for {@code n < 0} the |n|-th working day before it; for {@code n == 0} the date itself (even if
     * it is not a working day). {@code date} itself need not be a working day.
     *
     * @param date the start date
     * @param n    the number of working days, may be negative
     * @return the resulting date
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        int scanned = 0;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
                scanned = 0;
            } else if (++scanned > MAX_SCAN_DAYS) {
                throw new IllegalStateException("No working day found near " + d);
            }
        }
        return d;
    }

    /**
     * Returns the first working day strictly after {@code date}.
     *
     * @param date the date
     * @return the next working day
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * Returns the working periods of a working day, sorted and non-overlapping.
     *
     * @return the periods
     */
    public List<WorkingPeriod> periods() {
        return periods;
    }

    /**
     * Returns the opening time (start of the first period).
     *
     * @return the opening time
     */
    public LocalTime openingTime() {
        return periods.get(0).start();
    }

    /**
     * Returns the closing time (end of the last period).
     *
     * @return the closing time
     */
    public LocalTime closingTime() {
        return closingTime(periods);
    }

    /**
     * Returns the opening instant of a date (meaningful for working days).
     *
     * @param date the date
     * @return the date at {@link #openingTime()}
     */
    public LocalDateTime openingOf(LocalDate date) {
        return date.atTime(openingTime());
    }

    /**
     * Returns the number of working minutes in one working day; this is the length of one
     * {@link DurationUnit#WORKING_DAYS working day} (480 by default).
     *
     * @return the minutes per working day
     */
    public long workingMinutesPerDay() {
        return minutesPerDay;
    }

    /**
     * Returns the weekend days.
     *
     * @return the unmodifiable set of weekend days
     */
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    /**
     * Returns the holidays with their notes (notice reference), sorted by date.
     *
     * @return the unmodifiable map date → note
     */
    public Map<LocalDate, String> holidays() {
        return holidays;
    }

    /**
     * Returns the make-up (swapped) working days with their notes, sorted by date.
     *
     * @return the unmodifiable map date → note
     */
    public Map<LocalDate, String> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    /**
     * Returns the note of a holiday.
     *
     * @param date the date
     * @return the note, empty if the date is not a declared holiday
     */
    public Optional<String> holidayNote(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * Returns the receipt cut-off time: a dossier received after it counts as received at the
     * opening of the next working day.
     *
     * @return the cut-off time
     */
    public LocalTime cutOffTime() {
        return cutOff;
    }

    /**
     * Returns the office's zone.
     *
     * @return the zone (Asia/Ho_Chi_Minh by default)
     */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c && periods.equals(c.periods) && weekendDays.equals(c.weekendDays)
                && holidays.equals(c.holidays) && makeUpWorkingDays.equals(c.makeUpWorkingDays)
                && cutOff.equals(c.cutOff) && zone.equals(c.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(periods, weekendDays, holidays, makeUpWorkingDays, cutOff, zone);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[periods=" + periods + ", weekend=" + weekendDays + ", holidays=" + holidays.size()
                + ", makeUpDays=" + makeUpWorkingDays.size() + ", cutOff=" + cutOff + ", zone=" + zone + "]";
    }

    /** Builder of {@link WorkingCalendar}; not thread-safe. */
    public static final class Builder {
        private final List<WorkingPeriod> periods = new ArrayList<>();
        private final Set<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Map<LocalDate, String> makeUpWorkingDays = new TreeMap<>();
        private LocalTime cutOff;
        private ZoneId zone = VIETNAM_ZONE;

        private Builder() {
        }

        /**
         * Replaces the working periods (default 07:00–11:30 and 13:30–17:00).
         *
         * @param newPeriods at least one period; they must not overlap
         * @return this builder
         */
        public Builder periods(List<WorkingPeriod> newPeriods) {
            if (newPeriods.isEmpty()) {
                throw new IllegalArgumentException("At least one working period is required");
            }
            periods.clear();
            periods.addAll(newPeriods);
            return this;
        }

        /**
         * Replaces the working periods.
         *
         * @param newPeriods at least one period
         * @return this builder
         */
        public Builder periods(WorkingPeriod... newPeriods) {
            return periods(List.of(newPeriods));
        }

        /**
         * Replaces the weekend days (default Saturday and Sunday).
         *
         * @param days the weekend days, possibly none
         * @return this builder
         */
        public Builder weekendDays(Set<DayOfWeek> days) {
            weekendDays.clear();
            weekendDays.addAll(days);
            return this;
        }

        /**
         * Declares a holiday (a day off). A weekday declared off under a swap is also a holiday.
         *
         * @param date the date
         * @param note the legal basis or notice, e.g. {@code "Tết 2026, TB 9441/TB-BNV"}
         * @return this builder
         */
        public Builder holiday(LocalDate date, String note) {
            holidays.put(Objects.requireNonNull(date, "date"), note == null ? "" : note);
            return this;
        }

        /**
         * Declares every date from {@code from} to {@code to} (both inclusive) a holiday. Weekend dates
         * in the range are stored too; that is harmless.
         *
         * @param from the first date
         * @param to   the last date
         * @param note the legal basis or notice
         * @return this builder
         */
        public Builder holidays(LocalDate from, LocalDate to, String note) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Holiday range ends before it starts: " + from + " > " + to);
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holiday(d, note);
            }
            return this;
        }

        /**
         * Declares a make-up working day, usually a Saturday worked in exchange for a day off.
         *
         * @param date the date
         * @param note the notice, e.g. {@code "làm bù cho 2/5/2025"}
         * @return this builder
         */
        public Builder makeUpWorkingDay(LocalDate date, String note) {
            makeUpWorkingDays.put(Objects.requireNonNull(date, "date"), note == null ? "" : note);
            return this;
        }

        /**
         * Sets the receipt cut-off time (default: the closing time).
         *
         * @param time the cut-off, e.g. 15:00
         * @return this builder
         */
        public Builder cutOffTime(LocalTime time) {
            cutOff = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Sets the office zone (default Asia/Ho_Chi_Minh).
         *
         * @param newZone the zone
         * @return this builder
         */
        public Builder zone(ZoneId newZone) {
            zone = Objects.requireNonNull(newZone, "zone");
            return this;
        }

        /**
         * Builds the immutable calendar.
         *
         * @return the calendar
         * @throws IllegalArgumentException if periods overlap or a date is both holiday and make-up day
         */
        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
