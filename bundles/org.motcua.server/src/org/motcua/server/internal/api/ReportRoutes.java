// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.org.UserRef;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.RenderAudit;
import org.motcua.reporting.ReportScope;
import org.motcua.server.internal.api.Route.Binary;
import org.motcua.server.internal.api.Route.Reply;

/**
 * The forms of a dossier and the office's period reports, rendered by the server for its workstations to
 * preview, print and save. A form only of a dossier the caller may read (the core checks it and records the
 * access, as when the dossier is opened); a report only of an office the caller leads or administers. Each
 * rendering leaves an audit record ({@link RenderAudit}).
 */
final class ReportRoutes {

    /** The forms a dossier has (the designs of kind FORM). */
    static final Set<String> FORMS = Set.of("receipt", "supplement-request", "refusal", "apology", "control-slip",
            "stop-notice");

    /** The period reports, and the formats they travel in (HTML needs its images beside it: not over the wire). */
    static final Set<String> REPORTS = Set.of("dashboard", "register", "period");

    private static final Map<String, String> CONTENT_TYPES = Map.of("pdf", "application/pdf", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportRoutes() {
    }

    static List<Route> of(MotCuaCore core, ReportRenderer renderer) {
        return List.of(new Route("GET", "/dossiers/{id}/forms/{form}", true, call -> {
            String form = call.path("form");
            if (!FORMS.contains(form)) {
                throw new ApiException(404, "form.unknown", form);
            }
            DossierView dossier = core.queries().byId(call.principal(), call.pathLong("id"))
                    .orElseThrow(() -> new MotCuaException("dossier.notFound", call.path("id")));
            byte[] pdf = available(renderer).form(form, dossier.code());
            RenderAudit.form(core, call.principal(), form, dossier.code());
            return Reply.ok(new Binary("application/pdf", pdf));
        }), new Route("GET", "/reports/{report}", true, call -> {
            String report = call.path("report");
            if (!REPORTS.contains(report)) {
                throw new ApiException(404, "form.unknown", report);
            }
            String format = call.query("format", "pdf").toLowerCase(Locale.ROOT);
            if (!CONTENT_TYPES.containsKey(format)) {
                throw new ApiException(400, "report.format", format);
            }
            long office = call.queryInt("office", 0, 0, Integer.MAX_VALUE);
            checkMayRead(core, call.principal(), office);
            LocalDate from = LocalDate.parse(call.query("from", ""));
            LocalDate to = LocalDate.parse(call.query("to", ""));
            if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
                throw new ApiException(400, "report.period", from, to);
            }
            byte[] rendered = available(renderer).period(report, office, from, to, core.time().now(), format);
            RenderAudit.report(core, call.principal(), report, office, from, to);
            return Reply.ok(new Binary(CONTENT_TYPES.get(format), rendered));
        }));
    }

    private static ReportRenderer available(ReportRenderer renderer) {
        if (renderer == null) {
            throw new ApiException(503, "form.noReports");
        }
        return renderer;
    }

    /** Refuses a report of an office the caller may not see ({@link ReportScope}, as the dashboard offers them). */
    static void checkMayRead(MotCuaCore core, Principal caller, long officeId) {
        UserRef user = core.sessions().currentUser(caller);
        if (!ReportScope.mayOpen(user)) {
            throw new ApiException(403, "report.leadersOnly");
        }
        if (!ReportScope.mayRead(user, core.organization().offices(), officeId)) {
            throw new ApiException(403, "report.notYourOffice");
        }
    }
}
