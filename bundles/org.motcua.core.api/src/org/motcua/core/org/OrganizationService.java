// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.security.Principal;

/**
 * Offices, departments, users and calendars. Changes need an administrator and are audited; the very
 * first administrator is created by the installer through {@link #createFirstAdministrator}.
 */
public interface OrganizationService {

    /** Creates an office. */
    OfficeRef createOffice(Principal admin, OfficeData data);

    /** Creates a department or an external agency of an office. */
    DepartmentRef createDepartment(Principal admin, long officeId, String code, String name, DepartmentKind kind);

    /** Creates a user; the password is stored as an Argon2id hash. */
    UserRef createUser(Principal admin, String username, String fullName, long officeId, Long departmentId, Set<Role> roles,
            char[] password);

    /** Declares a holiday ({@code workingDay} false) or a make-up working day, for one office or all ({@code null}). */
    default void setCalendarDay(Principal admin, Long officeId, LocalDate day, boolean workingDay, String note) {
        setCalendarDay(admin, officeId, day, workingDay, note, null);
    }

    /**
     * Declares or replaces a holiday or make-up working day, for one office or all ({@code null}), with the
     * official notice it comes from.
     */
    void setCalendarDay(Principal admin, Long officeId, LocalDate day, boolean workingDay, String note, String notice);

    /** Removes the entry of {@code day} for the office (or for all, {@code null}); refused when there is none. */
    void removeCalendarDay(Principal admin, Long officeId, LocalDate day);

    /**
     * @param officeId an office (its own entries and those for every office), or {@code null} (only those for every office)
     * @return the entered days of {@code year}, by date
     */
    List<CalendarEntry> calendarDays(Long officeId, int year);

    /**
     * Changes an office's name, level, regime and parent (no cycles; the level must exist under the regime).
     * Refused ({@code admin.changedMeanwhile}) when the office is no longer as {@code shown}: someone else
     * changed it since the screen read it, and their change is not overwritten.
     *
     * @param shown the office as the screen showed it
     * @return the office as changed
     */
    OfficeRef updateOffice(Principal admin, OfficeRef shown, String name, OfficeLevel level, Regime regime, Long parentId);

    /**
     * @return the accounts of an office, by user name; only for an administrator over that office (its own office
     *         or one below it), since the list names every account that could be attacked
     */
    List<UserAccount> users(Principal admin, long officeId);

    /**
     * Replaces a user's roles. The last active administrator keeps the administrator role. Refused
     * ({@code admin.changedMeanwhile}) when the account is no longer as {@code shown}.
     *
     * @param shown the account as the screen showed it
     * @return the account as changed
     */
    UserAccount setRoles(Principal admin, UserAccount shown, Set<Role> roles);

    /**
     * Allows ({@code true}) or stops ({@code false}) a user signing in. Nobody deactivates themselves. Refused
     * ({@code admin.changedMeanwhile}) when the account is no longer as {@code shown}.
     *
     * @param shown the account as the screen showed it
     * @return the account as changed
     */
    UserAccount setActive(Principal admin, UserAccount shown, boolean active);

    /**
     * Sets a temporary password chosen by the administrator: the user must change it at the next sign-in, and
     * the user's open sessions end. Refused ({@code admin.changedMeanwhile}) when the account is no longer as
     * {@code shown}.
     *
     * @return the account as changed
     */
    UserAccount resetPassword(Principal admin, UserAccount shown, char[] temporaryPassword);

    /**
     * Lifts the lock that repeated failed sign-ins put on an account. Refused ({@code admin.changedMeanwhile})
     * when the account is no longer as {@code shown}.
     *
     * @return the account as changed
     */
    UserAccount unlock(Principal admin, UserAccount shown);

    /** Creates the first administrator of an empty installation; refused once one exists. */
    UserRef createFirstAdministrator(OfficeData office, String username, String fullName, char[] password);

    /** @return every office, by code */
    List<OfficeRef> offices();

    /** @return the office with this code */
    Optional<OfficeRef> office(String code);

    /** @return the departments of an office, by code */
    List<DepartmentRef> departments(long officeId);

    /** @return the user with this name */
    Optional<UserRef> user(String username);

    /** @return the office's working calendar (hours, cut-off, holidays, make-up days) with today's settings */
    WorkingCalendar calendar(long officeId);

    /** @return the office's working calendar with the settings in force on {@code day} */
    WorkingCalendar calendar(long officeId, LocalDate day);

    /**
     * @return the office's calendar settings: those it was created with (no effective date), then each change by
     *         effective date
     */
    List<OfficeSettings> officeSettings(long officeId);

    /**
     * Changes an office's working periods, receipt cut-off (with the decision it comes from) and inter-level
     * acceptance SLA from {@code settings.effectiveFrom()} on, which must be after today: dossiers already received
     * keep the settings of their day of receipt. An entry for the same day is replaced. Needs an administrator over
     * the office.
     *
     * @param settings the new settings ({@code recordedBy} and {@code recordedAt} are ignored)
     */
    void setOfficeSettings(Principal admin, long officeId, OfficeSettings settings);

    /**
     * @return the national days off of {@code year} that follow from dated rules
     *         ({@link org.motcua.core.config.NationalHolidays}) and are not entered yet for every office
     */
    default List<org.motcua.core.config.Holiday> proposedHolidays(int year) {
        java.util.Set<LocalDate> entered = new java.util.HashSet<>();
        calendarDays(null, year).forEach(d -> entered.add(d.day()));
        return org.motcua.core.config.NationalHolidays.proposed(year).stream().filter(h -> !entered.contains(h.day())).toList();
    }

    /**
     * Enters the {@linkplain #proposedHolidays proposed} days of {@code year} for every office, each with its rule
     * as the notice, in one change. Needs an administrator of a top office.
     *
     * @return the days entered
     */
    List<org.motcua.core.config.Holiday> addProposedHolidays(Principal admin, int year);
}
