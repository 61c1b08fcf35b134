// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working period of a working day, for example 07:00–11:30, as a half-open interval
 * {@code [start, end)} of clock time.
 *
 * @param start the first working minute
 * @param end   the end of the period (exclusive), strictly after {@code start}
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    /**
     * Validates the period.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}, or the times have
     *                                  seconds (periods are whole minutes)
     */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Working period must end after it starts: " + start + "-" + end);
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("Working period must be whole minutes: " + start + "-" + end);
        }
    }

    /**
     * Creates a period from {@code "HH:mm"} strings.
     *
     * @param start the start, e.g. {@code "07:00"}
     * @param end   the end, e.g. {@code "11:30"}
     * @return the period
     */
    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    /**
     * Returns the length of the period in minutes.
     *
     * @return the number of working minutes in this period
     */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /**
     * Tells whether a clock time lies inside the period ({@code start <= time < end}).
     *
     * @param time the clock time
     * @return {@code true} if inside
     */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }

    /**
     * Parses a list such as {@code 07:00-11:30,13:30-17:00}; blank text gives the default periods.
     *
     * @param text the periods, comma-separated, each {@code HH:mm-HH:mm}
     * @return the periods in the given order
     */
    public static java.util.List<WorkingPeriod> parseAll(String text) {
        String source = text == null || text.isBlank() ? "07:00-11:30,13:30-17:00" : text;
        java.util.List<WorkingPeriod> periods = new java.util.ArrayList<>();
        for (String part : source.split(",")) {
            String[] ends = part.trim().split("-");
            periods.add(new WorkingPeriod(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
        }
        return periods;
    }
}
