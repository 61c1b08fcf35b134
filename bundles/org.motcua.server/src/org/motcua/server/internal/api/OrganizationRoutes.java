// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.motcua.core.MotCuaCore;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeSettings;
import org.motcua.core.org.UserAccount;
import org.motcua.remote.wire.Wire.AccountChange;
import org.motcua.remote.wire.Wire.CalendarData;
import org.motcua.remote.wire.Wire.CalendarDay;
import org.motcua.remote.wire.Wire.NewDepartment;
import org.motcua.remote.wire.Wire.NewUser;
import org.motcua.remote.wire.Wire.OfficeChange;
import org.motcua.server.internal.api.Route.Reply;

/** Offices, departments, accounts and calendars: {@code OrganizationService} on the wire. */
final class OrganizationRoutes {

    private OrganizationRoutes() {
    }

    static List<Route> of(MotCuaCore core, BooleanSupplier demo) {
        return List.of(
                // the offices' names and codes are public (every office posts them at its door)
                new Route("GET", "/offices", false, call -> Reply.ok(core.organization().offices())),
                new Route("POST", "/offices", true,
                        call -> new Reply(201, core.organization().createOffice(call.principal(), call.body(OfficeData.class)))),
                new Route("POST", "/offices/{id}/change", true, call -> {
                    OfficeChange change = call.body(OfficeChange.class);
                    return Reply.ok(core.organization().updateOffice(call.principal(), change.shown(), change.name(), change.level(),
                            change.regime(), change.parentId()));
                }),
                new Route("GET", "/offices/{id}/departments", true,
                        call -> Reply.ok(core.organization().departments(call.pathLong("id")))),
                new Route("POST", "/offices/{id}/departments", true, call -> {
                    NewDepartment department = call.body(NewDepartment.class);
                    return new Reply(201, core.organization().createDepartment(call.principal(), call.pathLong("id"), department.code(),
                            department.name(), department.kind()));
                }),
                new Route("GET", "/offices/{id}/calendar", true, call -> {
                    String day = call.query("day", null);
                    return Reply.ok(CalendarData.of(day == null ? core.organization().calendar(call.pathLong("id"))
                            : core.organization().calendar(call.pathLong("id"), LocalDate.parse(day))));
                }),
                new Route("GET", "/offices/{id}/settings", true, call -> Reply.ok(core.organization().officeSettings(call.pathLong("id")))),
                new Route("POST", "/offices/{id}/settings", true, call -> {
                    core.organization().setOfficeSettings(call.principal(), call.pathLong("id"), call.body(OfficeSettings.class));
                    return new Reply(204, null);
                }),
                new Route("GET", "/offices/{id}/users", true, call -> Reply.ok(core.organization().users(call.principal(), call.pathLong("id")))),
                new Route("POST", "/users", true, call -> {
                    NewUser user = call.body(NewUser.class);
                    char[] password = user.password() == null ? new char[0] : user.password();
                    try {
                        return new Reply(201, core.organization().createUser(call.principal(), user.username(), user.fullName(),
                                user.officeId(), user.departmentId(), user.roles(), password));
                    } finally {
                        java.util.Arrays.fill(password, '\0');
                    }
                }),
                new Route("POST", "/users/{id}/change", true, call -> changeAccount(core, call)),
                // before sign-in only on a demo server, whose sign-in screen lists its accounts
                new Route("GET", "/users/{username}", false, call -> {
                    if (call.principal() == null && !demo.getAsBoolean()) {
                        throw new ApiException(401, "request.signInRequired");
                    }
                    return Reply.ok(core.organization().user(call.path("username"))
                            .orElseThrow(() -> new ApiException(404, "user.notFound", call.path("username"))));
                }),
                new Route("GET", "/calendar-days", true, call -> {
                    String office = call.query("office", null);
                    return Reply.ok(core.organization().calendarDays(office == null ? null : Long.valueOf(office),
                            call.queryInt("year", core.time().now().getYear(), 1900, 2200)));
                }),
                new Route("POST", "/calendar-days", true, call -> {
                    CalendarDay day = call.body(CalendarDay.class);
                    core.organization().setCalendarDay(call.principal(), day.officeId(), day.day(), day.workingDay(), day.note(),
                            day.notice());
                    return new Reply(204, null);
                }),
                new Route("DELETE", "/calendar-days/{day}", true, call -> {
                    String office = call.query("office", null);
                    core.organization().removeCalendarDay(call.principal(), office == null ? null : Long.valueOf(office),
                            LocalDate.parse(call.path("day")));
                    return new Reply(204, null);
                }),
                new Route("POST", "/calendar-days/proposed", true,
                        call -> Reply.ok(core.organization().addProposedHolidays(call.principal(), call.queryInt("year", 0, 1900, 2200)))));
    }

    private static Reply changeAccount(MotCuaCore core, ApiCall call) throws Exception {
        AccountChange change = call.body(AccountChange.class);
        UserAccount shown = change.shown();
        if (shown == null || shown.id() != call.pathLong("id")) {
            throw new ApiException(400, "request.badJson", "shown.id");
        }
        if (change.roles() != null) {
            return Reply.ok(core.organization().setRoles(call.principal(), shown, change.roles()));
        }
        if (change.active() != null) {
            return Reply.ok(core.organization().setActive(call.principal(), shown, change.active()));
        }
        if (change.temporaryPassword() != null) {
            try {
                return Reply.ok(core.organization().resetPassword(call.principal(), shown, change.temporaryPassword()));
            } finally {
                java.util.Arrays.fill(change.temporaryPassword(), '\0');
            }
        }
        return Reply.ok(core.organization().unlock(call.principal(), shown));
    }
}
