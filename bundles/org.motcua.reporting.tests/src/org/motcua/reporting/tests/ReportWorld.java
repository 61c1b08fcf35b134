package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.function.Executable;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.Actor;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;

/**
 * A small province on a fresh in-memory database: Đồng Tháp, the Tháp Mười district desk with its
 * departments and one commune, a user per role, and two test procedures (a district land procedure
 * with a tax step, and a commune → district social procedure whose commune step requires a public
 * posting of 2 working days). The clock starts on Monday 2 June 2025, 08:00. Copied from
 * org.motcua.persistence.tests.TestWorld (the reporting tests need the same world and own bundle).
 */
final class ReportWorld implements AutoCloseable {

    static final String LAND = "T.LAND";
    static final String SOCIAL = "T.SOCIAL";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final char[] PASSWORD = "mat-khau-123".toCharArray();

    final SettableTimeSource clock = new SettableTimeSource(LocalDateTime.of(2025, 6, 2, 8, 0));
    final EntityManagerFactory factory;
    final MotCuaCore core;
    final OfficeRef province;
    final OfficeRef district;
    final OfficeRef commune;
    final Actor admin = new Actor("admin");
    final Actor desk = new Actor("desk.district");
    final Actor postal = new Actor("postal.district");
    final Actor landSpecialist = new Actor("land.specialist");
    final Actor landHead = new Actor("land.head");
    final Actor justice = new Actor("justice.specialist");
    final Actor registry = new Actor("registry.specialist");
    final Actor socialDistrict = new Actor("social.district");
    final Actor leader = new Actor("leader.district");
    final Actor communeDesk = new Actor("desk.commune");
    final Actor communeSocial = new Actor("social.commune");

    ReportWorld() {
        this(DatabaseConfig.h2Memory("motcua-report-" + DATABASES.incrementAndGet()));
    }

    final DatabaseConfig config;
    final javax.sql.DataSource dataSource;

    ReportWorld(DatabaseConfig config) {
        this.config = config;
        // Liquibase creates its root scope on first use from the thread's context class loader: under the
        // test harness that loader cannot see Liquibase's META-INF/services ("Cannot find default log service").
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibase.Scope.class.getClassLoader());
        try {
            factory = Database.open(config);
        } finally {
            thread.setContextClassLoader(previous);
        }
        dataSource = Database.dataSource(config);
        ProcedureRegistry procedures = new ProcedureRegistry();
        procedures.register(landProcedure());
        procedures.register(socialProcedure());
        core = MotCuaCore.create(factory, clock, procedures);
        var org = core.organization();
        org.createFirstAdministrator(new OfficeData("H20", "UBND tỉnh Đồng Tháp", OfficeLevel.PROVINCE,
                Regime.DECREE_61_2018, null, null, null, null), "admin", "Quản trị viên", PASSWORD);
        province = org.office("H20").orElseThrow();
        district = org.createOffice(admin, new OfficeData("H20.872", "Bộ phận một cửa huyện Tháp Mười",
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, province.id(), null, LocalTime.of(15, 0), BigDecimal.ONE));
        commune = org.createOffice(admin, new OfficeData("H20.872.01", "UBND xã Mỹ An", OfficeLevel.COMMUNE,
                Regime.DECREE_61_2018, district.id(), null, null, BigDecimal.ONE));
        long tnmt = org.createDepartment(admin, district.id(), "TNMT", "Phòng Tài nguyên và Môi trường", DepartmentKind.INTERNAL).id();
        long ldtbxh = org.createDepartment(admin, district.id(), "LDTBXH", "Phòng Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL).id();
        long tuphap = org.createDepartment(admin, district.id(), "TUPHAP", "Phòng Tư pháp", DepartmentKind.INTERNAL).id();
        org.createDepartment(admin, district.id(), "THUE", "Chi cục Thuế khu vực", DepartmentKind.EXTERNAL);
        long vpdk = org.createDepartment(admin, district.id(), "VPDK", "Chi nhánh Văn phòng Đăng ký đất đai", DepartmentKind.INTERNAL).id();
        long communeLdtbxh = org.createDepartment(admin, commune.id(), "LDTBXH", "Công chức Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL).id();
        user("desk.district", "Nguyễn Thị Hồng", district, dept(district, "MOTCUA"), Role.DESK_OFFICER);
        user("postal.district", "Lê Văn Bưu", district, dept(district, "MOTCUA"), Role.POSTAL_DESK);
        user("land.specialist", "Trần Văn Đất", district, tnmt, Role.SPECIALIST);
        user("land.head", "Phạm Thị Thu", district, tnmt, Role.DEPARTMENT_HEAD);
        user("justice.specialist", "Võ Văn Luật", district, tuphap, Role.SPECIALIST);
        user("registry.specialist", "Lý Thị Bạ", district, vpdk, Role.SPECIALIST);
        user("social.district", "Huỳnh Thị Xã", district, ldtbxh, Role.SPECIALIST);
        user("leader.district", "Đặng Văn Lãnh", district, null, Role.LEADER);
        user("desk.commune", "Ngô Thị Mỹ", commune, dept(commune, "MOTCUA"), Role.DESK_OFFICER);
        user("social.commune", "Bùi Văn An", commune, communeLdtbxh, Role.SPECIALIST);
        // Tết-like holiday to make calendars real: Independence Day 2025 (1 and 2 September)
        org.setCalendarDay(admin, null, LocalDate.of(2025, 9, 1), false, "Quốc khánh (nghỉ liền kề)");
        org.setCalendarDay(admin, null, LocalDate.of(2025, 9, 2), false, "Quốc khánh 2/9");
    }

    private void user(String username, String name, OfficeRef office, Long department, Role role) {
        core.organization().createUser(admin, username, name, office.id(), department, EnumSet.of(role), PASSWORD);
    }

    long dept(OfficeRef office, String code) {
        return core.organization().departments(office.id()).stream().filter(d -> d.code().equals(code))
                .map(DepartmentRef::id).findFirst().orElseThrow();
    }

    static ProcedureDefinition landProcedure() {
        return new ProcedureDefinition(LAND, "test-1", "Đăng ký biến động đất đai (thử nghiệm)", "Land change (test)",
                "Thử nghiệm", LocalDate.of(2020, 1, 1), null, Regime.DECREE_61_2018, OfficeLevel.DISTRICT, 3, 0,
                BigDecimal.valueOf(4), DurationUnit.WORKING_DAYS,
                List.of(new DocumentRequirement("Đơn đăng ký biến động", "Application", true, 1, false),
                        new DocumentRequirement("Giấy chứng nhận đã cấp", "Certificate", true, 1, false)),
                List.of(step("TN", "Tiếp nhận", OfficeLevel.DISTRICT, "MOTCUA", 0.5),
                        new StepDefinition("TD", "Thẩm định", null, OfficeLevel.DISTRICT, List.of("TNMT", "VPDK"),
                                BigDecimal.valueOf(2), DurationUnit.WORKING_DAYS, List.of(), true),
                        step("PD", "Phê duyệt", OfficeLevel.DISTRICT, "TNMT", 1)),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), true);
    }

