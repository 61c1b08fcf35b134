// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.motcua.cli.CliCommand;
import org.motcua.cli.CliContext;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.Workspace;
import org.osgi.service.component.annotations.Component;

/**
 * {@code benchmark}: intake throughput through the workflow service ({@code intake}) beside raw JDBC
 * inserts on the same database ({@code jdbc}). Demo workspaces only: it writes a benchmark office.
 */
@Component(service = CliCommand.class)
public final class BenchmarkCommand implements CliCommand {

    static final String OFFICE = "BENCH.01";
    static final String DESK_USER = "bench.desk";

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "benchmark.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "benchmark.usage");
    }

    /** The password of the benchmark's own accounts (demo databases only). */
    private static final String BENCH_PASSWORD = "benchmark-only";

    @Override
    public int run(CliContext context) throws Exception {
        Workspace workspace = context.workspace();
        if (!workspace.isDemoDatabase()) {
            // a benchmark writes thousands of made-up dossiers: only into a demo, which only an empty database becomes
            if (!workspace.core().organization().offices().isEmpty()) {
                throw new MotCuaException("benchmark.demoOnly");
            }
            workspace.createAsDemo();
        }
        String what = context.positional().isEmpty() ? "intake" : context.positional().get(0);
        int count = Integer.parseInt(context.option("dossiers").orElse("1000"));
        int threads = Integer.parseInt(context.option("threads").orElse("8"));
        return switch (what) {
            case "intake" -> intake(context, workspace.core(), count, threads);
            case "jdbc" -> jdbc(context, workspace, count);
            case "open" -> open(context, workspace.core(), count, threads);
            default -> {
                context.err().println(usage(context.locale()));
                yield 2;
            }
        };
    }

    private int intake(CliContext context, MotCuaCore core, int count, int threads) throws Exception {
        core.procedures().register(benchProcedure());
        if (context.flag("setup") || core.organization().office(OFFICE).isEmpty()) {
            setUp(core);
        }
        // the desk signs in once, as a desk officer would, before the clock starts
        Principal desk = core.sessions().signIn(DESK_USER, BENCH_PASSWORD.toCharArray(), SessionKind.TOOL);
        long start = System.nanoTime();
        int done = parallel(count, threads, (thread, i) -> core.workflow().receive(desk, new ReceiveRequest("BENCH.1",
                Channel.WALK_IN, new ApplicantData("Người nộp " + thread + "-" + i, "087095000123", "0912345678", null,
                        null, false), List.of())));
        double seconds = (System.nanoTime() - start) / 1e9;
        context.out().printf(Locale.ROOT, "intake: %d dossiers, %d threads, %.2f s, %.0f dossiers/s%n", done, threads,
                seconds, done / seconds);
        return 0;
    }

    /** One task of a parallel run: the {@code index}-th of thread {@code thread}. */
    private interface Task {
        void run(int thread, int index) throws Exception;
    }

    /** Runs {@code count} tasks shared among {@code threads} threads; @return how many ran */
    private static int parallel(int count, int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = count / threads + (t < count % threads ? 1 : 0);
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        task.run(thread, i);
                    }
                    return share;
                }));
            }
            int done = 0;
            for (Future<Integer> result : results) {
                done += result.get();
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Opens {@code count} dossiers of the benchmark's office (received by {@code intake} before) on {@code threads}
     * threads, as a desk officer: each opening reads the dossier's view and writes its access record.
     */
    private int open(CliContext context, MotCuaCore core, int count, int threads) throws Exception {
        core.procedures().register(benchProcedure());
        Principal desk = core.sessions().signIn(DESK_USER, BENCH_PASSWORD.toCharArray(), SessionKind.TOOL);
        List<Long> ids = core.queries().page(desk, OFFICE, 0, 10_000).stream().map(d -> d.id()).toList();
        if (ids.isEmpty()) {
            throw new MotCuaException("benchmark.demoOnly");
        }
        int each = Math.max(1, count / threads);
        long start = System.nanoTime();
        int done = parallel(count, threads,
                (thread, i) -> core.queries().byId(desk, ids.get((thread * each + i) % ids.size())).orElseThrow());
        double seconds = (System.nanoTime() - start) / 1e9;
        context.out().printf(Locale.ROOT, "open: %d openings, %d threads, %.2f s, %.0f openings/s, %.2f ms each%n", done,
                threads, seconds, done / seconds, seconds * 1000 * threads / done);
        return 0;
    }

    private static void setUp(MotCuaCore core) {
        var org = core.organization();
        char[] password = BENCH_PASSWORD.toCharArray();
        OfficeData office = new OfficeData(OFFICE, "Đơn vị đo hiệu năng", OfficeLevel.DISTRICT, Regime.DECREE_61_2018,
                null, null, null, BigDecimal.ONE);
        if (org.user("bench.admin").isEmpty()) {
            org.createFirstAdministrator(office, "bench.admin", "Quản trị đo hiệu năng", password);
        }
        Principal admin = core.sessions().signIn("bench.admin", BENCH_PASSWORD.toCharArray(), SessionKind.TOOL);
        long officeId = org.office(OFFICE).orElseThrow().id();
        if (org.user(DESK_USER).isEmpty()) {
            long desk = org.departments(officeId).stream().filter(d -> d.kind() == DepartmentKind.DESK).findFirst()
                    .orElseThrow().id();
            org.createDepartment(admin, officeId, "TNMT", "Phòng Tài nguyên và Môi trường", DepartmentKind.INTERNAL);
            org.createUser(admin, DESK_USER, "Cán bộ một cửa (đo)", officeId, desk, EnumSet.of(Role.DESK_OFFICER), password);
        }
    }

    private static ProcedureDefinition benchProcedure() {
        List<StepDefinition> steps = List.of(
                new StepDefinition("TN", "Tiếp nhận", null, OfficeLevel.DISTRICT, List.of("MOTCUA"), BigDecimal.valueOf(0.5),
                        DurationUnit.WORKING_DAYS, List.of()),
                new StepDefinition("TD", "Thẩm định", null, OfficeLevel.DISTRICT, List.of("TNMT"), BigDecimal.valueOf(3),
                        DurationUnit.WORKING_DAYS, List.of()));
        return new ProcedureDefinition("BENCH.1", "bench", "Thủ tục đo hiệu năng", "Benchmark procedure", "—",
                LocalDate.of(2000, 1, 1), null, Regime.DECREE_61_2018, OfficeLevel.DISTRICT, 2, 0, BigDecimal.valueOf(4),
                DurationUnit.WORKING_DAYS, List.of(new DocumentRequirement("Đơn", null, true, 1, false)), steps,
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    private static int jdbc(CliContext context, Workspace workspace, int rows) throws SQLException {
        try (Connection c = workspace.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_raw");
                s.execute("create table bench_raw (id bigint primary key, code varchar(60), applicant varchar(200),"
                        + " received_at timestamp)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into bench_raw values (?, ?, ?, ?)")) {
                Timestamp now = new Timestamp(System.currentTimeMillis());
                for (int i = 1; i <= rows; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "BENCH-" + i);
                    insert.setString(3, "Người nộp " + i);
                    insert.setTimestamp(4, now);
                    insert.addBatch();
                    if (i % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_raw");
            }
            c.commit();
            context.out().printf(Locale.ROOT, "jdbc: %d rows, %.2f s, %.0f rows/s%n", rows, seconds, rows / seconds);
        }
        return 0;
    }
}
