// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditReport;

/**
 * The hash-chained audit on PostgreSQL (the server {@code ./motcua test} starts; skipped without one): writers on
 * separate connections, READ COMMITTED, leave one unforked chain per office; a trigger refuses UPDATE, DELETE and
 * TRUNCATE of the chained rows to whoever runs them, the schema's owner included; history written before the chains
 * is sealed by the migration (the trigger lets exactly that through) and verifies.
 */
class AuditChainOnPostgresTest {

    private TestWorld w;

    @AfterEach
    void tearDown() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void eightWritersInOneOfficeLeaveOneUnforkedChain() throws Exception {
        w = new TestWorld(TestWorld.postgres("chain"));
        int threads = 8;
        int each = 25;
        AuditChainTest.receiveAndOpenAtOnce(w, threads, each);
        for (AuditKind kind : List.of(AuditKind.ACTION, AuditKind.ACCESS)) {
            assertEquals(List.of((long) threads * each, (long) threads * each, (long) threads * each), sql(
                    "select count(*), max(chain_seq), count(distinct chain_prev) from " + kind.table()
                            + " where chain_office_id = " + w.district.id()), kind.table() + ": 1..n, no fork");
        }
        AuditReport report = w.core.audit().verify(w.admin, List.of());
        assertTrue(report.intact(), report.toString());
    }

    @Test
    void noOneUpdatesDeletesOrTruncatesChainedRowsNotEvenTheOwner() throws Exception {
        w = new TestWorld(TestWorld.postgres("chain"));
        AuditChainTest.history(w);
        for (String statement : List.of(
                "update dossier_action set note_args = 'sửa lén' where id = (select min(id) from dossier_action)",
                "delete from dossier_action where id = (select max(id) from dossier_action)",
                "truncate dossier_action cascade",
                "update admin_audit set actor = 'admin' where action = 'signin.failed' or id = (select min(id) from admin_audit)",
                "delete from admin_audit",
                "delete from dossier_access",
                "update dossier_access set user_id = user_id",
                "delete from audit_chain_head",
                "update audit_chain_head set last_seq = last_seq - 1")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
        }
        AuditReport report = w.core.audit().verify(w.admin, List.of());
        assertTrue(report.intact(), report.toString());
    }

    @Test
    void historyWrittenBeforeTheChainsIsSealedThroughTheTrigger() throws Exception {
        AuditChainTest.upgradedHistoryIsSealedAndVerifies(TestWorld.postgres("chainup"));
    }

    private List<Long> sql(String query) throws Exception {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                values.add(r.getLong(i));
            }
            return values;
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