    static ProcedureDefinition socialProcedure() {
        StepDefinition review = new StepDefinition("XA", "Xã xét duyệt, niêm yết", null, OfficeLevel.COMMUNE,
                List.of("LDTBXH"), BigDecimal.valueOf(7), DurationUnit.WORKING_DAYS,
                List.of(GuardSpec.publicPosting(2, DurationUnit.WORKING_DAYS)));
        return new ProcedureDefinition(SOCIAL, "test-1", "Trợ cấp xã hội (thử nghiệm)", "Social allowance (test)",
                "Thử nghiệm", LocalDate.of(2020, 1, 1), null, Regime.DECREE_61_2018, OfficeLevel.COMMUNE, 2, 0,
                BigDecimal.valueOf(20), DurationUnit.WORKING_DAYS,
                List.of(new DocumentRequirement("Tờ khai Mẫu 1a", "Form 1a", true, 1, false)),
                List.of(step("TN", "Tiếp nhận", OfficeLevel.COMMUNE, "MOTCUA", 0.5), review,
                        step("TD", "Phòng LĐTBXH thẩm định", OfficeLevel.DISTRICT, "LDTBXH", 7),
                        step("QD", "Chủ tịch huyện quyết định", OfficeLevel.DISTRICT, "LDTBXH", 3)),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    private static StepDefinition step(String code, String name, OfficeLevel level, String agency, double days) {
        return new StepDefinition(code, name, null, level, List.of(agency), BigDecimal.valueOf(days),
                DurationUnit.WORKING_DAYS, List.of());
    }

    static ReceiveRequest request(String procedure, Channel channel) {
        return new ReceiveRequest(procedure, channel,
                new ApplicantData("Đoàn Ngữ Hồng Hạnh", "087095000123", "0912 345 678", "o.nguyen@example.vn",
                        "Ấp 3, xã Mỹ An, huyện Tháp Mười", false), List.of());
    }

    DossierView receiveLand() {
        return core.workflow().receive(desk, request(LAND, Channel.WALK_IN));
    }

    /** Performs an action with the dossier's current version, as a screen that just loaded it would. */
    DossierView act(Actor actor, DossierView dossier, ActionRequest request) {
        DossierView fresh = core.queries().byId(dossier.id()).orElseThrow();
        return core.workflow().perform(actor, fresh.id(), fresh.version(), request);
    }

    /** Asserts that the action is refused with the given message key, and returns the refusal. */
    static MotCuaException refused(String key, Executable action) {
        MotCuaException e = assertThrows(MotCuaException.class, action);
        assertEquals(key, e.key(), e.getMessage());
        return e;
    }

    /** A land dossier held and taken by the land department (step 1). */
    DossierView landAtDepartment() {
        DossierView d = receiveLand();
        d = act(desk, d, new ActionRequest.HandOver(dept(district, "TNMT")));
        return act(landSpecialist, d, new ActionRequest.Take());
    }

    Map<String, Long> departments() {
        return Map.of("TNMT", dept(district, "TNMT"), "TUPHAP", dept(district, "TUPHAP"), "LDTBXH",
                dept(district, "LDTBXH"));
    }

    @Override
    public void close() {
        factory.close();
        if (dataSource instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
            pool.dispose();
        }
    }

    /**
     * @return a world in a fresh schema of the PostgreSQL server named by MOTCUA_TEST_PG_URL, _USER and
     *         _PASSWORD (started by {@code ./motcua test}: releng/scripts/test-postgres); the test is skipped
     *         when there is none
     */
    static ReportWorld onPostgres(String prefix) throws Exception {
        String url = System.getenv("MOTCUA_TEST_PG_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(),
                "needs a PostgreSQL server: MOTCUA_TEST_PG_URL (./motcua test starts one)");
        DatabaseConfig admin = new DatabaseConfig(url, System.getenv("MOTCUA_TEST_PG_USER"),
                System.getenv("MOTCUA_TEST_PG_PASSWORD"));
        String schema = prefix + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (java.sql.Connection c = Database.dataSource(admin).getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        return new ReportWorld(new DatabaseConfig(url + "?currentSchema=" + schema, admin.user(), admin.password()));
    }
}
