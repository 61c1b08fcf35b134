// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.motcua.core.engine.KpiSnapshots;
import org.motcua.core.engine.KpiSnapshots.Origin;
import org.motcua.core.engine.KpiSnapshots.Period;

/**
 * The daily snapshots' fill at scale (docs/performance.md): runs only when {@code MOTCUA_BENCH_SNAPSHOT_DOSSIERS} is
 * set. Generates N dossiers of the district over 2025 ({@link DashboardBenchmarkTest#generate}) with their audit-log
 * actions (receipt, taking, finish), then times the first fill (every day of the year from the history), a second
 * fill on the same day (nothing new) and the year's period query. Prints the times; asserts only figures.
 */
class SnapshotBenchmarkTest {

    @Test
    void snapshotFillOverGeneratedDossiers() throws Exception {
        String n = System.getenv("MOTCUA_BENCH_SNAPSHOT_DOSSIERS");
        assumeTrue(n != null && !n.isBlank(), "set MOTCUA_BENCH_SNAPSHOT_DOSSIERS to run the benchmark");
        String databases = System.getenv("MOTCUA_BENCH_DATABASE");
        for (String database : (databases == null || databases.isBlank() ? "h2" : databases).split(",")) {
            run(database.trim(), Integer.parseInt(n.trim()));
        }
    }

    private static void run(String database, int count) throws Exception {
        try (ReportWorld w = DashboardBenchmarkTest.world(database)) {
            long t0 = System.nanoTime();
            DashboardBenchmarkTest.generate(w, count);
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
                String columns = "INSERT INTO dossier_action (id, version, dossier_id, action, at_time, actor, actor_roles,"
                        + " to_status, from_step, to_step, imported, chain_office_id, chain_seq)";
                s.executeUpdate(columns + " SELECT id, 1, id, 'RECEIVE', received_at, 'bench', 'RECEPTION', 'RECEIVED', 0, 0,"
                        + " FALSE, office_id, id FROM dossier WHERE id >= 10000000");
                s.executeUpdate(columns + " SELECT id + 20000000, 1, id, 'TAKE', received_at + INTERVAL '1' HOUR, 'bench',"
                        + " 'SPECIALIST', 'PROCESSING', 1, 1, FALSE, office_id, id + 20000000 FROM dossier WHERE id >= 10000000");
                s.executeUpdate(columns + " SELECT id + 40000000, 1, id, 'FINISH', finished_at, 'bench', 'HEAD', 'FINISHED', 1,"
                        + " 1, FALSE, office_id, id + 40000000 FROM dossier WHERE id >= 10000000 AND finished_at IS NOT NULL");
            }
            System.out.printf("BENCH generate %d dossiers + actions: %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            LocalDateTime now = LocalDateTime.of(2026, 1, 2, 7, 0);
            try (Connection c = w.dataSource.getConnection()) {
                for (int run = 0; run < 2; run++) {
                    long a = System.nanoTime();
                    KpiSnapshots.Result result = KpiSnapshots.refresh(c, now);
                    System.out.printf("BENCH fill %d: %d days closed, %d adjustment rows, %.3f s%n", run, result.daysClosed(),
                            result.adjustments(), (System.nanoTime() - a) / 1e9);
                }
                long a = System.nanoTime();
                Period year = KpiSnapshots.period(c, w.district.id(), w.district.id(), LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), now.toLocalDate());
                System.out.printf("BENCH period 2025 from the snapshots: %.3f s%n", (System.nanoTime() - a) / 1e9);
                assertEquals(count, Period.total(year.figures(), Origin.MOTCUA).received());
            }
        }
    }
}
