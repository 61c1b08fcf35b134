// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.calendar.WorkingPeriod;
import org.motcua.core.internal.model.CalendarDayEntity;
import org.motcua.core.internal.model.OfficeEntity;

/**
 * Builds an office's working calendar from its settings and the holiday and make-up day tables. A
 * calendar is kept for a minute (workstations sharing a database see an administrator's change within
 * that time; this workstation's own changes are seen at once).
 */
public final class CalendarProvider {

    private static final long TTL_NANOS = 60_000_000_000L;

    private record Cached(WorkingCalendar calendar, long loadedAt) {
    }

    private final java.util.Map<Long, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The default working periods, as stored in an office row. */
    public static final String DEFAULT_PERIODS = "07:00-11:30,13:30-17:00";

    /** @return the calendar of {@code office}: its periods and cut-off, holidays for all offices and its own */
    public WorkingCalendar calendarOf(EntityManager em, OfficeEntity office) {
        Cached cached = cache.get(office.getId());
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < TTL_NANOS) {
            return cached.calendar();
        }
        WorkingCalendar calendar = load(em, office);
        cache.put(office.getId(), new Cached(calendar, now));
        return calendar;
    }

    /** Forgets every cached calendar (after a change of hours, holidays or make-up days). */
    public void invalidate() {
        cache.clear();
    }

    private static WorkingCalendar load(EntityManager em, OfficeEntity office) {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().periods(parsePeriods(office.getWorkingPeriods()));
        if (office.getCutOff() != null) {
            builder.cutOffTime(office.getCutOff());
        }
        List<CalendarDayEntity> days = em.createQuery(
                "select d from CalendarDayEntity d where d.office is null or d.office = :office order by d.day",
                CalendarDayEntity.class).setParameter("office", office).getResultList();
        for (CalendarDayEntity day : days) {
            String note = day.getNote() == null ? "" : day.getNote();
            if (day.isWorkingDay()) {
                builder.makeUpWorkingDay(day.getDay(), note);
            } else {
                builder.holiday(day.getDay(), note);
            }
        }
        return builder.build();
    }

    /** @return the periods of a text such as {@code 07:00-11:30,13:30-17:00} */
    public static List<WorkingPeriod> parsePeriods(String text) {
        return WorkingPeriod.parseAll(text == null || text.isBlank() ? DEFAULT_PERIODS : text);
    }
}
