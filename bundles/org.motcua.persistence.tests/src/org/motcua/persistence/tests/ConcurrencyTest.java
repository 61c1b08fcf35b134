// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;

/** No lost update, no duplicate dossier code, under concurrent use of one database. */
class ConcurrencyTest extends WorldTest {

    @Test
    void twoScreensOnOneDossierTheSecondGetsAClearConflict() {
        DossierView seenByBoth = w.landAtDepartment();
        // the specialist forwards; the head, still looking at the old screen, records a posting
        w.core.workflow().perform(w.landSpecialist, seenByBoth.id(), seenByBoth.version(),
                new ActionRequest.Forward(w.dept(w.district, "TNMT"), "trình"));
        MotCuaException conflict = TestWorld.refused("dossier.conflict", () -> w.core.workflow().perform(w.landHead,
                seenByBoth.id(), seenByBoth.version(), new ActionRequest.RequestFinancialObligation("thuế")));
        assertTrue(conflict.message(null).contains("người khác"), conflict.message(null));
        DossierView now = w.core.queries().byId(w.reader(), seenByBoth.id()).orElseThrow();
        assertEquals(DossierStatus.PROCESSING, now.status());
        assertEquals(2, now.currentStepIndex(), "the first writer's change is kept");
    }

    @Test
    void simultaneousWritersExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            DossierView d = w.landAtDepartment();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Callable<String> forward = () -> {
                start.await();
                try {
                    w.core.workflow().perform(w.landSpecialist, d.id(), d.version(),
                            new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
                    return "ok";
                } catch (MotCuaException e) {
                    return e.key();
                }
            };
            Callable<String> supplement = () -> {
                start.await();
                try {
                    w.core.workflow().perform(w.landHead, d.id(), d.version(),
                            ActionRequest.RequestSupplement.of(List.of("Bản đồ"), "thiếu"));
                    return "ok";
                } catch (MotCuaException e) {
                    return e.key();
                }
            };
            Future<String> a = pool.submit(forward);
            Future<String> b = pool.submit(supplement);
            start.countDown();
            List<String> outcomes = new ArrayList<>(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)));
            pool.shutdown();
            Collections.sort(outcomes);
            assertEquals(List.of("dossier.conflict", "ok"), outcomes, "round " + round);
            assertEquals(4, w.core.queries().history(w.reader(), d.id()).size(), "receive, hand-over, take, and exactly one of the two");
        }
    }

    @Test
    void eightDesksReceivingAtOnceGetUniqueConsecutiveCodes() throws Exception {
        int threads = 8;
        int each = 25;
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
        int total = 0;
        for (Future<List<String>> result : results) {
            List<String> mine = result.get(120, TimeUnit.SECONDS);
            total += mine.size();
            codes.addAll(mine);
        }
        pool.shutdown();
        assertEquals(threads * each, total);
        assertEquals(total, codes.size(), "no duplicate code");
        assertEquals("H20.872-250602-0001", ((TreeSet<String>) codes).first());
        assertEquals(String.format("H20.872-250602-%04d", total), ((TreeSet<String>) codes).last(), "no gap");
    }
}
