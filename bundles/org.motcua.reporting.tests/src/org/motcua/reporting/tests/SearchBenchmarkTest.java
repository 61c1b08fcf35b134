// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierSearch;

/**
 * Benchmark (off unless MOTCUA_BENCH_DOSSIERS=N): the desk's search over N generated dossiers of one district
 * ({@link DashboardBenchmarkTest#generate}: names at their share in Việt Nam, Nguyễn 8 in 21), as its desk officer and
 * as the province's leader: a name prefix that matches a third of the table, a full name, a code and its tail, a CCCD
 * prefix, a citizen's earlier dossiers. Prints the figures (docs/performance.md); asserts only what was found.
 */
class SearchBenchmarkTest {

    private static final int PAGE = 51; // a page of 50 and one more, as the search screen asks

    @Test
    void searchOverGeneratedDossiers() throws Exception {
        String n = System.getenv("MOTCUA_BENCH_DOSSIERS");
        assumeTrue(n != null && !n.isBlank(), "set MOTCUA_BENCH_DOSSIERS to run the benchmark");
        int count = Integer.parseInt(n.trim());
        try (ReportWorld w = DashboardBenchmarkTest.world(System.getenv().getOrDefault("MOTCUA_BENCH_DATABASE", "h2")
                .split(",")[0].trim())) {
            DashboardBenchmarkTest.generate(w, count);
            DossierQueries q = w.core.queries();
            int some = count / 3;
            String code = "B-" + some;
            String tail = String.valueOf(some).substring(Math.max(0, String.valueOf(some).length() - 4));
            for (int run = 0; run < 3; run++) {
                for (Principal viewer : List.of(w.desk, w.reader())) {
                    String who = viewer == w.desk ? "desk" : "province";
                    assertEquals(PAGE, time(run, who, "name 'nguyen' (a third)", () -> q.search(viewer,
                            DossierSearch.anywhere("nguyen"), 0, PAGE).size()));
                    assertTrue(time(run, who, "name 'nguyen van bao'", () -> q.search(viewer,
                            DossierSearch.anywhere("nguyen van bao"), 0, PAGE).size()) > 0);
                    time(run, who, "name, page 20", () -> q.search(viewer, DossierSearch.anywhere("nguyen"), 19 * 50, PAGE).size());
                    assertEquals(code, time(run, who, "code in lower case", () -> q.search(viewer,
                            DossierSearch.code(code.toLowerCase()), 0, PAGE)).getFirst().code());
                    assertTrue(time(run, who, "code tail '" + tail + "'", () -> q.search(viewer,
                            DossierSearch.code(tail), 0, PAGE).size()) > 0);
                    assertTrue(time(run, who, "CCCD prefix '08710'", () -> q.search(viewer,
                            DossierSearch.anywhere("08710"), 0, PAGE).size()) > 0);
                    time(run, who, "earlier dossiers of a CCCD", () -> q.earlierDossiers(viewer,
                            String.format("087%d%02d%06d", some % 2, 60 + some % 40, some % 1_000_000), 20).size());
                }
            }
        }
    }

    private static <T> T time(int run, String who, String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("BENCH search run %d %-8s: %-32s %8.3f s%n", run, who, what, (System.nanoTime() - start) / 1e9);
        return result;
    }
}
