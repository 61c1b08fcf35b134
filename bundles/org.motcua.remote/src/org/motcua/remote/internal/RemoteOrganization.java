// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.config.Holiday;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.remote.wire.Wire.AccountChange;
import org.motcua.remote.wire.Wire.CalendarData;
import org.motcua.remote.wire.Wire.CalendarDay;
import org.motcua.remote.wire.Wire.NewDepartment;
import org.motcua.remote.wire.Wire.NewUser;
import org.motcua.remote.wire.Wire.OfficeChange;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Offices, accounts and calendars kept by the server. The office list, which every screen names offices from,
 * is read again at most every {@link #OFFICES_FOR} (and at once after a change made here).
 */
final class RemoteOrganization implements OrganizationService {

    /** How long the office list is used before it is read again. */
    static final java.time.Duration OFFICES_FOR = java.time.Duration.ofSeconds(30);

    private final Calls calls;
    private volatile List<OfficeRef> offices;
    private volatile long officesReadAt;

    RemoteOrganization(Calls calls) {
        this.calls = calls;
    }

    @Override
    public OfficeRef createOffice(Principal admin, OfficeData data) {
        try {
            return calls.post(admin, "/offices", data, OfficeRef.class);
        } finally {
            offices = null;
        }
    }

    @Override
    public DepartmentRef createDepartment(Principal admin, long officeId, String code, String name, DepartmentKind kind) {
        return calls.post(admin, "/offices/" + officeId + "/departments", new NewDepartment(code, name, kind),
                DepartmentRef.class);
    }

    @Override
    public UserRef createUser(Principal admin, String username, String fullName, long officeId, Long departmentId,
            Set<Role> roles, char[] password) {
        return calls.post(admin, "/users", new NewUser(username, fullName, officeId, departmentId, roles, password),
                UserRef.class);
    }

    @Override
    public void setCalendarDay(Principal admin, Long officeId, LocalDate day, boolean workingDay, String note, String notice) {
        calls.post(admin, "/calendar-days", new CalendarDay(officeId, day, workingDay, note, notice), Void.class);
    }

    @Override
    public void removeCalendarDay(Principal admin, Long officeId, LocalDate day) {
        calls.delete(admin, "/calendar-days/" + day + (officeId == null ? "" : "?office=" + officeId), Void.class);
    }

    @Override
    public List<CalendarEntry> calendarDays(Long officeId, int year) {
        return calls.get(null, "/calendar-days?year=" + year + (officeId == null ? "" : "&office=" + officeId),
                new TypeReference<List<CalendarEntry>>() {
                });
    }

    @Override
    public OfficeRef updateOffice(Principal admin, OfficeRef shown, String name, OfficeLevel level, Regime regime,
            Long parentId) {
        try {
            return calls.post(admin, "/offices/" + shown.id() + "/change",
                    new OfficeChange(shown, name, level, regime, parentId), OfficeRef.class);
        } finally {
            offices = null;
        }
    }

    @Override
    public List<UserAccount> users(Principal admin, long officeId) {
        return calls.get(admin, "/offices/" + officeId + "/users", new TypeReference<List<UserAccount>>() {
        });
    }

    @Override
    public UserAccount setRoles(Principal admin, UserAccount shown, Set<Role> roles) {
        return change(admin, new AccountChange(shown, roles, null, null));
    }

    @Override
    public UserAccount setActive(Principal admin, UserAccount shown, boolean active) {
        return change(admin, new AccountChange(shown, null, active, null));
    }

    @Override
    public UserAccount resetPassword(Principal admin, UserAccount shown, char[] temporaryPassword) {
        return change(admin, new AccountChange(shown, null, null, temporaryPassword));
    }

    @Override
    public UserAccount unlock(Principal admin, UserAccount shown) {
        return change(admin, new AccountChange(shown, null, null, null));
    }

    private UserAccount change(Principal admin, AccountChange change) {
        return calls.post(admin, "/users/" + change.shown().id() + "/change", change, UserAccount.class);
    }

    /** Refused: a server's first administrator is created by {@code server init}. */
    @Override
    public UserRef createFirstAdministrator(OfficeData office, String username, String fullName, char[] password) {
        throw Calls.refusal("remote.firstAdministrator");
    }

    @Override
    public List<OfficeRef> offices() {
        List<OfficeRef> known = offices;
        if (known == null || System.nanoTime() - officesReadAt > OFFICES_FOR.toNanos()) {
            known = List.copyOf(calls.get(null, "/offices", new TypeReference<List<OfficeRef>>() {
            }));
            offices = known;
            officesReadAt = System.nanoTime();
        }
        return known;
    }

    @Override
    public Optional<OfficeRef> office(String code) {
        return offices().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public List<DepartmentRef> departments(long officeId) {
        return calls.get(null, "/offices/" + officeId + "/departments", new TypeReference<List<DepartmentRef>>() {
        });
    }

    @Override
    public Optional<UserRef> user(String username) {
        return calls.find(null, "/users/" + Calls.segment(username), UserRef.class);
    }

    @Override
    public WorkingCalendar calendar(long officeId) {
        return calls.get(null, "/offices/" + officeId + "/calendar", CalendarData.class).calendar();
    }

    @Override
    public WorkingCalendar calendar(long officeId, LocalDate day) {
        return calls.get(null, "/offices/" + officeId + "/calendar?day=" + day, CalendarData.class).calendar();
    }

    @Override
    public List<OfficeSettings> officeSettings(long officeId) {
        return calls.get(null, "/offices/" + officeId + "/settings", new TypeReference<List<OfficeSettings>>() {
        });
    }

    @Override
    public void setOfficeSettings(Principal admin, long officeId, OfficeSettings settings) {
        calls.post(admin, "/offices/" + officeId + "/settings", settings, Void.class);
    }

    @Override
    public List<Holiday> addProposedHolidays(Principal admin, int year) {
        return calls.post(admin, "/calendar-days/proposed?year=" + year, java.util.Map.of(), new TypeReference<List<Holiday>>() {
        });
    }
}
