package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.DossierStatus;

/**
 * The KPI counters kept by the workflow equal a full recomputation from the dossiers and their audit
 * records, after a random mix of actions (docs/kpi.md defines both sides).
 */
class KpiCountersTest {

    /** Recomputes every counter row from the dossiers (the definition in docs/kpi.md). */
    static final String RECOMPUTE = """
            SELECT d.office_id, 0 AS department_id, d.procedure_code, CAST(d.received_at AS DATE) AS day_date, d.channel,
                   'RECEIVED' AS event, '-' AS timeliness, '-' AS timeliness_original, COUNT(*) AS dossiers
              FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_action a WHERE a.dossier_id = d.id AND a.action = 'RECEIVE')
             GROUP BY d.office_id, d.procedure_code, CAST(d.received_at AS DATE), d.channel
            UNION ALL
            SELECT d.office_id, COALESCE(u.department_id, 0), d.procedure_code, CAST(a.at_time AS DATE), d.channel,
                   'FINISHED', d.timeliness, d.timeliness_original, COUNT(*)
              FROM dossier d JOIN dossier_action a ON a.dossier_id = d.id AND a.action = 'FINISH'
              JOIN user_account u ON u.username = a.actor
             GROUP BY d.office_id, COALESCE(u.department_id, 0), d.procedure_code, CAST(a.at_time AS DATE), d.channel,
                   d.timeliness, d.timeliness_original
            UNION ALL
            SELECT d.office_id, 0, d.procedure_code, CAST(d.closed_at AS DATE), d.channel, d.status, '-', '-', COUNT(*)
              FROM dossier d WHERE d.status IN ('WITHDRAWN', 'STOPPED', 'REFUSED')
             GROUP BY d.office_id, d.procedure_code, CAST(d.closed_at AS DATE), d.channel, d.status
            """;

    static TreeMap<String, Long> rows(Connection c, String sql) throws Exception {
        TreeMap<String, Long> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String key = rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getDate(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6).replace("REFUSED", "REFUSED") + "|" + rs.getString(7) + "|" + rs.getString(8);
                if (rs.getLong(9) != 0) {
                    rows.merge(key, rs.getLong(9), Long::sum);
                }
            }
        }
        return rows;
    }

    @Test
    void countersEqualAFullRecomputationAfterRandomActions() throws Exception {
        try (ReportWorld w = new ReportWorld()) {
            RandomWorkload load = new RandomWorkload(w, 20250602L);
            load.run(40);
            assertTrue(load.count(DossierStatus.RETURNED) + load.count(DossierStatus.FINISHED) > 5, "too few finished dossiers");
            assertTrue(load.count(DossierStatus.STOPPED) + load.count(DossierStatus.WITHDRAWN) > 0, "nothing stopped or withdrawn");
            try (Connection c = w.dataSource.getConnection()) {
                TreeMap<String, Long> counters = rows(c, "SELECT office_id, department_id, procedure_code, day_date, channel, event,"
                        + " timeliness, timeliness_original, dossiers FROM kpi_counter");
                TreeMap<String, Long> recomputed = rows(c, RECOMPUTE);
                assertEquals(recomputed, counters);
                assertTrue(counters.keySet().stream().anyMatch(k -> k.contains("FINISHED|LATE")), () -> "no late dossier: " + counters);
                assertTrue(counters.keySet().stream().anyMatch(k -> k.contains("FINISHED|EARLY")), () -> "no early dossier: " + counters);
            }
        }
    }
}
