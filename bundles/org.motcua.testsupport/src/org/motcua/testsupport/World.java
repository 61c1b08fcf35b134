// SPDX-License-Identifier: EPL-2.0
package org.motcua.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.function.Executable;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.engine.SecuritySettings;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.demo.DongThapDefaults;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;

/**
 * The set-up every database test shares: a fresh database brought up to date, the core services on a
 * settable clock, and the province of Đồng Tháp with its administrator ({@code admin}); plus the helpers
 * the tests use to act and to expect refusals. Subclasses add the offices, users and procedures.
 */
public abstract class World implements AutoCloseable {

    /** The password of every user a world creates. */
    public static final String PASSWORD = "mat-khau-123";
    /** The applicant of the dossiers a world receives unless a test names another. */
    public static final String APPLICANT = "Nguyễn Văn Ồ";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /**
     * The security of the tests' databases: the installation's, with Argon2id at its cheapest (64 KiB, one pass) so
     * that the hundreds of accounts the tests create and sign in cost no time; SessionsTest checks the defaults.
     */
    public static final SecuritySettings TEST_SECURITY = SecuritySettings.defaults().withArgon2(64, 1, 1);

    /** The clock the core reads; tests move it. */
    public final SettableTimeSource clock;
    /** Where the database is. */
    public final DatabaseConfig config;
    /** The connection pool the core and the tests' own SQL share (disposed by {@link #close()}). */
    public final DataSource dataSource;
    /** The persistence unit (closed by {@link #close()}). */
    public final EntityManagerFactory factory;
    /** The core services. */
    public final MotCuaCore core;
    /** The province (Đồng Tháp, NĐ 61/2018), the administrator's office. */
    public final OfficeRef province;
    /** The province administrator, signed in. */
    public final Principal admin;
    private Principal reader;
    /** The sessions of the users {@link #user} made, by name. */
    private final java.util.Map<String, Principal> signedIn = new java.util.HashMap<>();

    /**
     * Opens the database at {@code config}, creates the core on a clock at {@code start} with
     * {@code procedures}, and the province with its first administrator.
     */
    protected World(DatabaseConfig config, LocalDateTime start, ProcedureRegistry procedures) {
        this.config = config;
        clock = new SettableTimeSource(start);
        dataSource = Database.dataSource(config);
        factory = Database.open(config, dataSource);
        // a test database is a demo database: the only kind that accepts the tests' settable clock
        org.motcua.core.engine.CoreEngine.createAsDemo(factory);
        core = org.motcua.core.engine.CoreEngine.create(factory, clock, procedures, TEST_SECURITY);
        core.organization().createFirstAdministrator(new OfficeData(DongThapDefaults.PROVINCE, "UBND tỉnh Đồng Tháp",
                OfficeLevel.PROVINCE, Regime.DECREE_61_2018, null, null, null, null), "admin", "Quản trị viên",
                PASSWORD.toCharArray());
        admin = signIn("admin");
        province = core.organization().office(DongThapDefaults.PROVINCE).orElseThrow();
    }

    /** @return a fresh in-memory H2 database whose name starts with {@code prefix} */
    public static DatabaseConfig h2(String prefix) {
        return DatabaseConfig.h2Memory(prefix.replaceAll("\\W", "_") + "-" + DATABASES.incrementAndGet());
    }

    /**
     * @return a fresh schema whose name starts with {@code prefix} on the PostgreSQL server named by
     *         MOTCUA_TEST_PG_URL, _USER and _PASSWORD (started by {@code ./motcua test}:
     *         releng/scripts/test-postgres); the calling test is skipped when there is none
     */
    public static DatabaseConfig postgres(String prefix) throws SQLException {
        String url = System.getenv("MOTCUA_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "needs a PostgreSQL server: MOTCUA_TEST_PG_URL (./motcua test starts one)");
        DatabaseConfig server = new DatabaseConfig(url, System.getenv("MOTCUA_TEST_PG_USER"),
                System.getenv("MOTCUA_TEST_PG_PASSWORD"));
        String schema = prefix + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        DataSource pool = Database.dataSource(server);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } finally {
            dispose(pool);
        }
        return new DatabaseConfig(url + "?currentSchema=" + schema, server.user(), server.password());
    }

