// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;

/**
 * The KPI counters kept by the workflow equal a full recomputation from the dossiers and their audit
 * records, after a random mix of actions (docs/kpi.md defines both sides).
 */
class KpiCountersTest {

    /** Recomputes every counter row from the dossiers (the definition in docs/kpi.md). */
    static final String RECOMPUTE = """
            SELECT d.office_id, 0 AS department_id, d.procedure_code, CAST(r.received_on AS DATE) AS day_date, d.channel,
                   'RECEIVED' AS event, '-' AS timeliness, '-' AS timeliness_original, COUNT(*) AS dossiers
              FROM dossier d JOIN (SELECT a.dossier_id, MIN(a.at_time) AS received_on FROM dossier_action a
                                    WHERE a.action IN ('RECEIVE', 'SUPPLEMENT_RECEIVED') GROUP BY a.dossier_id) r ON r.dossier_id = d.id
             WHERE EXISTS (SELECT 1 FROM dossier_action c WHERE c.dossier_id = d.id AND c.from_status IS NULL
                             AND c.action IN ('RECEIVE', 'REQUEST_SUPPLEMENT'))
             GROUP BY d.office_id, d.procedure_code, CAST(r.received_on AS DATE), d.channel
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
            UNION ALL
            SELECT d.office_id, COALESCE(u.department_id, 0), d.procedure_code, CAST(a.at_time AS DATE), d.channel,
                   'NO_APOLOGY', '-', '-', COUNT(*)
              FROM dossier d JOIN dossier_action a ON a.dossier_id = d.id AND a.action = 'FINISH'
              JOIN user_account u ON u.username = a.actor
             WHERE d.timeliness = 'LATE' AND d.reappointed = FALSE
             GROUP BY d.office_id, COALESCE(u.department_id, 0), d.procedure_code, CAST(a.at_time AS DATE), d.channel
            UNION ALL
            SELECT d.office_id, 0, d.procedure_code, CAST(a.at_time AS DATE), d.channel, 'APOLOGY_LATE', '-', '-', COUNT(*)
              FROM dossier d JOIN dossier_action a ON a.dossier_id = d.id AND a.action = 'APOLOGIZE'
             WHERE d.apology_late = TRUE
             GROUP BY d.office_id, d.procedure_code, CAST(a.at_time AS DATE), d.channel
            UNION ALL
            SELECT d.office_id, 0, d.procedure_code, CAST(d.returned_at AS DATE), d.channel, 'RETURNED',
                   CASE WHEN d.return_due_at IS NULL THEN '-'
                        WHEN CAST(d.returned_at AS DATE) > CAST(d.return_due_at AS DATE) THEN 'LATE'
                        WHEN CAST(d.returned_at AS DATE) = CAST(d.return_due_at AS DATE) THEN 'ON_TIME' ELSE 'EARLY' END,
                   '-', COUNT(*)
              FROM dossier d WHERE d.status = 'RETURNED'
             GROUP BY d.office_id, d.procedure_code, CAST(d.returned_at AS DATE), d.channel, d.returned_at, d.return_due_at
            UNION ALL
            SELECT d.office_id, COALESCE(s.holder_department_id, 0), d.procedure_code, CAST(s.completed_at AS DATE), d.channel,
                   'STEP_DONE',
                   CASE WHEN s.due_at IS NULL THEN '-'
                        WHEN CAST(s.completed_at AS DATE) > CAST(s.due_at AS DATE) THEN 'LATE'
                        WHEN CAST(s.completed_at AS DATE) = CAST(s.due_at AS DATE) THEN 'ON_TIME' ELSE 'EARLY' END,
                   '-', COUNT(*)
              FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id WHERE s.completed_at IS NOT NULL
             GROUP BY d.office_id, COALESCE(s.holder_department_id, 0), d.procedure_code, CAST(s.completed_at AS DATE),
                   d.channel, s.completed_at, s.due_at
            UNION ALL
            SELECT d.office_id, 0, d.procedure_code, CAST(d.forwarded_at AS DATE), d.channel, 'FORWARDED',
                   CASE WHEN CAST(d.forwarded_at AS DATE) > CAST(d.forward_due_at AS DATE) THEN 'LATE' ELSE 'ON_TIME' END,
                   '-', COUNT(*)
              FROM dossier d WHERE d.forwarded_at IS NOT NULL AND d.forward_due_at IS NOT NULL
             GROUP BY d.office_id, d.procedure_code, CAST(d.forwarded_at AS DATE), d.channel, d.forwarded_at, d.forward_due_at
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
                assertTrue(counters.keySet().stream().anyMatch(k -> k.contains("STEP_DONE|LATE")), () -> "no late step: " + counters);
                assertTrue(counters.keySet().stream().anyMatch(k -> k.contains("|RETURNED|")), () -> "no returned result: " + counters);
            }
        }
    }

    @Test
    void anIncompleteDossierIsReceivedOnTheDayItIsCompleted() {
        try (ReportWorld w = new ReportWorld()) {
            LocalDate intake = w.clock.now().toLocalDate();
            DossierView d = w.core.workflow().receiveIncomplete(w.desk, ReportWorld.request(ReportWorld.LAND, Channel.WALK_IN),
                    List.of("Bản sao giấy chứng nhận quyền sử dụng đất"), "Thiếu bản sao");
            KpiService kpi = new KpiService(w.dataSource);
            assertEquals(0, received(kpi, w, intake, intake.plusDays(30)), "Mẫu 02 at the desk is not a receipt");
            w.clock.advance(Duration.ofDays(2));
            LocalDate completed = w.clock.now().toLocalDate();
            w.act(w.desk, d, new ActionRequest.SupplementReceived());
            assertEquals(1, received(kpi, w, intake, intake.plusDays(30)));
            assertEquals(0, received(kpi, w, intake, completed.minusDays(1)), "counted on the day it was completed");
            assertEquals(1, received(kpi, w, completed, completed));
            w.clock.advance(Duration.ofHours(1));
            w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
            w.act(w.landSpecialist, d, new ActionRequest.Take());
            w.act(w.landSpecialist, d, ActionRequest.RequestSupplement.of(List.of("Bản đồ"), "Thiếu bản đồ"));
            w.act(w.desk, d, new ActionRequest.SupplementReceived());
            assertEquals(1, received(kpi, w, intake, intake.plusDays(30)), "a later supplement does not count it again");
        }
    }

    private static long received(KpiService kpi, ReportWorld w, LocalDate from, LocalDate to) {
        return kpi.summary(new KpiFilter(w.district.id(), from, to, w.clock.now(), w.clock.now().plusDays(1))).received();
    }
}
