// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.core.MotCuaCore;
import org.motcua.core.dossier.Channel;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.remote.RemoteCore;
import org.motcua.testsupport.TestProvinceWorld;
import org.motcua.testsupport.World;

/**
 * What the wire costs a desk: the same calls through a server over pinned HTTPS (on this machine) and on the
 * in-process core, as p50 and p95 of many calls: open a dossier, read an inbox page, receive a dossier; and
 * receipts from 8 workstations at once. A benchmark, run only when asked (MOTCUA_BENCH_ROUNDTRIPS=calls);
 * prints the figures for docs/performance.md and asserts only that the calls did their work.
 */
class RemoteRoundTripBenchmarkTest {

    @TempDir
    static Path folder;

    @Test
    void roundTripsThroughTheServerBesideInProcess() throws Exception {
        String n = System.getenv("MOTCUA_BENCH_ROUNDTRIPS");
        assumeTrue(n != null && !n.isBlank(), "set MOTCUA_BENCH_ROUNDTRIPS to run the benchmark");
        int calls = Integer.parseInt(n.trim());
        try (TestProvinceWorld w = new TestProvinceWorld(World.h2("bench-remote"), World.APPLICANT);
                TestServer server = TestServer.start(w.core, folder, true, 1000)) {
            RemoteCore remote = new RemoteCore(server.connection());
            remote.connect();
            Principal remoteDesk = remote.sessions().signIn("desk.district", World.PASSWORD.toCharArray(), SessionKind.DESKTOP);
            long desk = w.dept(w.district, "MOTCUA");
            for (int round = 0; round < 2; round++) { // the first round warms both up
                report(round, "receive", measure(calls, () -> receive(w.core, w.desk)), measure(calls, () -> receive(remote, remoteDesk)));
                DossierView some = w.receiveLand();
                report(round, "open a dossier (byId)", measure(calls, () -> w.core.queries().byId(w.desk, some.id()).orElseThrow()),
                        measure(calls, () -> remote.queries().byId(remoteDesk, some.id()).orElseThrow()));
                report(round, "inbox page of 50", measure(calls, () -> w.core.queries().heldBy(w.desk, desk, InboxQuery.byDue(), 0, 50)),
                        measure(calls, () -> remote.queries().heldBy(remoteDesk, desk, InboxQuery.byDue(), 0, 50)));
            }
            ExecutorService eight = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < 8; t++) {
                    done.add(eight.submit(() -> {
                        RemoteCore workstation = new RemoteCore(server.connection());
                        Principal user = workstation.sessions().signIn("desk.district", World.PASSWORD.toCharArray(),
                                SessionKind.DESKTOP);
                        for (int i = 0; i < calls; i++) {
                            receive(workstation, user);
                        }
                        return calls;
                    }));
                }
                int received = 0;
                for (Future<Integer> f : done) {
                    received += f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("BENCH 8 workstations: %d receipts through the server in %.1f s, %.0f dossiers/s%n",
                        received, seconds, received / seconds);
                assertEquals(8 * calls, received);
            } finally {
                eight.shutdown();
            }
        }
    }

    private static DossierView receive(MotCuaCore core, Principal desk) {
        return core.workflow().receive(desk, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
    }

    /** @return the sorted durations of {@code calls} calls, in milliseconds */
    private static List<Double> measure(int calls, Supplier<?> work) {
        List<Double> millis = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            if (work.get() == null) {
                throw new AssertionError("no answer");
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(int round, String what, List<Double> local, List<Double> remote) {
        System.out.printf("BENCH round %d %-24s in process p50 %6.2f ms p95 %6.2f ms | through the server p50 %6.2f ms p95 %6.2f ms%n",
                round, what, percentile(local, 50), percentile(local, 95), percentile(remote, 50), percentile(remote, 95));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
