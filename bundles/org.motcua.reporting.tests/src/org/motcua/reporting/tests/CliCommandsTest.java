// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.cli.FormCommand;
import org.motcua.reporting.cli.ReportCommand;
import org.motcua.reporting.internal.BirtReportService;

/** {@code report} and {@code form} commands against a database supplied as a ReportDatabase. */
class CliCommandsTest {

    static int run(CliCommand command, ByteArrayOutputStream out, String... args) throws Exception {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return command.run(new CliContext(List.of(args), Locale.ROOT, stream, stream, Map.of(), () -> {
            throw new IllegalStateException("the database comes from the ReportDatabase service here");
        }));
    }

    @Test
    void listRenderFormAndReport() throws Exception {
        BirtReportService reports = new BirtReportService();
        try (ReportWorld w = new ReportWorld()) {
            DossierView d = w.receiveLand();
            Path dir = Pdfs.outputDir("cli");
            ReportCommand report = new ReportCommand(reports, () -> w.dataSource);
            FormCommand form = new FormCommand(reports, () -> w.dataSource);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, run(report, out, "--list"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("dashboard"), out::toString);
            Path pdf = dir.resolve("mau01.pdf");
            assertEquals(0, run(form, out, "receipt", "--dossier", d.code(), "--out", pdf.toString()));
            assertTrue(Pdfs.text(pdf).contains(d.code()));
            Path xlsx = dir.resolve("register.xlsx");
            assertEquals(0, run(report, out, "register", "--office", "H20.872", "--from", "2025-06-01", "--to", "2025-06-30",
                    "--format", "xlsx", "--out", xlsx.toString()));
            assertTrue(xlsx.toFile().length() > 3000);
            assertEquals(1, run(form, out, "receipt", "--dossier", "KHONG-CO", "--out", pdf.toString()));
            assertEquals(2, run(report, out, "dashboard", "--office", "H20.872", "--from", "hôm qua", "--to", "2025-06-30",
                    "--out", pdf.toString()));
            assertEquals(2, run(report, out, "nope", "--out", pdf.toString()));
        } finally {
            reports.shutdown();
        }
    }
}
