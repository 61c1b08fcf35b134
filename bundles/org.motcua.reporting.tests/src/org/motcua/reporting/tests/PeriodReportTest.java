// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.KpiSnapshots;
import org.motcua.core.engine.KpiSnapshots.Origin;
import org.motcua.core.engine.KpiSnapshots.Period;
import org.motcua.core.engine.KpiSnapshots.PeriodRow;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;

/**
 * Period reports as of the period's end, from the daily snapshots (issue 16.3): the first quarter of 2025 of the test
 * district, printed on 31 March and again in the third quarter. The land procedure takes 4 working days.
 */
class PeriodReportTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

    /** @return the world of a test: H2 in memory here, PostgreSQL in {@link PeriodReportOnPostgresTest} */
    ReportWorld world() throws Exception {
        return new ReportWorld();
    }

    /** Received, handed over to the land department and taken there. */
    private static DossierView atDepartment(ReportWorld w, Channel channel) {
        DossierView d = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND, channel));
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        return w.act(w.landSpecialist, d, new ActionRequest.Take());
    }

    private static DossierView finish(ReportWorld w, DossierView d) {
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        return w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
    }

    /**
     * The quarter's history: D received on Monday 30 December 2024 and finished on 2 January (carried over, finished
     * early); A received on Monday 3 March (due Friday 7 March 08:00) and still at the land department on 31 March;
     * B received by post the same day and finished on 5 March.
     *
     * @return A
     */
    private static DossierView firstQuarter(ReportWorld w) {
        w.clock.set(LocalDateTime.of(2024, 12, 30, 8, 0));
        DossierView d = atDepartment(w, Channel.WALK_IN);
        w.clock.set(LocalDateTime.of(2025, 1, 2, 9, 0));
        assertEquals(TimelinessClass.EARLY, finish(w, d).timeliness());
        w.clock.set(LocalDateTime.of(2025, 3, 3, 8, 0));
        DossierView a = atDepartment(w, Channel.WALK_IN);
        DossierView b = atDepartment(w, Channel.POSTAL);
        w.clock.set(LocalDateTime.of(2025, 3, 5, 10, 0));
        finish(w, b);
        return a;
    }

    private static Period quarter(ReportWorld w) throws Exception {
        try (Connection c = w.dataSource.getConnection()) {
            KpiSnapshots.refresh(c, w.clock.now());
            return KpiSnapshots.period(c, w.district.id(), w.district.id(), JAN_1, MAR_31, w.clock.now().toLocalDate());
        }
    }

    private static String render(ReportWorld w, String name) throws Exception {
        return render(w, "period", name);
    }

    private static String render(ReportWorld w, String design, String name) throws Exception {
        Path pdf = Pdfs.outputDir("period").resolve(name + ".pdf");
        BirtReportService reports = new BirtReportService();
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.period(ReportCatalog.find(design).orElseThrow(), w.district.id(), JAN_1, MAR_31,
                    w.clock.now(), w.clock.now().plusDays(1), OutputFormat.PDF, pdf), c);
        } finally {
            reports.shutdown();
        }
        return Pdfs.text(pdf);
    }

    /** @return the tables of the report: what follows the line saying what the figures are as of */
    private static String tables(String text) {
        return text.substring(text.indexOf("Tổng hợp theo nguồn"));
    }

    @Test
    void aFirstQuarterReportPrintedInTheThirdEqualsOnePrintedOn31March() throws Exception {
        try (ReportWorld w = world()) {
            DossierView a = firstQuarter(w);
            w.clock.set(LocalDateTime.of(2025, 3, 31, 17, 0));
            Period onTheDay = quarter(w);
            String printedOnTheDay = render(w, "q1-on-31-march");
            assertTrue(printedOnTheDay.contains("Kỳ chưa kết thúc: số liệu tạm tính đến 17:00 31/03/2025"), printedOnTheDay);

            PeriodRow official = Period.total(onTheDay.figures(), Origin.MOTCUA);
            assertEquals(1, official.carriedOver(), "D, received on 30 December");
            assertEquals(2, official.received(), "A and B");
            assertEquals(2, official.early(), "D and B");
            assertEquals(0, official.late());
            assertEquals(0, official.pendingWithin());
            assertEquals(1, official.pendingPast(), "A, due on 7 March, still at the land department");
            PeriodRow postal = onTheDay.figures().stream().filter(r -> r.channel().equals("POSTAL")).findFirst().orElseThrow();
            assertEquals(1, postal.received(), "new dossiers by channel");

            // A is finished in April, late; nothing dated in March is recorded after the quarter closed
            w.clock.set(LocalDateTime.of(2025, 4, 10, 9, 0));
            assertEquals(TimelinessClass.LATE, finish(w, a).timeliness());
            w.clock.set(LocalDateTime.of(2025, 8, 15, 10, 0));
            Period inQ3 = quarter(w);
            assertEquals(onTheDay.figures(), inQ3.figures(), "the quarter as it stood at its end");
            assertEquals(List.of(), inQ3.adjustments());
            assertEquals(List.of(), inQ3.lateFacts());
            assertTrue(inQ3.closed());
            String printedInQ3 = render(w, "q1-in-q3");
            assertTrue(printedInQ3.contains("Số liệu tồn tính đến cuối ngày 31/03/2025"), printedInQ3);
            assertEquals(tables(printedOnTheDay), tables(printedInQ3), "the same report, but for when it was printed");
            assertTrue(printedInQ3.contains("Không có điều chỉnh"), printedInQ3);

            // the dashboard shows the quarter's end from the same snapshots, and the desk's same-day forwarding
            String dashboard = render(w, "dashboard", "q1-dashboard-in-q3");
            String atEnd = dashboard.substring(dashboard.indexOf("Tại cuối kỳ"));
            assertTrue(atEnd.contains("(điều chỉnh) 1 2 0 1 0"), () -> "carried 1, new 2, pending 0 within, 1 past: " + atEnd);
            String forwarding = dashboard.substring(dashboard.indexOf("Chuyển hồ sơ trong ngày"));
            assertTrue(forwarding.contains("Chuyển không đúng ngày 2 0"), () -> "A and B handed over on 3 March: " + forwarding);
        }
    }

    @Test
    void aFactRecordedInAprilDatedInMarchIsAnAdjustmentOfTheLegacyDimension() throws Exception {
        try (ReportWorld w = world()) {
            firstQuarter(w);
            w.clock.set(LocalDateTime.of(2025, 4, 1, 7, 30));
            Period closed = quarter(w);
            // on 10 April an old system's log is imported: a dossier received on 10 March, left at the land department
            w.clock.set(LocalDateTime.of(2025, 4, 10, 9, 0));
            DossierView old = w.importedLandAtDepartment("CU-31", LocalDateTime.of(2025, 3, 10, 8, 0));
            Period later = quarter(w);

            assertEquals(closed.figures(), later.figures(), "the closed figures stay as they were");
            PeriodRow legacy = Period.total(later.adjustments(), Origin.LEGACY);
            assertEquals(1, legacy.received(), "received on 10 March, recorded in April");
            assertEquals(1, legacy.pendingPast(), "due 14 March, pending at the end of 31 March");
            assertEquals(Period.total(List.of(), Origin.MOTCUA), Period.total(later.adjustments(), Origin.MOTCUA),
                    "the old system's dossier is its own dimension: no official figure moves");
            assertEquals(List.of(old.code(), old.code(), old.code()),
                    later.lateFacts().stream().map(KpiSnapshots.LateFact::code).toList());
            assertEquals(Origin.LEGACY, later.lateFacts().get(0).origin());
            assertEquals(LocalDateTime.of(2025, 3, 10, 8, 0), later.lateFacts().get(0).at());

            String text = render(w, "q1-adjusted");
            String adjustments = text.substring(text.indexOf("Điều chỉnh"));
            assertTrue(adjustments.contains("Hồ sơ tồn hệ thống cũ"), adjustments);
            assertTrue(adjustments.contains(old.code()), adjustments);
            assertTrue(adjustments.contains("10/03/2025"), adjustments);

            // the refresh is idempotent: nothing new, nothing written
            long rows = rows(w);
            quarter(w);
            assertEquals(rows, rows(w));
        }
    }

    @Test
    void theFirstRefreshBackfillsEveryDayFromTheHistory() throws Exception {
        try (ReportWorld w = world()) {
            firstQuarter(w);
            w.clock.set(LocalDateTime.of(2025, 3, 31, 17, 0));
            // ./motcua cli snapshots closes the days from the history; run again, it finds nothing to close
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertEquals(0, CliCommandsTest.run(new org.motcua.reporting.cli.SnapshotsCommand(CliCommandsTest.database(w)), out,
                    "--user", "leader.district"));
            java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
            assertEquals(0, CliCommandsTest.run(new org.motcua.reporting.cli.SnapshotsCommand(CliCommandsTest.database(w)), again,
                    "--user", "leader.district"));
            String first = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            String second = again.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(first.startsWith("Đã chốt 91 ngày của 1 đơn vị; 0 dòng điều chỉnh;"), first);
            assertTrue(second.startsWith("Đã chốt 0 ngày của 0 đơn vị; 0 dòng điều chỉnh;"), second);
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(day_date), MAX(day_date) FROM kpi_snapshot_day"
                            + " WHERE office_id = " + w.district.id())) {
                r.next();
                assertEquals(91, r.getLong(1), "30 December 2024 to 30 March 2025, each day once");
                assertEquals(LocalDate.of(2024, 12, 30), r.getDate(2).toLocalDate());
                assertEquals(LocalDate.of(2025, 3, 30), r.getDate(3).toLocalDate());
            }
            // the carried-over dossier D was pending within its deadline at the end of 31 December, at the department
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT SUM(pending_within), SUM(pending_past), MIN(department_id)"
                            + " FROM kpi_snapshot WHERE kind = 'F' AND day_date = DATE '2024-12-31' AND office_id = "
                            + w.district.id())) {
                r.next();
                assertEquals(1, r.getLong(1));
                assertEquals(0, r.getLong(2));
                assertEquals(w.dept(w.district, "TNMT"), r.getLong(3));
            }
        }
    }

    private static long rows(ReportWorld w) throws Exception {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM kpi_snapshot WHERE kind <> 'P'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
