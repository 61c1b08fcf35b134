// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;

/**
 * The core services on a real PostgreSQL server (the one {@code ./motcua test} starts on 127.0.0.1;
 * MOTCUA_TEST_PG_URL, _USER, _PASSWORD). Skipped when no server is configured.
 */
class PostgresTest {

    private TestWorld w;
    private DatabaseConfig config;

    @BeforeEach
    void setUp() throws Exception {
        config = TestWorld.postgres("w");
        w = new TestWorld(config);
    }

    @AfterEach
    void tearDown() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void eightThreadsReceiveAThousandDossiersWithUniqueCodesAndNothingLost() throws Exception {
        int threads = 8;
        int each = 125;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    codes.add(w.core.workflow().receive(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN)).code());
                }
                return codes;
            }));
        }
        start.countDown();
        Set<String> codes = new TreeSet<>();
        for (Future<List<String>> result : results) {
            codes.addAll(result.get(300, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1000, codes.size(), "unique codes");
        assertEquals("H20.872-250602-1000", ((TreeSet<String>) codes).last(), "no gap");
        assertEquals(1000, w.core.queries().page(w.reader(), "H20.872", 0, 2000).size(), "nothing lost");
    }

    @Test
    void concurrentActionsOnOneDossierOneWinsTheOtherGetsAClearConflict() throws Exception {
        DossierView d = w.landAtDepartment();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<String> a = pool.submit(() -> attempt(start, () -> w.core.workflow().perform(w.landSpecialist, d.id(),
                d.version(), new ActionRequest.Forward(w.dept(w.district, "TNMT"), null))));
        Future<String> b = pool.submit(() -> attempt(start, () -> w.core.workflow().perform(w.landHead, d.id(),
                d.version(), new ActionRequest.Stop("Tranh chấp"))));
        start.countDown();
        List<String> outcomes = new ArrayList<>(List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)));
        pool.shutdown();
        outcomes.sort(null);
        assertEquals(List.of("dossier.conflict", "ok"), outcomes);
    }

    private static String attempt(CountDownLatch start, Runnable action) throws InterruptedException {
        start.await();
        try {
            action.run();
            return "ok";
        } catch (MotCuaException e) {
            return e.key();
        }
    }

    /**
     * PostgreSQL counts code points where H2 counts UTF-16 chars: a name of emoji at the limit as H2 counts it,
     * right-to-left marks and a long recall reason are stored intact; one char more is a keyed refusal.
     */
    @Test
    void rightToLeftMarksAndEmojiAreStoredIntactAndTheLimitsHold() {
        int limit = org.motcua.core.internal.workflow.InputLimits.Input.APPLICANT_NAME.limit();
        String emoji = "😀".repeat(limit / 2);
        String rtl = "Nguyễn \u200F\u202Bمرحبا\u202C 👍🏽\u200D Ồ";
        ReceiveRequestFactory f = (name, address) -> new org.motcua.core.workflow.ReceiveRequest(TestWorld.LAND,
                Channel.WALK_IN, new org.motcua.core.workflow.ApplicantData(name, "087095000123", "0912345678", null, address,
                        false), List.of());
        DossierView d = w.core.workflow().receive(w.desk, f.of(emoji, rtl));
        assertEquals(emoji, w.core.queries().byId(w.reader(), d.id()).orElseThrow().applicantName());
        MotCuaException tooLong = org.junit.jupiter.api.Assertions.assertThrows(MotCuaException.class,
                () -> w.core.workflow().receive(w.desk, f.of(emoji + "x", rtl)));
        assertEquals("input.tooLong", tooLong.key());
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        String reason = rtl + " " + "ư".repeat(org.motcua.core.internal.workflow.InputLimits.Input.RECALL_REASON.limit()
                - rtl.length() - 1);
        w.act(w.desk, d, new ActionRequest.Recall(reason));
        assertEquals("Thu hồi: " + reason,
                w.core.queries().controlSlip(w.reader(), d.id()).get(1).recall().render(org.motcua.core.i18n.Messages.VIETNAMESE));
    }

    private interface ReceiveRequestFactory {
        org.motcua.core.workflow.ReceiveRequest of(String name, String address);
    }

    @Test
    void theWorkflowRunsTheSameOnPostgres() {
        DossierView d = w.receiveLand();
        DossierView wrong = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
        DossierView back = w.act(w.desk, wrong, new ActionRequest.Recall("Chuyển nhầm"));
        assertEquals(DossierStatus.RECEIVED, back.status());
        assertEquals(LocalDateTime.of(2025, 6, 6, 8, 0), back.dueAt());
        assertEquals("Nguyễn Văn Ồ", back.applicantName(), "Vietnamese text survives the round trip");
        assertEquals(3, w.core.queries().history(w.reader(), d.id()).size());
    }

    @Test
    void aSharedDatabaseUsesTheServerClock() {
        try (Workspace workspace = Workspace.open(new WorkspaceSettings(java.nio.file.Path.of("/tmp"), config, false,
                null, null, null), new ProcedureRegistry())) {
            LocalDateTime server = workspace.core().time().now();
            LocalDateTime local = LocalDateTime.now(org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE);
            assertTrue(Duration.between(server, local).abs().getSeconds() < 120, server + " vs " + local);
            assertTrue(workspace.core().time().getClass().getSimpleName().equals("DatabaseTimeSource"));
        }
    }
}
