// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.calendar.WorkingPeriod;
import org.motcua.core.internal.model.CalendarDayEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.OfficeSettingEntity;
import org.motcua.core.org.OfficeSettings;

/**
 * Builds an office's working calendar from its settings in force on a day (the office row's, then each
 * {@code office_setting} row from its effective date) and the holiday and make-up day tables. A dossier's calendar
 * is that of the settings in force on its day of receipt ({@link #calendarOf(EntityManager, OfficeEntity,
 * DossierEntity)}), so a later change of hours, cut-off or SLA never moves an appointment already given. An
 * office's calendars are kept for a minute (workstations sharing a database see an administrator's change within
 * that time; this workstation's own changes are seen at once), or not at all on a server, where several
 * servers over one database must count the same deadlines.
 */
public final class CalendarProvider {

    /** How long an office's calendars are kept where the database has a shared cache. */
    public static final java.time.Duration KEEP_FOR = java.time.Duration.ofMinutes(1);

    /** The persistence property that says whether the database has a shared cache ({@code NONE}: none). */
    public static final String SHARED_CACHE_MODE = "jakarta.persistence.sharedCache.mode";

    private final long ttlNanos;

    /** An office's settings, oldest first (the first has no effective date), each with its calendar. */
    private record Cached(List<OfficeSettings> settings, List<WorkingCalendar> calendars, long loadedAt) {
    }

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** Calendars kept for {@code keepFor} ({@link java.time.Duration#ZERO}: read again every time). */
    public CalendarProvider(java.time.Duration keepFor) {
        this.ttlNanos = keepFor.toNanos();
    }

    /** The default working periods, as stored in an office row. */
    public static final String DEFAULT_PERIODS = "07:00-11:30,13:30-17:00";

    /** @return the calendar of {@code office} with its settings in force on {@code day} */
    public WorkingCalendar calendarOf(EntityManager em, OfficeEntity office, LocalDate day) {
        Cached cached = cached(em, office);
        return cached.calendars().get(index(cached.settings(), day));
    }

    /**
     * @return the calendar of {@code office} for a due date of {@code dossier}: with the settings in force on the
     *         dossier's day of receipt
     */
    public WorkingCalendar calendarOf(EntityManager em, OfficeEntity office, DossierEntity dossier) {
        return calendarOf(em, office, dossier.getReceivedAt().toLocalDate());
    }

    /** @return the settings of {@code office} in force on {@code day} */
    public OfficeSettings settingsOf(EntityManager em, OfficeEntity office, LocalDate day) {
        Cached cached = cached(em, office);
        return cached.settings().get(index(cached.settings(), day));
    }

    /** @return every settings entry of {@code office}: those it was created with first, then by effective date */
    public List<OfficeSettings> history(EntityManager em, OfficeEntity office) {
        return cached(em, office).settings();
    }

    /** Forgets every cached calendar (after a change of hours, holidays or make-up days). */
    public void invalidate() {
        cache.clear();
    }

    private Cached cached(EntityManager em, OfficeEntity office) {
        Cached cached = cache.get(office.getId());
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached;
        }
        Cached loaded = load(em, office, now);
        cache.put(office.getId(), loaded);
        return loaded;
    }

    private static int index(List<OfficeSettings> settings, LocalDate day) {
        int found = 0;
        for (int i = 1; i < settings.size(); i++) {
            if (!day.isBefore(settings.get(i).effectiveFrom())) {
                found = i;
            }
        }
        return found;
    }

    private static Cached load(EntityManager em, OfficeEntity office, long loadedAt) {
        List<OfficeSettings> settings = new ArrayList<>();
        settings.add(new OfficeSettings(null, office.getWorkingPeriods(), office.getCutOff(), null,
                office.getAcceptanceSlaDays(), null, null));
        for (OfficeSettingEntity s : em.createQuery("select s from OfficeSettingEntity s where s.office = :office"
                + " order by s.effectiveFrom", OfficeSettingEntity.class).setParameter("office", office).getResultList()) {
            settings.add(new OfficeSettings(s.getEffectiveFrom(), s.getWorkingPeriods(), s.getCutOff(), s.getCutOffBasis(),
                    s.getAcceptanceSlaDays(), s.getRecordedBy(), s.getRecordedAt()));
        }
        List<CalendarDayEntity> days = em.createQuery(
                "select d from CalendarDayEntity d where d.office is null or d.office = :office order by d.day",
                CalendarDayEntity.class).setParameter("office", office).getResultList();
        List<WorkingCalendar> calendars = new ArrayList<>();
        for (OfficeSettings s : settings) {
            calendars.add(calendar(s, days));
        }
        return new Cached(List.copyOf(settings), List.copyOf(calendars), loadedAt);
    }

    private static WorkingCalendar calendar(OfficeSettings settings, List<CalendarDayEntity> days) {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().periods(parsePeriods(settings.workingPeriods()));
        if (settings.cutOff() != null) {
            builder.cutOffTime(settings.cutOff());
        }
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
