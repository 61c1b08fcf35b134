// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.RenderAudit;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.motcua.reporting.internal.SoonDue;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.RemoteBackend;

/**
 * Renders an office's period report (the dashboard) to a file: in this process from the workspace's
 * database, or by the office's server for a workstation in remote mode. The dashboard screen does not know
 * which. Either way the rendering leaves an audit record (here, or on the server).
 */
@FunctionalInterface
interface PeriodReports {

    /**
     * Writes {@code design} for the office ({@code 0}: every office) and period to {@code output}.
     *
     * @return the filter the figures were computed with (its clock is the office's)
     */
    KpiFilter render(ReportDesign design, long officeId, LocalDate from, LocalDate to, OutputFormat format, Path output)
            throws Exception;

    /** @return the reports of {@code session}'s backend */
    static PeriodReports of(MotCuaSession session, ReportService reports) {
        if (session.backend() instanceof RemoteBackend remote) {
            return (design, officeId, from, to, format, output) -> {
                LocalDateTime now = session.core().time().now();
                Files.write(output, remote.core().report(session.actor(), design.name(), officeId, from, to,
                        format.name().toLowerCase(Locale.ROOT)));
                return new KpiFilter(officeId, from, to, now, null);
            };
        }
        DataSource database = session.backend().dataSource().orElseThrow();
        return (design, officeId, from, to, format, output) -> {
            try (Connection c = database.getConnection()) {
                LocalDateTime now = session.core().time().now();
                KpiFilter filter = new KpiFilter(officeId, from, to, now, SoonDue.limit(c, now));
                reports.render(ReportRequest.period(design, officeId, from, to, now, filter.soonDueBefore(), format,
                        output), c);
                RenderAudit.report(session.core(), session.actor(), design.name(), officeId, from, to);
                return filter;
            }
        };
    }
}
