// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;

/**
 * Benchmark (off unless MOTCUA_BENCH_DOSSIERS=N): the department inbox's queries when one department holds
 * all N generated dossiers (the worst case: every dossier of a year in one inbox). Times what the inbox
 * does when it opens (the ordered ids), then a page at the start, in the middle and at the end (scrolling), a
 * search and a deadline filter; beside them the offset-paged queries the inbox used before. Figures: docs/performance.md.
 */
class InboxBenchmarkTest {

    private static final int PAGE = 100;

    @Test
    void inboxQueriesOverGeneratedDossiers() throws Exception {
        String n = System.getenv("MOTCUA_BENCH_DOSSIERS");
        assumeTrue(n != null && !n.isBlank(), "set MOTCUA_BENCH_DOSSIERS to run the benchmark");
        int count = Integer.parseInt(n.trim());
        try (ReportWorld w = new ReportWorld()) {
            DashboardBenchmarkTest.generate(w, count);
            w.clock.set(LocalDateTime.of(2025, 12, 31, 10, 0));
            DossierQueries queries = w.core.queries();
            long department = w.dept(w.district, "TNMT");
            org.motcua.core.security.Principal specialist = w.landSpecialist; // reads the TNMT inbox
            InboxQuery byDue = InboxQuery.byDue();
            for (int run = 0; run < 3; run++) {
                long total = time(run, "count", () -> queries.countHeldBy(specialist, department, byDue));
                assertEquals(count, total);
                time(run, "first page", () -> page(queries, specialist, department, byDue, 0));
                time(run, "middle page", () -> page(queries, specialist, department, byDue, (int) total / 2));
                time(run, "last page", () -> page(queries, specialist, department, byDue, (int) total - PAGE));
                long[] ids = time(run, "ids in order (inbox open)", () -> queries.heldByIds(specialist, department, byDue));
                assertEquals(count, ids.length);
                time(run, "by ids: first page", () -> queries.byIds(specialist, java.util.Arrays.copyOfRange(ids, 0, PAGE)).size());
                time(run, "by ids: middle page", () -> queries.byIds(specialist,
                        java.util.Arrays.copyOfRange(ids, count / 2, count / 2 + PAGE)).size());
                time(run, "by ids: last page", () -> queries.byIds(specialist,
                        java.util.Arrays.copyOfRange(ids, count - PAGE, count)).size());
                long[] overdueIds = time(run, "overdue: ids in order", () -> queries.heldByIds(specialist, department,
                        new InboxQuery("", InboxQuery.Sort.DUE, false, DeadlineState.OVERDUE)));
                long[] searchIds = time(run, "search by code: ids", () -> queries.heldByIds(specialist, department,
                        new InboxQuery("B-" + (count / 3), InboxQuery.Sort.DUE, false)));
                System.out.printf("BENCH inbox run %d: %d overdue, %d found%n", run, overdueIds.length, searchIds.length);
                InboxQuery code = new InboxQuery("B-" + (count / 3), InboxQuery.Sort.DUE, false);
                time(run, "search by code: count", () -> queries.countHeldBy(specialist, department, code));
                time(run, "search by code: first page", () -> page(queries, specialist, department, code, 0));
                InboxQuery overdue = new InboxQuery("", InboxQuery.Sort.DUE, false, DeadlineState.OVERDUE);
                time(run, "overdue: count", () -> queries.countHeldBy(specialist, department, overdue));
                time(run, "overdue: first page", () -> page(queries, specialist, department, overdue, 0));
                InboxQuery byApplicant = new InboxQuery("", InboxQuery.Sort.APPLICANT, false);
                time(run, "sort by applicant: first page", () -> page(queries, specialist, department, byApplicant, 0));
            }
        }
    }

    private static int page(DossierQueries queries, org.motcua.core.security.Principal specialist, long department,
            InboxQuery query, int offset) {
        List<DossierView> rows = queries.heldBy(specialist, department, query, Math.max(0, offset), PAGE);
        return rows.size();
    }

    private static <T> T time(int run, String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("BENCH inbox run %d: %-30s %8.3f s (%s)%n", run, what, (System.nanoTime() - start) / 1e9, result);
        return result;
    }
}
