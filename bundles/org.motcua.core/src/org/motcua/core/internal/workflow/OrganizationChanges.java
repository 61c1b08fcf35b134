// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.engine.SecuritySettings;
import org.motcua.core.calendar.WorkingPeriod;
import org.motcua.core.config.Holiday;
import org.motcua.core.internal.model.CalendarDayEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.OfficeSettingEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.Note;

/**
 * The administration screen's changes to existing offices, users and calendar days: each checks the
 * administrator role, its own rules, and writes the audit record in the same transaction.
 */
final class OrganizationChanges {

    /** The longest inter-level acceptance SLA an administrator may set, in working days. */
    static final BigDecimal MAX_SLA_DAYS = BigDecimal.valueOf(30);

    private final Tx tx;
    private final TimeSource time;
    private final CalendarProvider calendars;
    private final SecuritySettings security;

    OrganizationChanges(Tx tx, TimeSource time, CalendarProvider calendars, SecuritySettings security) {
        this.tx = tx;
        this.time = time;
        this.calendars = calendars;
        this.security = security;
    }

    OfficeRef updateOffice(Principal admin, OfficeRef shown, String name, OfficeLevel level, Regime regime, Long parentId) {
        return tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OfficeEntity office = OrganizationEngine.findOffice(em, shown.id());
            OrganizationEngine.requireOver(user, office);
            if (parentId == null) {
                OrganizationEngine.requireTop(user);
            } else {
                OrganizationEngine.requireOver(user, OrganizationEngine.findOffice(em, parentId));
            }
            em.lock(office, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(office);
            if (!OrganizationEngine.office(office).equals(shown)) {
                throw new MotCuaException("admin.changedMeanwhile", office.getName());
            }
            if (name == null || name.isBlank()) {
                throw new MotCuaException("office.codeAndNameRequired");
            }
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(regime, "regime");
            if (!regime.allows(level)) {
                throw new MotCuaException("office.levelNotInRegime", level.name(), regime.name());
            }
            OfficeEntity parent = parentId == null ? null : OrganizationEngine.findOffice(em, parentId);
            for (OfficeEntity p = parent; p != null; p = p.getParent()) {
                if (p.getId().equals(office.getId())) {
                    throw new MotCuaException("office.parentCycle", office.getCode(), parent.getCode());
                }
            }
            Object[] before = describe(office);
            office.setName(name.trim());
            office.setLevel(level);
            office.setRegime(regime);
            office.setParent(parent);
            calendars.invalidate();
            Object[] after = describe(office);
            OrganizationEngine.audit(em, time, user.getUsername(), "office.update", office.getCode(), before[0], before[1],
                    before[2], before[3], after[0], after[1], after[2], after[3]);
            return OrganizationEngine.office(office);
        });
    }

    /** @return name, level, regime and parent code (or "-") of an office, as its audit note shows them */
    private static Object[] describe(OfficeEntity o) {
        return new Object[] { o.getName(), o.getLevel().name(), o.getRegime().name(),
                o.getParent() == null ? "-" : o.getParent().getCode() };
    }

    List<UserAccount> users(Principal admin, long officeId) {
        return tx.read(em -> {
            UserEntity actor = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireOver(actor, OrganizationEngine.findOffice(em, officeId));
            return em.createQuery("select u from UserEntity u where u.office.id = :o order by u.username",
                    UserEntity.class).setParameter("o", officeId).getResultList().stream()
                    .map(OrganizationChanges::account).toList();
        });
    }

    UserAccount setRoles(Principal admin, UserAccount shown, Set<Role> roles) {
        return tx.call(em -> {
            UserEntity actor = OrganizationEngine.requireAdmin(em, admin);
            UserEntity user = lockedAsShown(em, shown);
            OrganizationEngine.requireOver(actor, user.getOffice());
            if (roles != null && roles.contains(Role.ADMINISTRATOR) != user.getRoles().contains(Role.ADMINISTRATOR)) {
                OrganizationEngine.requireTop(actor); // granting or taking the administrator role
            }
            if (roles == null || roles.isEmpty()) {
                throw new MotCuaException("user.rolesRequired");
            }
            if (user.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
                requireAnotherAdministrator(em, user);
            }
            Set<Role> before = EnumSet.copyOf(user.getRoles());
            user.setRoles(EnumSet.copyOf(roles));
            OrganizationEngine.audit(em, time, actor.getUsername(), "user.roles", user.getUsername(),
                    OrganizationEngine.roles(before), OrganizationEngine.roles(user.getRoles()));
            return account(user);
        });
    }

    UserAccount setActive(Principal admin, UserAccount shown, boolean active) {
        return tx.call(em -> {
            UserEntity actor = OrganizationEngine.requireAdmin(em, admin);
            UserEntity user = lockedAsShown(em, shown);
            OrganizationEngine.requireOver(actor, user.getOffice());
            if (!active && user.getId().equals(actor.getId())) {
                throw new MotCuaException("user.cannotDeactivateSelf");
            }
            if (!active && user.getRoles().contains(Role.ADMINISTRATOR)) {
                requireAnotherAdministrator(em, user);
            }
            user.setActive(active);
            if (!active) {
                SessionEngine.endAll(em, user);
            }
            OrganizationEngine.audit(em, time, actor.getUsername(), active ? "user.activate" : "user.deactivate",
                    user.getUsername());
            return account(user);
        });
    }

    UserAccount resetPassword(Principal admin, UserAccount shown, char[] temporaryPassword) {
        OrganizationEngine.requireStrongPassword(temporaryPassword);
        String hash = PasswordHasher.hash(temporaryPassword, security);
        return tx.call(em -> {
            UserEntity actor = OrganizationEngine.requireAdmin(em, admin);
            UserEntity user = lockedAsShown(em, shown);
            OrganizationEngine.requireOver(actor, user.getOffice());
            user.setPasswordHash(hash);
            user.setPasswordChangeRequired(true);
            user.setFailedSignIns(0);
            user.setLockedUntil(null);
            SessionEngine.endAll(em, user);
            OrganizationEngine.audit(em, time, actor.getUsername(), "user.passwordReset", user.getUsername());
            return account(user);
        });
    }

    UserAccount unlock(Principal admin, UserAccount shown) {
        return tx.call(em -> {
            UserEntity actor = OrganizationEngine.requireAdmin(em, admin);
            UserEntity user = lockedAsShown(em, shown);
            OrganizationEngine.requireOver(actor, user.getOffice());
            user.setFailedSignIns(0);
            user.setLockedUntil(null);
            OrganizationEngine.audit(em, time, actor.getUsername(), "user.unlock", user.getUsername());
            return account(user);
        });
    }

    /**
     * The account, locked for this transaction, if it is still as the screen showed it: another administrator's
     * change made since is never overwritten silently.
     */
    private static UserEntity lockedAsShown(EntityManager em, UserAccount shown) {
        UserEntity user = findUser(em, shown.id());
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(user);
        if (!account(user).sameAdministration(shown)) {
            throw new MotCuaException("admin.changedMeanwhile", user.getUsername());
        }
        return user;
    }

    private static void requireAnotherAdministrator(EntityManager em, UserEntity user) {
        Number others = em.createQuery("select count(u) from UserEntity u join u.roles r where r = :r and u.active = true"
                + " and u.id <> :id", Number.class).setParameter("r", Role.ADMINISTRATOR)
                .setParameter("id", user.getId()).getSingleResult();
        if (others.longValue() == 0) {
            throw new MotCuaException("user.lastAdministrator", user.getUsername());
        }
    }

    private static UserEntity findUser(EntityManager em, long id) {
        UserEntity user = em.find(UserEntity.class, id);
        if (user == null) {
            throw new MotCuaException("user.unknown", id);
        }
        return user;
    }

    static UserAccount account(UserEntity u) {
        return new UserAccount(u.getId(), u.getUsername(), u.getFullName(), u.getOffice().getId(),
                u.getDepartment() == null ? null : u.getDepartment().getId(), Set.copyOf(u.getRoles()), u.isActive(),
                u.getLockedUntil(), u.isPasswordChangeRequired());
    }

    void setCalendarDay(Principal admin, Long officeId, LocalDate day, boolean workingDay, String note, String notice) {
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            if (officeId == null) {
                OrganizationEngine.requireTop(user); // a day for every office
            } else {
                OrganizationEngine.requireOver(user, OrganizationEngine.findOffice(em, officeId));
            }
            OfficeEntity office = officeId == null ? null : OrganizationEngine.findOffice(em, officeId);
            putCalendarDay(em, user, office, day, workingDay, note, notice);
            return null;
        });
    }

    /** Enters the proposed national days off of {@code year} for every office, in one transaction. */
    List<Holiday> addProposedHolidays(Principal admin, int year, List<Holiday> proposed) {
        return tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireTop(user); // days for every office
            if (proposed.isEmpty()) {
                throw new MotCuaException("calendar.nothingProposed", year);
            }
            for (Holiday h : proposed) {
                putCalendarDay(em, user, null, h.day(), h.workingDay(), h.name(), h.notice());
            }
            return proposed;
        });
    }

    /** Declares or replaces a calendar day of {@code office} (or every office, {@code null}) and audits it. */
    private void putCalendarDay(EntityManager em, UserEntity user, OfficeEntity office, LocalDate day, boolean workingDay,
            String note, String notice) {
        if (day == null) {
            throw new MotCuaException("calendar.dayRequired");
        }
        if (note == null || note.isBlank()) {
            throw new MotCuaException("calendar.noteRequired", day);
        }
        List<CalendarDayEntity> existing = entries(em, office, day);
        CalendarDayEntity entry = existing.isEmpty() ? new CalendarDayEntity() : existing.get(0);
        entry.setOffice(office);
        entry.setDay(day);
        entry.setWorkingDay(workingDay);
        entry.setNote(note.trim());
        entry.setNotice(notice == null || notice.isBlank() ? null : notice.trim());
        if (existing.isEmpty()) {
            em.persist(entry);
        }
        calendars.invalidate();
        OrganizationEngine.audit(em, time, user.getUsername(), "calendar.set",
                Note.of("admin.audit.calendar.set." + (workingDay ? "working" : "holiday"), scope(office), day,
                        entry.getNote(), entry.getNotice() == null ? "" : "[" + entry.getNotice() + "]"));
    }

    /**
     * Records an office's calendar settings from a day after today on (replacing an entry of the same day). The
     * cut-off lies within the working periods; one other than the closing time needs its basis.
     */
    void setOfficeSettings(Principal admin, long officeId, OfficeSettings settings) {
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OfficeEntity office = OrganizationEngine.findOffice(em, officeId);
            OrganizationEngine.requireOver(user, office);
            LocalDate tomorrow = time.now().toLocalDate().plusDays(1);
            LocalDate from = settings.effectiveFrom();
            if (from == null || from.isBefore(tomorrow)) {
                throw new MotCuaException("office.settings.notFuture", from == null ? "" : from, tomorrow);
            }
            String periods = settings.workingPeriods() == null || settings.workingPeriods().isBlank()
                    ? CalendarProvider.DEFAULT_PERIODS : settings.workingPeriods().trim();
            List<WorkingPeriod> parsed;
            try {
                parsed = CalendarProvider.parsePeriods(periods);
            } catch (RuntimeException e) { // a malformed time or range
                throw new MotCuaException("office.badWorkingPeriods", periods);
            }
            LocalTime cutOff = settings.cutOff();
            LocalTime opening = parsed.get(0).start();
            LocalTime closing = parsed.get(parsed.size() - 1).end();
            if (cutOff != null && (cutOff.isBefore(opening) || cutOff.isAfter(closing))) {
                throw new MotCuaException("office.settings.cutOffOutside", cutOff, periods);
            }
            String basis = settings.cutOffBasis() == null || settings.cutOffBasis().isBlank() ? null
                    : settings.cutOffBasis().trim();
            if (cutOff != null && !cutOff.equals(closing) && basis == null) {
                throw new MotCuaException("office.settings.basisRequired", cutOff);
            }
            BigDecimal sla = settings.acceptanceSlaDays();
            if (sla == null || sla.signum() <= 0 || sla.compareTo(MAX_SLA_DAYS) > 0) {
                throw new MotCuaException("office.settings.badSla", sla == null ? "" : sla.toPlainString(), MAX_SLA_DAYS);
            }
            List<OfficeSettingEntity> existing = em.createQuery("select s from OfficeSettingEntity s where s.office = :o"
                    + " and s.effectiveFrom = :d", OfficeSettingEntity.class).setParameter("o", office)
                    .setParameter("d", from).getResultList();
            OfficeSettingEntity entry = existing.isEmpty() ? new OfficeSettingEntity() : existing.get(0);
            entry.setOffice(office);
            entry.setEffectiveFrom(from);
            entry.setWorkingPeriods(periods);
            entry.setCutOff(cutOff);
            entry.setCutOffBasis(basis);
            entry.setAcceptanceSlaDays(sla.setScale(2, java.math.RoundingMode.HALF_UP));
            entry.setRecordedAt(time.now());
            entry.setRecordedBy(user.getUsername());
            if (existing.isEmpty()) {
                em.persist(entry);
            }
            calendars.invalidate();
            OrganizationEngine.audit(em, time, user.getUsername(), "office.settings", office.getCode(), from, periods,
                    cutOff == null ? "-" : cutOff.toString(), basis == null ? "" : "[" + basis + "]", sla.toPlainString());
            return null;
        });
    }

    /** @return the settings history of an office */
    List<OfficeSettings> officeSettings(long officeId) {
        return tx.read(em -> calendars.history(em, OrganizationEngine.findOffice(em, officeId)));
    }

    void removeCalendarDay(Principal admin, Long officeId, LocalDate day) {
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OfficeEntity office = officeId == null ? null : OrganizationEngine.findOffice(em, officeId);
            if (office == null) {
                OrganizationEngine.requireTop(user);
            } else {
                OrganizationEngine.requireOver(user, office);
            }
            List<CalendarDayEntity> existing = entries(em, office, day);
            if (existing.isEmpty()) {
                throw new MotCuaException("calendar.noSuchDay", day, scope(office));
            }
            CalendarDayEntity entry = existing.get(0);
            em.remove(entry);
            calendars.invalidate();
            OrganizationEngine.audit(em, time, user.getUsername(), "calendar.remove",
                    Note.of("admin.audit.calendar.remove." + (entry.isWorkingDay() ? "working" : "holiday"), scope(office),
                            day, entry.getNote()));
            return null;
        });
    }

    List<CalendarEntry> calendarDays(Long officeId, int year) {
        return tx.read(em -> {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            var query = officeId == null
                    ? em.createQuery("select d from CalendarDayEntity d where d.office is null and d.day between :f and :t"
                            + " order by d.day", CalendarDayEntity.class)
                    : em.createQuery("select d from CalendarDayEntity d where (d.office is null or d.office.id = :o)"
                            + " and d.day between :f and :t order by d.day", CalendarDayEntity.class)
                            .setParameter("o", officeId);
            return query.setParameter("f", from).setParameter("t", to).getResultList().stream()
                    .map(d -> new CalendarEntry(d.getOffice() == null ? null : d.getOffice().getId(),
                            d.getOffice() == null ? null : d.getOffice().getCode(), d.getDay(), d.isWorkingDay(),
                            d.getNote(), d.getNotice()))
                    .toList();
        });
    }

    private static List<CalendarDayEntity> entries(EntityManager em, OfficeEntity office, LocalDate day) {
        return (office == null
                ? em.createQuery("select d from CalendarDayEntity d where d.day = :day and d.office is null",
                        CalendarDayEntity.class)
                : em.createQuery("select d from CalendarDayEntity d where d.day = :day and d.office = :o",
                        CalendarDayEntity.class).setParameter("o", office))
                .setParameter("day", day).getResultList();
    }

    private static String scope(OfficeEntity office) {
        return office == null ? "*" : office.getCode();
    }
}
