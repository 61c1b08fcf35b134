// SPDX-License-Identifier: EPL-2.0
package org.motcua.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.core.MotCuaCore;
import org.motcua.core.config.Holiday;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.config.VietnamHolidays;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.org.Regime;
import org.motcua.core.security.Principal;

/**
 * The Đồng Tháp province's configuration (seed data, not core API), created through the ordinary audited
 * services so that the demo loader and the tests share it: the province; the Tháp Mười and Cao Lãnh
 * district desks (NĐ 61/2018) with two communes each; the provincial public-service centre and xã Tháp
 * Mười (NĐ 118/2025); the department codes the procedure modules expect; the modules enabled (all three
 * at Tháp Mười, land and social only at Cao Lãnh, all three under the 2025 centre); and the holidays
 * 2024–2027 of the core's {@link VietnamHolidays}.
 */
public final class DongThapDefaults {

    /** Module ids (bundle symbolic names) this configuration enables; the core knows none of them. */
    public static final String LAND = "org.motcua.procedure.land";
    /** The social-protection module. */
    public static final String SOCIAL = "org.motcua.procedure.social";
    /** The labour, invalids and social-affairs module. */
    public static final String LABOR = "org.motcua.procedure.labor";

    /** Office codes. */
    public static final String PROVINCE = "H20";
    /** The Tháp Mười district desk (NĐ 61/2018). */
    public static final String THAP_MUOI = "H20.872";
    /** Communes of Tháp Mười district. */
    public static final String MY_AN = "H20.872.01", MY_HOA = "H20.872.02";
    /** The Cao Lãnh district desk (NĐ 61/2018). */
    public static final String CAO_LANH = "H20.873";
    /** Communes of Cao Lãnh district. */
    public static final String MY_XUONG = "H20.873.01", BINH_HANG_TRUNG = "H20.873.02";
    /** The provincial public-service centre (NĐ 118/2025). */
    public static final String PROVINCE_2025 = "H82";
    /** The public-service centre of xã Tháp Mười (NĐ 118/2025). */
    public static final String XA_THAP_MUOI = "H82.TM";

    private DongThapDefaults() {
    }

    /**
     * Creates what is missing (offices are matched by code) and returns every default office by code.
     * The administrator must exist (e.g. created with {@code createFirstAdministrator} on the province).
     */
    public static Map<String, OfficeRef> install(MotCuaCore core, Principal admin) {
        Map<String, OfficeRef> offices = new LinkedHashMap<>();
        OfficeRef province = office(core, admin, offices, PROVINCE, "UBND tỉnh Đồng Tháp", OfficeLevel.PROVINCE,
                Regime.DECREE_61_2018, null, dept("SLDTBXH", "Sở Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL));
        for (String[] district : new String[][] { { THAP_MUOI, "Tháp Mười", MY_AN, "Mỹ An", MY_HOA, "Mỹ Hòa" },
                { CAO_LANH, "Cao Lãnh", MY_XUONG, "Mỹ Xương", BINH_HANG_TRUNG, "Bình Hàng Trung" } }) {
            OfficeRef d = office(core, admin, offices, district[0], "Bộ phận một cửa huyện " + district[1],
                    OfficeLevel.DISTRICT, Regime.DECREE_61_2018, province.id(),
                    dept("TNMT", "Phòng Tài nguyên và Môi trường", DepartmentKind.INTERNAL),
                    dept("VPDK", "Chi nhánh Văn phòng Đăng ký đất đai", DepartmentKind.EXTERNAL),
                    dept("THUE", "Chi cục Thuế khu vực", DepartmentKind.EXTERNAL),
                    dept("LDTBXH", "Phòng Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL),
                    dept("LANHDAO", "Lãnh đạo UBND huyện", DepartmentKind.INTERNAL));
            for (int i = 2; i < 6; i += 2) {
                office(core, admin, offices, district[i], "UBND xã " + district[i + 1], OfficeLevel.COMMUNE,
                        Regime.DECREE_61_2018, d.id(),
                        dept("DIACHINH", "Công chức Địa chính – Xây dựng", DepartmentKind.INTERNAL),
                        dept("LDTBXH", "Công chức Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL),
                        dept("LANHDAO", "Lãnh đạo UBND xã", DepartmentKind.INTERNAL));
            }
        }
        OfficeRef centre = office(core, admin, offices, PROVINCE_2025, "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp",
                OfficeLevel.PROVINCE, Regime.DECREE_118_2025, null,
                dept("SNV", "Sở Nội vụ", DepartmentKind.INTERNAL));
        office(core, admin, offices, XA_THAP_MUOI, "Trung tâm Phục vụ hành chính công xã Tháp Mười", OfficeLevel.COMMUNE,
                Regime.DECREE_118_2025, centre.id(),
                dept("DIACHINH", "Phòng Kinh tế – công chức địa chính", DepartmentKind.INTERNAL),
                dept("VPDK", "Chi nhánh Văn phòng Đăng ký đất đai", DepartmentKind.EXTERNAL),
                dept("THUE", "Thuế cơ sở", DepartmentKind.EXTERNAL),
                dept("VHXH", "Phòng Văn hóa – Xã hội", DepartmentKind.INTERNAL),
                dept("LANHDAO", "Lãnh đạo UBND xã", DepartmentKind.INTERNAL));
        ModuleConfigService modules = core.modules();
        for (String module : List.of(LAND, SOCIAL, LABOR)) {
            modules.enable(admin, offices.get(THAP_MUOI).id(), module);
            modules.enable(admin, centre.id(), module);
        }
        modules.enable(admin, offices.get(CAO_LANH).id(), LAND);
        modules.enable(admin, offices.get(CAO_LANH).id(), SOCIAL);
        for (Holiday h : VietnamHolidays.days2024To2027()) {
            core.organization().setCalendarDay(admin, null, h.day(), h.workingDay(), h.name(), h.notice());
        }
        return offices;
    }

    private record Dept(String code, String name, DepartmentKind kind) {
    }

    private static Dept dept(String code, String name, DepartmentKind kind) {
        return new Dept(code, name, kind);
    }

    private static OfficeRef office(MotCuaCore core, Principal admin, Map<String, OfficeRef> offices, String code,
            String name, OfficeLevel level, Regime regime, Long parentId, Dept... departments) {
        OrganizationService org = core.organization();
        OfficeRef office = org.office(code).orElseGet(() -> org.createOffice(admin, new OfficeData(code, name, level,
                regime, parentId, null, LocalTime.of(15, 0), BigDecimal.ONE)));
        for (Dept d : departments) {
            if (org.departments(office.id()).stream().noneMatch(x -> x.code().equals(d.code()))) {
                org.createDepartment(admin, office.id(), d.code(), d.name(), d.kind());
            }
        }
        offices.put(code, office);
        return office;
    }
}
