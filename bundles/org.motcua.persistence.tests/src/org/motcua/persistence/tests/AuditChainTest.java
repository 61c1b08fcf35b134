// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditMismatch;
import org.motcua.core.audit.AuditMismatch.Problem;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.dossier.Channel;
import org.motcua.core.internal.workflow.AuditChain;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.persistence.Migrations;

/**
 * The hash-chained audit on H2 (docs/security.md): real history verifies; a row changed, deleted or inserted with SQL
 * behind the application's back is named by the verification; concurrent writers leave one unforked chain; history
 * written before the chains is sealed by the migration and verifies.
 */
class AuditChainTest {

    private TestWorld w;

    @BeforeEach
    void setUp() {
        w = new TestWorld();
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    /** Real history: receipts, hand-overs, takes, a refusal, an inter-level dossier, an import, openings, sign-ins. */
    static void history(TestWorld w) {
        for (int i = 0; i < 3; i++) {
            w.landAtDepartment();
        }
        w.core.workflow().refuse(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN), "Không thuộc thẩm quyền");
        DossierView social = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        w.act(w.communeDesk, social, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        w.importedLandAtDepartment("OLD-1", LocalDateTime.of(2025, 5, 5, 8, 0));
        w.createUser("extra", "Người dùng thêm", w.district, null, Role.LEADER);
    }

    private AuditReport verify() {
        return w.core.audit().verify(w.admin, List.of());
    }

    private static AuditMismatch only(AuditReport report) {
        assertEquals(1, report.mismatches().size(), report.toString());
        return report.mismatches().get(0);
    }

    @Test
    void realHistoryVerifiesAndEveryKindIsAChainPerOffice() throws Exception {
        history(w);
        AuditReport report = verify();
        assertTrue(report.intact(), report.toString());
        List<ChainHead> heads = w.core.audit().heads(w.admin);
        for (AuditKind kind : AuditKind.values()) {
            assertTrue(heads.stream().anyMatch(h -> h.kind() == kind && h.lastSeq() > 0), kind + " has a chain: " + heads);
        }
        assertTrue(heads.stream().anyMatch(h -> h.kind() == AuditKind.ACTION && h.officeCode().equals(w.district.code())));
        assertTrue(heads.stream().anyMatch(h -> h.kind() == AuditKind.ACTION && h.officeCode().equals(w.commune.code())));
        // positions 1..n without a gap, each linking to the one before
        for (AuditKind kind : AuditKind.values()) {
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select chain_office_id, count(*), min(chain_seq), max(chain_seq),"
                            + " count(distinct chain_seq) from " + kind.table() + " group by chain_office_id")) {
                while (r.next()) {
                    assertEquals(1, r.getLong(3), kind.table());
                    assertEquals(r.getLong(2), r.getLong(4), kind.table() + ": no gap");
                    assertEquals(r.getLong(2), r.getLong(5), kind.table() + ": no fork");
                }
            }
        }
        // the verification is itself recorded, and the chains still verify after it
        assertTrue(verify().intact());
        assertEquals(2, sql("select count(*) from admin_audit where action = 'audit.verify'"));
    }

    @Test
    void anActionRowUpdatedBehindTheApplicationsBackIsNamed() throws Exception {
        history(w);
        long id = sql("select min(id) from dossier_action where action = 'TAKE'");
        execute("update dossier_action set note_args = 'sửa lén' where id = " + id);
        AuditMismatch m = only(verify());
        assertEquals("dossier_action", m.table());
        assertEquals(id, m.rowId());
        assertEquals(w.district.code(), m.officeCode());
        assertEquals(Problem.CHANGED, m.problem());
    }

    @Test
    void aTimeMovedByOneMicrosecondIsNamed() throws Exception {
        history(w);
        long id = sql("select max(id) from dossier_action where action = 'HAND_OVER' and chain_office_id = "
                + w.district.id());
        execute("update dossier_action set at_time = dateadd(microsecond, 1, at_time) where id = " + id);
        AuditMismatch m = only(verify());
        assertEquals(id, m.rowId());
        assertEquals(Problem.CHANGED, m.problem());
    }

    @Test
    void anActionRowDeletedInTheMiddleIsNamedByTheNextOne() throws Exception {
        history(w);
        long id = sql("select min(id) from dossier_action where action = 'HAND_OVER' and chain_office_id = "
                + w.district.id());
        execute("delete from dossier_action where id = " + id);
        AuditMismatch m = only(verify());
        assertEquals("dossier_action", m.table());
        assertEquals(id, m.rowId(), "the deleted row, as the next one names it");
        assertEquals(w.district.code(), m.officeCode());
        assertEquals(Problem.DELETED, m.problem());
        assertEquals(1, m.missing());
    }

    @Test
    void theLastRowDeletedIsNamedByTheHead() throws Exception {
        history(w);
        long id = sql("select max(id) from dossier_action where chain_office_id = " + w.commune.id());
        execute("delete from dossier_action where id = " + id);
        AuditMismatch m = only(verify());
        assertEquals(id, m.rowId());
        assertEquals(w.commune.code(), m.officeCode());
        assertEquals(Problem.MISSING_AT_END, m.problem());
    }

    @Test
    void administrativeAndAccessRowsAreChainedToo() throws Exception {
        history(w);
        long signIn = sql("select max(id) from admin_audit where action = 'signin.ok' and actor = 'extra'");
        execute("update admin_audit set actor = 'admin' where id = " + signIn);
        AuditMismatch m = only(verify());
        assertEquals("admin_audit", m.table());
        assertEquals(signIn, m.rowId());
        assertEquals(w.district.code(), m.officeCode(), "the chain of the account's office");
        execute("update admin_audit set actor = 'extra' where id = " + signIn); // put back: intact again
        assertTrue(verify().intact());

        long opened = sql("select min(id) from dossier_access");
        long office = sql("select chain_office_id from dossier_access where id = " + opened);
        execute("delete from dossier_access where id = " + opened);
        m = only(verify());
        assertEquals("dossier_access", m.table());
        assertEquals(opened, m.rowId());
        assertEquals(office, m.officeId());
        assertTrue(m.problem() == Problem.DELETED || m.problem() == Problem.MISSING_AT_END, m.toString());
    }

    @Test
    void aRowInsertedBehindTheApplicationsBackIsNamed() throws Exception {
        history(w);
        long dossier = sql("select min(id) from dossier");
        execute("insert into dossier_access (id, version, at_time, user_id, dossier_id) values (999999, 0,"
                + " current_timestamp, (select min(id) from user_account), " + dossier + ")");
        AuditMismatch m = only(verify());
        assertEquals(999999L, m.rowId());
        assertEquals(Problem.UNCHAINED, m.problem());
    }

    @Test
    void aRowChangedAndRehashedIsNamedAndARewrittenChainFailsAgainstExportedHeads() throws Exception {
        history(w);
        List<ChainHead> exported = w.core.audit().heads(w.admin);
        long office = w.district.id();
        long id = sql("select min(id) from dossier_action where action = 'RECEIVE' and chain_office_id = " + office);
        execute("update dossier_action set actor = 'nguoi.khac' where id = " + id);
        rehash(AuditKind.ACTION, office, id, id); // its own hash recomputed, the next row's link not
        AuditMismatch m = only(verify());
        assertEquals(id, m.rowId());
        assertEquals(Problem.REHASHED, m.problem());

        // whoever rewrites the whole chain up to its head is not seen by the database alone ...
        rehash(AuditKind.ACTION, office, id, Long.MAX_VALUE);
        assertTrue(verify().intact(), "a full rewrite with the head: undetectable without heads kept elsewhere");
        // ... but the heads exported before no longer are in the chain
        AuditReport report = w.core.audit().verify(w.admin, exported);
        AuditMismatch e = only(report);
        assertEquals(Problem.EXPORTED_HEAD_DIFFERS, e.problem());
        assertEquals(AuditKind.ACTION, e.kind());
        assertEquals(w.district.code(), e.officeCode());
        // untouched chains match their exported heads
        assertTrue(w.core.audit().verify(w.admin, exported.stream().filter(h -> h.officeId() != office).toList()).intact());
    }

    /** Recomputes, with the documented canonical form, the hashes of the chain from row {@code from} up to row {@code to}. */
    private void rehash(AuditKind kind, long office, long from, long to) throws Exception {
        List<String> columns = AuditChain.columns(kind);
        try (Connection c = w.dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("select id, chain_seq, chain_prev_id, chain_prev, "
                        + String.join(", ", columns) + " from " + kind.table()
                        + " where chain_office_id = ? order by chain_seq")) {
            read.setLong(1, office);
            String prev = null;
            boolean rewriting = false;
            long last = 0;
            String lastHash = null;
            try (ResultSet r = read.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    long id = r.getLong(1);
                    rewriting |= id == from;
                    if (!rewriting) {
                        continue;
                    }
                    List<Object> values = new ArrayList<>();
                    for (int i = 5; i < 5 + columns.size(); i++) {
                        values.add(meta.getColumnType(i) == Types.TIMESTAMP ? r.getObject(i, LocalDateTime.class)
                                : r.getObject(i));
                    }
                    long seq = r.getLong(2);
                    Long prevId = r.getObject(3) == null ? null : r.getLong(3);
                    String link = prev != null ? prev : r.getString(4);
                    String hash = AuditChain.hash(kind, office, seq, id, prevId, link, values);
                    try (PreparedStatement u = c.prepareStatement("update " + kind.table()
                            + " set chain_prev = ?, chain_hash = ? where id = ?")) {
                        u.setString(1, link);
                        u.setString(2, hash);
                        u.setLong(3, id);
                        u.executeUpdate();
                    }
                    prev = hash;
                    last = r.getLong(2);
                    lastHash = hash;
                    if (id == to) {
                        return;
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement(
                    "update audit_chain_head set last_hash = ? where kind = ? and office_id = ? and last_seq = ?")) {
                u.setString(1, lastHash);
                u.setString(2, kind.name());
                u.setLong(3, office);
                u.setLong(4, last);
                assertEquals(1, u.executeUpdate());
            }
        }
    }

    @Test
    void eightDesksReceivingAtOnceLeaveOneUnforkedChain() throws Exception {
        int threads = 8;
        int each = 20;
        receiveAndOpenAtOnce(w, threads, each);
        long receipts = sql("select count(*) from dossier_action where chain_office_id = " + w.district.id());
        assertEquals(threads * each, receipts);
        assertEquals(receipts, sql("select max(chain_seq) from dossier_action where chain_office_id = " + w.district.id()));
        assertEquals(receipts, sql("select count(distinct chain_prev) from dossier_action where chain_office_id = "
                + w.district.id()), "every row links to a different one: no fork");
        assertEquals(threads * each, sql("select count(*) from dossier_access where chain_office_id = " + w.district.id()));
        assertTrue(verify().intact());
    }

    /** {@code threads} desk sessions receive {@code each} dossiers at once and open each one (the access chain). */
    static void receiveAndOpenAtOnce(TestWorld w, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    DossierView d = w.core.workflow().receive(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN));
                    w.core.queries().byId(w.desk, d.id()).orElseThrow();
                }
                return each;
            }));
        }
        start.countDown();
        try {
            for (Future<Integer> result : results) {
                result.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyAdministratorsAndLeadersVerifyAndOnlyAdministratorsExportHeads() {
        history(w);
        refused("audit.readerRequired", () -> w.core.audit().verify(w.desk, List.of()));
        refused("audit.readerRequired", () -> w.core.audit().list(w.landSpecialist, AuditQuery.all(10)));
        assertTrue(w.core.audit().verify(w.leader, List.of()).intact());
        refused("admin.required", () -> w.core.audit().heads(w.leader));
        // a leader reads the records of the chains of their office and below, an administrator every one
        assertTrue(w.core.audit().list(w.leader, AuditQuery.all(1000)).stream()
                .noneMatch(r -> r.officeCode().equals(w.province.code())));
        assertTrue(w.core.audit().list(w.admin, AuditQuery.all(1000)).stream()
                .anyMatch(r -> r.officeCode().equals(w.province.code())));
    }

    @Test
    void theListFiltersByUserOfficeKindAndPeriod() {
        history(w);
        var records = w.core.audit().list(w.admin, new AuditQuery("extra", null, AuditKind.ADMIN, null, null, 100));
        assertFalse(records.isEmpty());
        assertTrue(records.stream().allMatch(r -> r.actor().equals("extra") && r.kind() == AuditKind.ADMIN), records.toString());
        var actions = w.core.audit().list(w.admin, new AuditQuery(null, w.commune.code(), AuditKind.ACTION, null, null, 100));
        assertEquals(2, actions.size(), "the commune's receipt and hand-over: " + actions);
        var imported = w.core.audit().list(w.admin, new AuditQuery(null, null, AuditKind.ACTION,
                java.time.LocalDate.of(2025, 5, 5), java.time.LocalDate.of(2025, 5, 5), 100));
        assertEquals(3, imported.size(), "the imported dossier's three actions on 5 May: " + imported);
        var opened = w.core.audit().list(w.admin, new AuditQuery(w.desk.username(), null, AuditKind.ACCESS, null, null, 5));
        assertTrue(!opened.isEmpty() && opened.stream().allMatch(r -> r.dossierCode() != null && r.action().equals("open")));
    }

    // ---- history written before the chains --------------------------------------------------------------

    @Test
    void historyWrittenBeforeTheChainsIsSealedInOrderByTheMigrationAndVerifies() throws Exception {
        upgradedHistoryIsSealedAndVerifies(DatabaseConfig.h2Memory("audit-upgrade-" + System.nanoTime()));
    }

    /** A database of a release before the chains, with history, migrated: sealed in order, it verifies. */
    static void upgradedHistoryIsSealedAndVerifies(DatabaseConfig config) throws Exception {
        DataSource db = Database.dataSource(config);
        Migrations.migrateTo(db, 10); // a release with dossier_access, before the chains
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into office (id, version, code, name, level, regime, working_periods, acceptance_sla_days,"
                    + " code_prefix) values (90001, 1, 'H20.872', 'Tháp Mười', 'DISTRICT', 'DECREE_61_2018', '07:00-11:30',"
                    + " 1, '00')");
            s.execute("insert into department (id, version, office_id, code, name, kind) values"
                    + " (90010, 1, 90001, 'MOTCUA', 'Bộ phận một cửa', 'DESK')");
            s.execute("insert into dossier (id, version, code, office_id, current_office_id, channel, status, applicant_name,"
                    + " applicant_organisation, procedure_code, procedure_version, procedure_name_vi, total_duration, total_unit,"
                    + " supplement_policy, supplement_limit, financial_obligation, fee_vnd, received_at, current_step,"
                    + " last_sender_step, receiver_acted, supplement_rounds, reappointed) values (90100, 1, 'H20.872-250602-0001',"
                    + " 90001, 90001, 'WALK_IN', 'RECEIVED', 'Nguyễn Văn Cũ', false, 'T.LAND', 'test-1', 'Đất', 4,"
                    + " 'WORKING_DAYS', 'PAUSE', 3, false, 0, timestamp '2025-06-02 08:00:00', 0, 0, false, 0, false)");
            // out of id order on purpose: sealed in the order of their time
            s.execute("insert into dossier_action (id, version, dossier_id, action, at_time, actor, actor_roles,"
                    + " actor_department, from_status, to_status, from_step, to_step, imported, note) values"
                    + " (90202, 1, 90100, 'HAND_OVER', timestamp '2025-06-02 09:00:00.123456', 'quay1', 'DESK_OFFICER', 'MOTCUA',"
                    + " 'RECEIVED', 'PROCESSING', 0, 1, false, 'Giao phòng TNMT'),"
                    + " (90201, 1, 90100, 'RECEIVE', timestamp '2025-06-02 08:00:00', 'quay1', 'DESK_OFFICER', 'MOTCUA', null,"
                    + " 'RECEIVED', 0, 0, false, null)");
            s.execute("insert into user_account (id, version, username, full_name, password_hash, office_id, active)"
                    + " values (90050, 1, 'quay1', 'Cán bộ Một', 'x', 90001, true)");
            s.execute("insert into admin_audit (id, version, at_time, actor, action, details) values"
                    + " (90301, 1, timestamp '2025-06-01 07:00:00', 'quay1', 'user.create', 'quay1 DESK_OFFICER'),"
                    + " (90302, 1, timestamp '2025-06-01 07:30:00', 'ai.do', 'signin.failed', '')");
            s.execute("insert into dossier_access (id, version, at_time, user_id, dossier_id) values"
                    + " (90401, 0, timestamp '2025-06-02 10:00:00', 90050, 90100)");
        }
        Migrations.migrate(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from audit_chain_head where kind = 'UNSEALED'")) {
                r.next();
                assertEquals(0, r.getLong(1), "the marker is gone with the sealing");
            }
            try (ResultSet r = s.executeQuery("select id, chain_seq, chain_office_id from dossier_action order by chain_seq")) {
                r.next();
                assertEquals(90201, r.getLong(1), "the receipt first: in the order of time");
                assertEquals(1, r.getLong(2));
                assertEquals(90001, r.getLong(3), "the dossier's receiving office");
                r.next();
                assertEquals(90202, r.getLong(1));
            }
            try (ResultSet r = s.executeQuery("select id, chain_office_id from admin_audit order by id")) {
                r.next();
                assertEquals(90001, r.getLong(2), "an account's record: its office");
                r.next();
                assertEquals(0, r.getLong(2), "a name that is no account: the installation");
            }
        }
        // the core on the upgraded database: the sealed history verifies, and new records chain on after it
        var factory = Database.open(config, db);
        try {
            var core = org.motcua.core.engine.CoreEngine.create(factory, org.motcua.core.TimeSource.system(),
                    new org.motcua.core.procedure.ProcedureRegistry(), TestWorld.TEST_SECURITY);
            core.organization().createFirstAdministrator(new org.motcua.core.org.OfficeData("H20", "UBND tỉnh",
                    org.motcua.core.org.OfficeLevel.PROVINCE, org.motcua.core.org.Regime.DECREE_61_2018, null, null, null,
                    null), "admin", "Quản trị", TestWorld.PASSWORD.toCharArray());
            var admin = core.sessions().signIn("admin", TestWorld.PASSWORD.toCharArray(),
                    org.motcua.core.security.SessionKind.COMMAND_LINE);
            AuditReport report = core.audit().verify(admin, List.of());
            assertTrue(report.intact(), report.toString());
            // the office's actions, access and administration, the installation's administration (a name that is no
            // account), and the administration of the province created since
            assertEquals(5, report.chains(), report.toString());
            // a row of before changed after the upgrade is named like any other (PostgreSQL refuses the change)
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                String change = "update dossier_action set note = 'Giao phòng khác' where id = 90202";
                if (config.kind() == org.motcua.persistence.DatabaseKind.POSTGRESQL) {
                    org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> s.execute(change));
                    return;
                }
                s.execute(change);
            }
            AuditMismatch m = only(core.audit().verify(admin, List.of()));
            assertEquals(90202L, m.rowId());
            assertEquals("H20.872", m.officeCode());
        } finally {
            factory.close();
        }
    }

    @Test
    void aNewDatabaseHasNothingToSeal() throws Exception {
        assertEquals(0, sql("select count(*) from audit_chain_head where kind = 'UNSEALED'"));
    }

    private long sql(String query) throws Exception {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String statement) throws Exception {
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
