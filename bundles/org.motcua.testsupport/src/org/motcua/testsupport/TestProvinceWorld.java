// SPDX-License-Identifier: EPL-2.0
package org.motcua.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentKind;
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
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.persistence.DatabaseConfig;

/**
 * A small province on a fresh database: Đồng Tháp, the Tháp Mười district desk with its departments and
 * one commune, a user per role, and two test procedures that belong to no module (a district land
 * procedure with a tax step, and a commune → district social procedure whose commune step requires a
 * public posting of 2 working days). The clock starts on Monday 2 June 2025, 08:00; 1 and 2 September
 * 2025 are holidays. The fixture of the core's database and reporting tests.
 */
public class TestProvinceWorld extends World {

    /** The test land procedure's code. */
    public static final String LAND = "T.LAND";
    /** The test social procedure's code. */
    public static final String SOCIAL = "T.SOCIAL";

    /** The Tháp Mười district desk (NĐ 61/2018), with TNMT, LDTBXH, TUPHAP, THUE (external) and VPDK. */
    public final OfficeRef district;
    /** The commune Mỹ An under the district, with LDTBXH. */
    public final OfficeRef commune;
    /** The district's desk officer. */
    public final Principal desk;
    /** The district's postal-service desk. */
    public final Principal postal;
    /** A specialist of TNMT. */
    public final Principal landSpecialist;
    /** The head of TNMT. */
    public final Principal landHead;
    /** A specialist of TUPHAP. */
    public final Principal justice;
    /** A specialist of VPDK. */
    public final Principal registry;
    /** A specialist of the district's LDTBXH. */
    public final Principal socialDistrict;
    /** The district's leader (no department). */
    public final Principal leader;
    /** The commune's desk officer. */
    public final Principal communeDesk;
    /** A specialist of the commune's LDTBXH. */
    public final Principal communeSocial;
    /** The applicant of the dossiers {@link #receiveLand()} receives. */
    public final String applicant;

    /** The province on {@code config}, its dossiers received from {@code applicant}. */
    public TestProvinceWorld(DatabaseConfig config, String applicant) {
        super(config, LocalDateTime.of(2025, 6, 2, 8, 0), procedures());
        this.applicant = applicant;
        var org = core.organization();
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
        desk = createUser("desk.district", "Nguyễn Thị Hồng", district, dept(district, "MOTCUA"), Role.DESK_OFFICER);
        postal = createUser("postal.district", "Lê Văn Bưu", district, dept(district, "MOTCUA"), Role.POSTAL_DESK);
        landSpecialist = createUser("land.specialist", "Trần Văn Đất", district, tnmt, Role.SPECIALIST);
        landHead = createUser("land.head", "Phạm Thị Thu", district, tnmt, Role.DEPARTMENT_HEAD);
        justice = createUser("justice.specialist", "Võ Văn Luật", district, tuphap, Role.SPECIALIST);
        registry = createUser("registry.specialist", "Lý Thị Bạ", district, vpdk, Role.SPECIALIST);
        socialDistrict = createUser("social.district", "Huỳnh Thị Xã", district, ldtbxh, Role.SPECIALIST);
        leader = createUser("leader.district", "Đặng Văn Lãnh", district, null, Role.LEADER);
        communeDesk = createUser("desk.commune", "Ngô Thị Mỹ", commune, dept(commune, "MOTCUA"), Role.DESK_OFFICER);
        communeSocial = createUser("social.commune", "Bùi Văn An", commune, communeLdtbxh, Role.SPECIALIST);
        // Tết-like holiday to make calendars real: Independence Day 2025 (1 and 2 September)
        org.setCalendarDay(admin, null, LocalDate.of(2025, 9, 1), false, "Quốc khánh (nghỉ liền kề)");
        org.setCalendarDay(admin, null, LocalDate.of(2025, 9, 2), false, "Quốc khánh 2/9");
    }

    private static ProcedureRegistry procedures() {
        ProcedureRegistry procedures = new ProcedureRegistry();
        procedures.register(landProcedure());
        procedures.register(socialProcedure());
        return procedures;
    }

    /** @return the test land procedure: district, 4 working days in 3 steps, with a financial obligation (tax) */
    public static ProcedureDefinition landProcedure() {
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

    /** @return the test social procedure: commune → district, 20 working days, public posting at the commune */
    public static ProcedureDefinition socialProcedure() {
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

    /** @return a request to receive a dossier of {@code procedure} from {@link World#APPLICANT} */
    public static ReceiveRequest request(String procedure, Channel channel) {
        return request(procedure, channel, APPLICANT);
    }

    /** @return a walk-in land dossier received at the district desk from {@link #applicant} */
    public DossierView receiveLand() {
        return core.workflow().receive(desk, request(LAND, Channel.WALK_IN, applicant));
    }

    /** @return a land dossier held and taken by the land department (step 1) */
    public DossierView landAtDepartment() {
        DossierView d = receiveLand();
        d = act(desk, d, new ActionRequest.HandOver(dept(district, "TNMT")));
        return act(landSpecialist, d, new ActionRequest.Take());
    }

    /**
     * @return a land dossier imported from an old system under reference {@code ref}: received at the district desk
     *         at {@code at}, handed over and taken by the land department an hour apart, and left open there
     */
    public DossierView importedLandAtDepartment(String ref, LocalDateTime at) {
        String name = "Hồ sơ cũ " + ref;
        core.imports().importEvents(admin, List.of(
                ImportedEvent.received(1, at, ref, "desk.district", request(LAND, Channel.WALK_IN, name), null),
                ImportedEvent.action(2, at.plusHours(1), ref, "desk.district",
                        new ActionRequest.HandOver(dept(district, "TNMT"))),
                ImportedEvent.action(3, at.plusHours(2), ref, "land.specialist", new ActionRequest.Take())));
        return core.queries().page(reader(), district.code(), 0, 100_000).stream()
                .filter(d -> d.applicantName().equals(name)).findFirst().orElseThrow();
    }

    /** @return the ids of the district's TNMT, TUPHAP and LDTBXH by code */
    public Map<String, Long> departments() {
        return Map.of("TNMT", dept(district, "TNMT"), "TUPHAP", dept(district, "TUPHAP"), "LDTBXH",
                dept(district, "LDTBXH"));
    }
}
