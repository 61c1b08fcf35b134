// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        return command.run(new CliContext(List.of(args), Locale.ROOT, stream, stream,
                Map.of("MOTCUA_PASSWORD", org.motcua.testsupport.World.PASSWORD), () -> {
            throw new IllegalStateException("the database comes from the ReportDatabase service here");
        }));
    }

    /** @return the world's database and core, as the command line's service gives them */
    static org.motcua.reporting.ReportDatabase database(org.motcua.testsupport.World w) {
        return new org.motcua.reporting.ReportDatabase() {
            @Override
            public javax.sql.DataSource dataSource() {
                return w.dataSource;
            }

            @Override
            public org.motcua.core.MotCuaCore core() {
                return w.core;
            }
        };
    }

    @Test
    void listRenderFormAndReport() throws Exception {
        BirtReportService reports = new BirtReportService();
        try (ReportWorld w = new ReportWorld()) {
            DossierView d = w.receiveLand();
            Path dir = Pdfs.outputDir("cli");
            org.motcua.reporting.ReportDatabase database = database(w);
            ReportCommand report = new ReportCommand(reports, database);
            FormCommand form = new FormCommand(reports, database);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, run(report, out, "--list"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("dashboard"), out::toString);
            Path pdf = dir.resolve("mau01.pdf");
            java.nio.file.Files.deleteIfExists(pdf);
            java.nio.file.Files.deleteIfExists(dir.resolve("register.xlsx"));
            // citizens' data: no form without a sign-in, none for one who may not read the dossier
            assertThrows(org.motcua.cli.CliUsageException.class,
                    () -> run(form, out, "receipt", "--dossier", d.code(), "--out", pdf.toString()));
            assertEquals(1, run(form, out, "receipt", "--dossier", d.code(), "--out", pdf.toString(), "--user",
                    "justice.specialist"));
            assertFalse(java.nio.file.Files.exists(pdf), "nothing printed");
            assertEquals(0, run(form, out, "receipt", "--dossier", d.code(), "--out", pdf.toString(), "--user",
                    "desk.district"));
            assertTrue(Pdfs.text(pdf).contains(d.code()));
            Path xlsx = dir.resolve("register.xlsx");
            assertEquals("read.notYourOffice", assertThrows(org.motcua.core.MotCuaException.class, () -> run(report, out,
                    "register", "--office", "H20.872", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "xlsx",
                    "--out", xlsx.toString(), "--user", "desk.commune")).key());
            assertEquals("read.notYourOffice", assertThrows(org.motcua.core.MotCuaException.class, () -> run(report, out,
                    "register", "--office", "all", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "xlsx",
                    "--out", xlsx.toString(), "--user", "leader.district")).key());
            assertFalse(java.nio.file.Files.exists(xlsx), "nothing written");
            assertEquals(0, run(report, out, "register", "--office", "H20.872", "--from", "2025-06-01", "--to", "2025-06-30",
                    "--format", "xlsx", "--out", xlsx.toString(), "--user", "leader.district"));
            assertTrue(xlsx.toFile().length() > 3000);
            assertEquals(1, run(form, out, "receipt", "--dossier", "KHONG-CO", "--out", pdf.toString(), "--user",
                    "desk.district"));
            assertEquals(2, run(report, out, "dashboard", "--office", "H20.872", "--from", "hôm qua", "--to", "2025-06-30",
                    "--out", pdf.toString(), "--user", "leader.district"));
            assertEquals(2, run(report, out, "nope", "--out", pdf.toString()));
        } finally {
            reports.shutdown();
        }
    }
}
