// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiSummary;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;

/**
 * Benchmark (off unless MOTCUA_BENCH_DOSSIERS=N): N generated dossiers over a year in the district
 * office, their KPI counters, then the times of the raw GROUP BY over the dossiers, the KPI service and
 * the dashboard rendered to PDF, on each database of MOTCUA_BENCH_DATABASE (h2, postgresql; default h2). Figures:
 * docs/performance.md.
 */
class DashboardBenchmarkTest {

    @Test
    void dashboardOverGeneratedDossiers() throws Exception {
        String n = System.getenv("MOTCUA_BENCH_DOSSIERS");
        assumeTrue(n != null && !n.isBlank(), "set MOTCUA_BENCH_DOSSIERS to run the benchmark");
        int count = Integer.parseInt(n.trim());
        String databases = System.getenv("MOTCUA_BENCH_DATABASE");
        for (String database : (databases == null || databases.isBlank() ? "h2" : databases).split(",")) {
            run(database.trim(), count);
        }
    }

    private static void run(String database, int count) throws Exception {
        try (ReportWorld w = world(database)) {
            long t0 = System.nanoTime();
            generate(w, count);
            long t1 = System.nanoTime();
            System.out.printf("BENCH generate %d dossiers + counters: %.1f s%n", count, (t1 - t0) / 1e9);
            LocalDateTime now = LocalDateTime.of(2025, 12, 31, 10, 0);
            KpiFilter filter = new KpiFilter(w.district.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), now, now.plusDays(1));
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
                for (int run = 0; run < 3; run++) {
                    long a = System.nanoTime();
                    long finished = 0;
                    try (ResultSet rs = s.executeQuery("SELECT procedure_code, channel, timeliness, timeliness_original, COUNT(*)"
                            + " FROM dossier WHERE office_id = " + w.district.id() + " AND finished_at >= DATE '2025-01-01'"
                            + " AND finished_at < DATE '2026-01-01' AND id > " + (-1 - run) + " GROUP BY procedure_code, channel, timeliness, timeliness_original")) {
                        while (rs.next()) {
                            finished += rs.getLong(5);
                        }
                    }
                    long b = System.nanoTime();
                    KpiSummary kpi = new KpiService(w.dataSource).summary(filter);
                    long c2 = System.nanoTime();
                    assertEquals(finished, kpi.finished());
                    System.out.printf("BENCH run %d: raw GROUP BY over dossiers %.3f s; KPI service (counters + open) %.3f s; finished %d%n",
                            run, (b - a) / 1e9, (c2 - b) / 1e9, finished);
                }
            }
            BirtReportService reports = new BirtReportService();
            try (Connection c = w.dataSource.getConnection()) {
                for (int run = 0; run < 3; run++) {
                    Path pdf = Pdfs.outputDir("bench").resolve("dashboard-" + count + ".pdf");
                    long a = System.nanoTime();
                    reports.render(ReportRequest.period(ReportCatalog.find("dashboard").orElseThrow(), filter.officeId(), filter.from(),
                            filter.to(), filter.now(), filter.soonDueBefore(), OutputFormat.PDF, pdf), c);
                    System.out.printf("BENCH run %d: dashboard PDF %.3f s%n", run, (System.nanoTime() - a) / 1e9);
                }
            } finally {
                reports.shutdown();
            }
            if (!"postgresql".equalsIgnoreCase(database)) { // free the memory before the next database
                try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP ALL OBJECTS");
                }
            }
        }
    }

    /**
     * @return the world on H2 in memory, or for "postgresql" in a fresh schema of the
     *         PostgreSQL server named by MOTCUA_TEST_PG_URL, _USER and _PASSWORD (releng/scripts/test-postgres)
     */
    static ReportWorld world(String database) throws Exception {
        if (!"postgresql".equalsIgnoreCase(database)) {
            System.out.println("BENCH database: H2 in memory");
            return new ReportWorld();
        }
        ReportWorld world = ReportWorld.onPostgres("bench");
        System.out.println("BENCH database: PostgreSQL " + System.getenv("MOTCUA_TEST_PG_URL"));
        return world;
    }

    /** Family names (and middle names) with their folded forms, Nguyễn 8 times in 21. */
    static final String[][] NAMES = { { "Nguyễn Văn", "nguyen van" }, { "Trần Thị", "tran thi" }, { "Nguyễn Thị", "nguyen thi" },
            { "Lê Văn", "le van" }, { "Nguyễn Hữu", "nguyen huu" }, { "Phạm Thị", "pham thi" }, { "Nguyễn Văn", "nguyen van" },
            { "Hoàng Văn", "hoang van" }, { "Huỳnh Thị", "huynh thi" }, { "Nguyễn Thị", "nguyen thi" }, { "Võ Văn", "vo van" },
            { "Phan Thị", "phan thi" }, { "Nguyễn Đức", "nguyen duc" }, { "Đặng Văn", "dang van" }, { "Bùi Thị", "bui thi" },
            { "Nguyễn Văn", "nguyen van" }, { "Đỗ Thị", "do thi" }, { "Hồ Văn", "ho van" }, { "Nguyễn Thị", "nguyen thi" },
            { "Ngô Văn", "ngo van" }, { "Dương Thị", "duong thi" } };
    /** Given names with their folded forms. */
    static final String[][] GIVEN = { { "Bảo", "bao" }, { "Ồ", "o" }, { "Ánh", "anh" }, { "Hùng", "hung" }, { "Lợi", "loi" },
            { "Thủy", "thuy" }, { "Đào", "dao" }, { "Nghĩa", "nghia" }, { "Tuyết", "tuyet" }, { "Xuân", "xuan" }, { "Dũng", "dung" } };

    /**
     * Inserts finished (80 %) and open (20 %) dossiers with raw JDBC (with applicant names, CCCD numbers and the
     * search columns of changeset motcua-0018), then their counters in one GROUP BY.
     */
    static void generate(ReportWorld w, int count) throws Exception {
        Random random = new Random(1);
        String[] channels = { "WALK_IN", "POSTAL", "ONLINE", "INTER_LEVEL" };
        String[] classes = { "EARLY", "EARLY", "EARLY", "ON_TIME", "LATE" };
        String[] procedures = { "T.LAND", "T.LAND.2", "T.LAND.3", "T.SOCIAL.D", "T.CIVIL" };
        long dept = w.dept(w.district, "TNMT");
        long desk = w.dept(w.district, "MOTCUA");
        try (Connection c = w.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier (id, version, code, office_id, current_office_id, channel,"
                    + " status, applicant_organisation, procedure_code, procedure_version, procedure_name_vi, total_duration,"
                    + " total_unit, supplement_policy, supplement_limit, financial_obligation, fee_vnd, received_at, valid_received_at, due_at,"
                    + " finished_at, timeliness, timeliness_original, current_step, holder_department_id, last_sender_step, receiver_acted,"
                    + " supplement_rounds, reappointed, applicant_name, applicant_folded, applicant_id_number, code_key,"
                    + " receiving_department_id) VALUES (?, 1, ?, ?, ?,"
                    + " ?, ?, FALSE, ?, '1', 'Thủ tục thử', 4, 'WORKING_DAYS',"
                    + " 'PAUSE', 3, FALSE, 0, ?, ?, ?, ?, ?, ?, 1, ?, 0, TRUE, 0, FALSE, ?, ?, ?, ?, ?)")) {
                LocalDateTime start = LocalDateTime.of(2025, 1, 2, 8, 0);
                for (int i = 0; i < count; i++) {
                    LocalDateTime received = start.plusMinutes((long) (i * (360L * 24 * 60) / count));
                    LocalDateTime due = received.plusDays(6);
                    boolean finished = random.nextInt(5) != 0;
                    String cls = classes[random.nextInt(classes.length)];
                    LocalDateTime done = switch (cls) {
                        case "EARLY" -> received.plusDays(2);
                        case "ON_TIME" -> due;
                        default -> due.plusDays(2);
                    };
                    ps.setLong(1, 10_000_000L + i);
                    ps.setString(2, "B-" + i);
                    ps.setLong(3, w.district.id());
                    ps.setLong(4, w.district.id());
                    ps.setString(5, channels[random.nextInt(channels.length)]);
                    ps.setString(6, finished ? "FINISHED" : "PROCESSING");
                    ps.setString(7, procedures[random.nextInt(procedures.length)]);
                    ps.setTimestamp(8, Timestamp.valueOf(received));
                    ps.setTimestamp(9, Timestamp.valueOf(received));
                    ps.setTimestamp(10, Timestamp.valueOf(due));
                    ps.setTimestamp(11, finished ? Timestamp.valueOf(done) : null);
                    ps.setString(12, finished ? cls : null);
                    ps.setString(13, finished ? cls : null);
                    ps.setLong(14, dept);
                    // family names at about their share in Việt Nam (Nguyễn ~38 %), with the search columns the core writes
                    String[] name = NAMES[i % NAMES.length];
                    ps.setString(15, name[0] + " " + GIVEN[i % GIVEN.length][0]);
                    ps.setString(16, name[1] + " " + GIVEN[i % GIVEN.length][1]);
                    ps.setString(17, String.format("087%d%02d%06d", i % 2, 60 + i % 40, i % 1_000_000));
                    ps.setString(18, new StringBuilder("B-" + i).reverse().toString());
                    ps.setLong(19, desk);
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                // What the workflow hook would have written, action by action.
                s.executeUpdate("INSERT INTO kpi_counter SELECT office_id, 0, procedure_code, CAST(received_at AS DATE), channel, 'RECEIVED',"
                        + " '-', '-', COUNT(*) FROM dossier WHERE code LIKE 'B-%' GROUP BY office_id, procedure_code, CAST(received_at AS DATE), channel");
                s.executeUpdate("INSERT INTO kpi_counter SELECT office_id, " + dept + ", procedure_code, CAST(finished_at AS DATE), channel,"
                        + " 'FINISHED', timeliness, timeliness_original, COUNT(*) FROM dossier WHERE code LIKE 'B-%' AND finished_at IS NOT NULL"
                        + " GROUP BY office_id, procedure_code, CAST(finished_at AS DATE), channel, timeliness, timeliness_original");
                s.execute("ANALYZE");
            }
            c.commit();
        }
    }
}
