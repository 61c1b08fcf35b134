// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote.wire;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.calendar.WorkingPeriod;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.core.workflow.ReceiveRequest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shapes that {@code /api/v1} adds to the core's own records (which travel as they are), shared by the
 * server and the workstation so that both ends read and write the same JSON. The OpenAPI document in the
 * server bundle describes them.
 */
public final class Wire {

    private Wire() {
    }

    /**
     * What the server says of itself at {@code GET /version}, before any sign-in: its API versions, its build,
     * whether its database was created as a demo, and its clock (the office's only clock).
     */
    public record VersionInfo(int api, int minClientApi, String server, boolean demo, LocalDateTime now) {
    }

    /** A sign-in: the password travels once, inside TLS, and is never stored or logged. */
    public record SignInRequest(String username, char[] password) {
    }

    /** A password the signed-in user types again (the idle lock). */
    public record PasswordConfirmation(char[] password) {
    }

    /** The signed-in user's own password change. */
    public record PasswordChange(char[] current, char[] replacement) {
    }

    /**
     * An action on a dossier, with the version the caller saw, so that a lost update is refused
     * ({@code dossier.conflict}) instead of overwriting. Either {@code values} (the core's
     * {@code ActionRequest.of(type, values)}, as a form or {@code curl} gives them) or {@code request} (the
     * action's own record as JSON, as a workstation sends it).
     */
    public record ActionCall(String type, long expectedVersion, Map<String, String> values, JsonNode request) {
    }

    /** A receipt with papers missing (Mẫu 02 at the desk). */
    public record IncompleteReceipt(ReceiveRequest request, List<String> missingItems, String reason) {
    }

    /** A refused receipt (Mẫu 03). */
    public record RefusedReceipt(ReceiveRequest request, String reason) {
    }

    /** Dossiers asked for by id, in the caller's order. */
    public record Ids(long[] ids) {
    }

    /** One search over the dossiers the caller may see (the text travels in the body, never in an address). */
    public record SearchRequest(org.motcua.core.workflow.DossierSearch search, int offset, int limit) {
    }

    /** A citizen's earlier dossiers asked for at intake, by their CCCD/CMND. */
    public record EarlierDossiersRequest(String idNumber, int limit) {
    }

    /** A number the server counted. */
    public record Count(long value) {
    }

    /**
     * What the change feed says of an inbox: its state now ({@code cursor}, to send back as {@code after}), whether
     * that differs from the state the workstation had, and how many dossiers it holds.
     */
    public record InboxChange(String cursor, boolean changed, int count) {
    }

    /** One page of a list, and how many there are in all. */
    public record Page<T>(List<T> items, int offset, int limit, long total) {
    }

    /** A new department of an office. */
    public record NewDepartment(String code, String name, DepartmentKind kind) {
    }

    /** A new user account; the password travels once, inside TLS. */
    public record NewUser(String username, String fullName, long officeId, Long departmentId, Set<Role> roles,
            char[] password) {
    }

    /** A calendar day set by an administrator ({@code officeId} {@code null}: the whole province). */
    public record CalendarDay(Long officeId, LocalDate day, boolean workingDay, String note, String notice) {
    }

    /** An office's changed name, level, regime or parent, with the office as the administrator saw it. */
    public record OfficeChange(OfficeRef shown, String name, OfficeLevel level, Regime regime, Long parentId) {
    }

    /**
     * A change to an account as the administrator saw it: roles, active, or a temporary password (whichever is
     * given; none of them: unlock).
     */
    public record AccountChange(UserAccount shown, Set<Role> roles, Boolean active, char[] temporaryPassword) {
    }

    /** The installed module ids a workstation or administrator compares with an office's enabled set. */
    public record ModuleIds(Set<String> ids) {
    }

    /** A module change to record (install, or a feature's outcome). */
    public record ModuleChange(String featureId, String outcome) {
    }

    /**
     * An office's working calendar as data, the same one the server computes deadlines with.
     *
     * @param periods     the working periods of a day
     * @param weekendDays the days without work
     * @param holidays    the holidays, with their notes
     * @param makeUpDays  the weekend days worked instead
     * @param cutOff      the receipt cut-off time
     * @param zone        the time zone
     */
    public record CalendarData(List<WorkingPeriod> periods, Set<DayOfWeek> weekendDays, Map<LocalDate, String> holidays,
            Map<LocalDate, String> makeUpDays, LocalTime cutOff, String zone) {

        /** @return {@code calendar} as data */
        public static CalendarData of(WorkingCalendar calendar) {
            return new CalendarData(calendar.periods(), calendar.weekendDays(), calendar.holidays(),
                    calendar.makeUpWorkingDays(), calendar.cutOffTime(), calendar.zone().getId());
        }

        /** @return the calendar this data describes */
        public WorkingCalendar calendar() {
            WorkingCalendar.Builder builder = WorkingCalendar.builder().periods(periods).weekendDays(weekendDays)
                    .cutOffTime(cutOff).zone(ZoneId.of(zone));
            holidays.forEach(builder::holiday);
            makeUpDays.forEach(builder::makeUpWorkingDay);
            return builder.build();
        }
    }

    /** A procedure the server knows, and the module that brings it ({@code null}: a stand-in of the demo). */
    public record ModuleProcedure(String moduleId, org.motcua.core.procedure.ProcedureDefinition definition) {
    }

    /** The chain heads exported earlier that a verification checks are still in their chains. */
    public record ExportedHeads(List<org.motcua.core.audit.ChainHead> heads) {
    }

    /** A privileged operation a workstation did itself, to record as its caller's (codes, names, counts only). */
    public record AuditEventCall(org.motcua.core.audit.AuditEvent event, List<String> arguments) {
    }

    /**
     * A refusal: the message key, the message in Vietnamese and in English, and for a 429 the seconds to wait.
     */
    public record ErrorBody(String error, String message, String messageEn, Long retryAfterSeconds) {
    }
}
