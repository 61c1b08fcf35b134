package org.motcua.core.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.workflow.Actor;

/**
 * Offices, departments, users and calendars. Changes need an administrator and are audited; the very
 * first administrator is created by the installer through {@link #createFirstAdministrator}.
 */
public interface OrganizationService {

    /** Creates an office. */
    OfficeRef createOffice(Actor admin, OfficeData data);

    /** Creates a department or an external agency of an office. */
    DepartmentRef createDepartment(Actor admin, long officeId, String code, String name, DepartmentKind kind);

    /** Creates a user; the password is stored as an Argon2id hash. */
    UserRef createUser(Actor admin, String username, String fullName, long officeId, Long departmentId, Set<Role> roles,
            char[] password);

    /** Declares a holiday ({@code workingDay} false) or a make-up working day, for one office or all ({@code null}). */
    void setCalendarDay(Actor admin, Long officeId, LocalDate day, boolean workingDay, String note);

    /** Creates the first administrator of an empty installation; refused once one exists. */
    UserRef createFirstAdministrator(OfficeData office, String username, String fullName, char[] password);

    /** @return the user if the password matches */
    Optional<UserRef> authenticate(String username, char[] password);

    /** @return every office, by code */
    List<OfficeRef> offices();

    /** @return the office with this code */
    Optional<OfficeRef> office(String code);

    /** @return the departments of an office, by code */
    List<DepartmentRef> departments(long officeId);

    /** @return the user with this name */
    Optional<UserRef> user(String username);

    /** @return the office's working calendar (hours, cut-off, holidays, make-up days) */
    WorkingCalendar calendar(long officeId);
}
