// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiSummary;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;
import org.motcua.reporting.internal.SoonDue;

/** The dashboard shows the KPI service's numbers, with its charts, in PDF, HTML and XLSX. */
class DashboardTest {

    static ReportWorld w;
    static BirtReportService reports;
    static Path out;
    static KpiFilter filter;
    static KpiSummary kpi;

    @BeforeAll
    static void data() throws Exception {
        setUp(new ReportWorld());
    }

    /** A random month of work in {@code world}'s database, and the KPI service's figures for it. */
    static void setUp(ReportWorld world) throws Exception {
        out = Pdfs.outputDir("dashboard");
        reports = new BirtReportService();
        w = world;
        new RandomWorkload(w, 7L).run(30);
        LocalDateTime now = w.clock.now();
        try (Connection c = w.dataSource.getConnection()) {
            filter = new KpiFilter(w.district.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31), now, SoonDue.limit(c, now));
        }
        kpi = new KpiService(w.dataSource).summary(filter);
    }

    @AfterAll
    static void close() {
        reports.shutdown();
        w.close();
    }

    static Path render(OutputFormat format, String file) throws Exception {
        Path path = out.resolve(file);
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.period(ReportCatalog.find("dashboard").orElseThrow(), filter.officeId(), filter.from(),
                    filter.to(), filter.now(), filter.soonDueBefore(), format, path), c);
        }
        return path;
    }

    @Test
    void pdfShowsTheKpiServiceNumbersAndCharts() throws Exception {
        assertTrue(kpi.finished() > 5 && kpi.received() > kpi.finished(), () -> "dataset too small: " + kpi);
        Path pdf = render(OutputFormat.PDF, "dashboard.pdf");
        String text = Pdfs.text(pdf);
        String headline = kpi.received() + " " + kpi.finished() + " " + kpi.early() + " " + kpi.onTime() + " " + kpi.late() + " "
                + kpi.lateAgainstOriginal() + " " + kpi.withdrawn() + " " + kpi.stopped() + " " + kpi.refused();
        assertTrue(text.contains(headline), () -> "headline " + headline + " not in: " + text);
        String open = kpi.inProgress() + " " + kpi.overdue() + " " + kpi.soonDue() + " " + kpi.interLevelPastSla();
        assertTrue(text.contains(open), () -> "open figures " + open + " not in: " + text);
        String lateness = kpi.lateWithoutApology() + " " + kpi.apologyLate() + " " + kpi.returnedLate() + " "
                + kpi.resultsOverdue();
        assertTrue(text.contains(lateness), () -> "lateness figures " + lateness + " not in: " + text);
        assertTrue(text.contains("Chậm muộn theo bước"), text);
        assertTrue(text.contains("BẢNG ĐIỀU HÀNH") && text.contains("Phòng Tài nguyên và Môi trường")
                && text.contains("T.LAND") && text.contains("Trực tuyến"), text);
        assertTrue(Pdfs.fonts(pdf).stream().anyMatch(f -> f.contains("DejaVu")), "DejaVu not embedded");
        java.util.List<String> images = Pdfs.images(pdf);
        long charts = images.stream().filter(s -> Pdfs.hasImage(java.util.List.of(s), 300, 150)).count();
        assertTrue(charts >= 2, () -> "charts missing: " + images);
    }

    @Test
    void htmlAndXlsx() throws Exception {
        Path html = render(OutputFormat.HTML, "dashboard.html");
        String content = Files.readString(html);
        assertTrue(content.contains("BẢNG ĐIỀU HÀNH") && content.contains("<img"), "HTML dashboard lacks its charts");
        Path xlsx = render(OutputFormat.XLSX, "dashboard.xlsx");
        assertTrue(Files.size(xlsx) > 3000, "XLSX too small");
    }
}
