// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiSummary;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;

/** An old system's imported log counts apart from the official figures, and is shown as such (issue 13.1). */
class ImportedCountsTest {

    @Test
    void importedWorkIsCountedApartFromTheOfficialFigures() throws Exception {
        try (ReportWorld w = new ReportWorld()) {
            LocalDateTime at = LocalDateTime.of(2025, 6, 2, 8, 0);
            w.core.imports().importEvents(w.admin, List.of(
                    ImportedEvent.received(1, at, "CU-1", "desk.district",
                            ReportWorld.request(ReportWorld.LAND, Channel.WALK_IN, "Hồ sơ cũ A"), null),
                    ImportedEvent.received(2, at.plusHours(1), "CU-2", "desk.district",
                            ReportWorld.request(ReportWorld.LAND, Channel.WALK_IN, "Hồ sơ cũ B"), "Thiếu giấy tờ")));
            w.receiveLand(); // one dossier received in MotCua itself
            KpiService kpi = new KpiService(w.dataSource);
            KpiFilter june = new KpiFilter(w.district.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                    w.clock.now(), w.clock.now().plusDays(1));
            KpiSummary official = kpi.summary(june);
            assertEquals(1, official.received(), "only the dossier received in MotCua");
            assertEquals(0, official.refused());
            assertEquals(new KpiService.ImportedCounts(1, 0, 1), kpi.imported(june));

            // the leaders' dashboard shows them as such, apart from the official figures
            Path pdf = Pdfs.outputDir("imported").resolve("dashboard-imported.pdf");
            BirtReportService reports = new BirtReportService();
            try (Connection c = w.dataSource.getConnection()) {
                reports.render(ReportRequest.period(ReportCatalog.find("dashboard").orElseThrow(), june.officeId(),
                        june.from(), june.to(), june.now(), june.soonDueBefore(), OutputFormat.PDF, pdf), c);
            } finally {
                reports.shutdown();
            }
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("Nhập từ hệ thống cũ (không tính vào các số liệu trên)"), text);
            assertTrue(text.contains("Hồ sơ tiếp nhận (nhập)"), text);
            String imported = text.substring(text.indexOf("Hồ sơ từ chối (nhập)"));
            assertTrue(imported.contains("1 0 1"), () -> "imported figures 1 0 1 not in: " + imported);
        }
    }

    @Test
    void aLegacyDossierClosedWithAReasonLeavesTheOfficialFiguresUnchanged() throws Exception {
        try (ReportWorld w = new ReportWorld()) {
            LocalDateTime at = LocalDateTime.of(2025, 6, 2, 8, 0);
            org.motcua.core.workflow.DossierView left = w.importedLandAtDepartment("CU-7", at);
            w.importedLandAtDepartment("CU-8", at.plusHours(3));
            w.landAtDepartment(); // work done in MotCua itself
            KpiService kpi = new KpiService(w.dataSource);
            KpiFilter june = new KpiFilter(w.district.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                    w.clock.now(), w.clock.now().plusDays(1));
            KpiSummary before = kpi.summary(june);
            assertEquals(1, before.received(), "the imported receipts are not official");
            assertEquals(1, before.inProgress(), "nor the old system's dossiers still open");
            KpiService.ImportedCounts importedBefore = kpi.imported(june);

            w.act(w.landHead, left, new org.motcua.core.workflow.ActionRequest.CloseLegacy(
                    "Người nộp đã nhận kết quả ở hệ thống cũ"));

            assertEquals(before, kpi.summary(june), "a closure changes no official figure: no stop, nothing less open");
            assertEquals(importedBefore, kpi.imported(june));
            try (java.sql.Connection c = w.dataSource.getConnection(); java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT (SELECT COALESCE(SUM(dossiers), 0) FROM kpi_counter_imported"
                            + " WHERE event = 'CLOSED_OLD'), (SELECT COUNT(*) FROM kpi_counter WHERE event = 'CLOSED_OLD')")) {
                r.next();
                assertEquals(1, r.getLong(1), "the closure is counted apart");
                assertEquals(0, r.getLong(2), "and never with the official counters");
            }
        }
    }
}