    /** Creates a user with one role in {@code office} (and {@code department}, or none), password {@link #PASSWORD}. */
    public Principal createUser(String username, String name, OfficeRef office, Long department, Role role) {
        core.organization().createUser(admin, username, name, office.id(), department, EnumSet.of(role),
                PASSWORD.toCharArray());
        return signIn(username);
    }

    /**
     * @return a leader of the province (created on first use): reads every dossier received below the province,
     *         as the tests' own eyes (an administrator reads no dossier)
     */
    public Principal reader() {
        if (reader == null) {
            reader = createUser("leader.province", "Lãnh đạo tỉnh", province, null, Role.LEADER);
        }
        return reader;
    }

    /** @return a new session of {@code username}, signed in with {@link #PASSWORD} */
    public Principal signIn(String username) {
        return core.sessions().signIn(username, PASSWORD.toCharArray(), SessionKind.DESKTOP);
    }

    /**
     * @return the user with just {@code role} in department {@code deptCode} of {@code office} (none: {@code null}),
     *         created on first use and named after the three
     */
    public Principal user(OfficeRef office, String deptCode, Role role) {
        String name = (role.name() + "." + office.code() + "." + deptCode).toLowerCase(Locale.ROOT).replace('_', '-');
        return signedIn.computeIfAbsent(name, n -> core.organization().user(n).isEmpty()
                ? createUser(n, n, office, deptCode == null ? null : dept(office, deptCode), role)
                : signIn(n));
    }

    /** @return the id of the department {@code code} of {@code office} */
    public long dept(OfficeRef office, String code) {
        return core.organization().departments(office.id()).stream().filter(d -> d.code().equals(code))
                .map(DepartmentRef::id).findFirst().orElseThrow();
    }

    /** @return the applicant {@code name} with a valid CCCD, phone number, e-mail address and address */
    public static ApplicantData applicant(String name) {
        return new ApplicantData(name, "087095000123", "0912 345 678", "o.nguyen@example.vn",
                "Ấp 3, xã Mỹ An, huyện Tháp Mười", false);
    }

    /** @return a request to receive a dossier of {@code procedure} from {@code applicant}, with no form fields */
    public static ReceiveRequest request(String procedure, Channel channel, String applicant) {
        return new ReceiveRequest(procedure, channel, applicant(applicant), List.of());
    }

    /** Performs an action with the dossier's current version, as a screen that just loaded it would. */
    public DossierView act(Principal actor, DossierView dossier, ActionRequest request) {
        // the actor's own view; one who may not read the dossier acts on the tests' view of it (and is refused)
        DossierView fresh = core.queries().byId(actor, dossier.id())
                .or(() -> core.queries().byId(reader(), dossier.id())).orElse(dossier);
        return core.workflow().perform(actor, fresh.id(), fresh.version(), request);
    }

    /**
     * Waits until the sessions' clock (Vietnam's wall clock, whole seconds, as the core reads it for expiries and
     * locks) reaches {@code time}; fails after 30 s.
     */
    public static void waitForTheRealClock(LocalDateTime time) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (LocalDateTime.now(org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE).withNano(0).isBefore(time)) {
            org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() < deadline, "the real clock never reached " + time);
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(50).toNanos());
        }
    }

    /** Asserts that the action is refused with the given message key, and returns the refusal. */
    public static MotCuaException refused(String key, Executable action) {
        MotCuaException e = assertThrows(MotCuaException.class, action);
        assertEquals(key, e.key(), e.getMessage());
        return e;
    }

    /** Closes the persistence unit and the connection pool. */
    @Override
    public void close() {
        factory.close();
        dispose(dataSource);
    }

    private static void dispose(DataSource pool) {
        if (pool instanceof JdbcConnectionPool h2) {
            h2.dispose();
        }
    }
}
