// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import javax.sql.DataSource;

import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.motcua.reporting.internal.SoonDue;
import org.motcua.server.internal.api.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The forms and reports the server renders with the reporting module's BIRT engine, from its own database. */
public final class ServerReports implements ReportRenderer, AutoCloseable {

    private final ServiceTracker<ReportService, ReportService> reports;
    private final DataSource database;

    /** Renders with the {@link ReportService} of {@code context}'s framework over {@code database}. */
    public ServerReports(BundleContext context, DataSource database) {
        this.reports = new ServiceTracker<>(context, ReportService.class, null);
        this.reports.open();
        this.database = database;
    }

    @Override
    public byte[] form(String form, String code) throws Exception {
        return render(form, OutputFormat.PDF, (engine, connection, output) -> engine
                .render(ReportRequest.form(ReportCatalog.find(form).orElseThrow(), code, OutputFormat.PDF, output), connection));
    }

    @Override
    public byte[] period(String report, long officeId, LocalDate from, LocalDate to, LocalDateTime now, String format)
            throws Exception {
        OutputFormat output = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        return render(report, output, (engine, connection, file) -> engine.render(ReportRequest.period(
                ReportCatalog.find(report).orElseThrow(), officeId, from, to, now, SoonDue.limit(connection, now), output,
                file), connection));
    }

    private interface Rendering {
        void render(ReportService engine, Connection connection, Path output) throws Exception;
    }

    private byte[] render(String name, OutputFormat format, Rendering rendering) throws Exception {
        ReportService engine = reports.waitForService(30_000);
        if (engine == null) {
            throw new IllegalStateException("the reporting service did not start");
        }
        Path file = Files.createTempFile("motcua-" + name + "-", "." + format.extension());
        try (Connection connection = database.getConnection()) {
            rendering.render(engine, connection, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() {
        reports.close();
    }
}
