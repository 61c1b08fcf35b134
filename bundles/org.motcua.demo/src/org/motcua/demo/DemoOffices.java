// SPDX-License-Identifier: EPL-2.0
package org.motcua.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.motcua.core.MotCuaCore;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;

/**
 * The demo workspace's offices and people: the Đồng Tháp defaults ({@link DongThapDefaults}:
 * the province, the Tháp Mười and Cao Lãnh district desks with two communes each, the 2025 centres,
 * modules per office, holidays 2024–2027) plus one demo account per role and department. Every change
 * goes through the organisation service (audited).
 */
public final class DemoOffices {

    /** The password of every demo account (documented in the user guide; demo workspaces only). */
    public static final String PASSWORD = "motcua-demo";

    /** The province. */
    public static final String PROVINCE = DongThapDefaults.PROVINCE;
    /** The province's one-stop desk officer: reads the dossiers of every demo office (they are all below it). */
    public static final String PROVINCE_DESK = "motcua.tinh";
    /** Tháp Mười district desk. */
    public static final String THAP_MUOI = DongThapDefaults.THAP_MUOI;
    /** Cao Lãnh district desk. */
    public static final String CAO_LANH = DongThapDefaults.CAO_LANH;

    private static final Map<String, String> KEYS = Map.of(DongThapDefaults.PROVINCE, "tinh",
            DongThapDefaults.THAP_MUOI, "tm", DongThapDefaults.MY_AN, "myan", DongThapDefaults.MY_HOA, "myhoa",
            DongThapDefaults.CAO_LANH, "cl", DongThapDefaults.MY_XUONG, "myxuong", DongThapDefaults.BINH_HANG_TRUNG,
            "bht", DongThapDefaults.PROVINCE_2025, "tinh2025", DongThapDefaults.XA_THAP_MUOI, "xatm");

    private final MotCuaCore core;
    private final DemoSessions sessions;
    private Principal admin;

    public DemoOffices(MotCuaCore core) {
        this(core, new DemoSessions(core));
    }

    /** @param sessions the demo accounts' sessions, shared with the loader that lives their work */
    public DemoOffices(MotCuaCore core, DemoSessions sessions) {
        this.core = core;
        this.sessions = sessions;
    }

    /** @return whether the demo offices exist already */
    public boolean exist() {
        return core.organization().office(THAP_MUOI).isPresent();
    }

    /** Creates the administrator, the default offices and a demo account per role and department. */
    public void create() {
        var org = core.organization();
        org.createFirstAdministrator(new OfficeData(PROVINCE, "UBND tỉnh Đồng Tháp", OfficeLevel.PROVINCE,
                Regime.DECREE_61_2018, null, null, null, BigDecimal.ONE), "admin", "Quản trị viên hệ thống",
                PASSWORD.toCharArray());
        admin = sessions.of("admin");
        for (OfficeRef office : DongThapDefaults.install(core, admin).values()) {
            String key = KEYS.get(office.code());
            Long leaderDepartment = null;
            for (DepartmentRef department : org.departments(office.id())) {
                if (department.kind() == DepartmentKind.DESK) {
                    user("motcua." + key, "Cán bộ một cửa – " + office.name(), office, department.id(), Role.DESK_OFFICER);
                    if (office.level() != OfficeLevel.COMMUNE) {
                        user("buudien." + key, "Nhân viên bưu điện – " + office.name(), office, department.id(),
                                Role.POSTAL_DESK);
                    }
                } else if (department.code().equals("LANHDAO")) {
                    leaderDepartment = department.id();
                } else if (department.kind() == DepartmentKind.INTERNAL || department.code().equals("VPDK")) {
                    String code = department.code().toLowerCase(Locale.ROOT);
                    user(code + "." + key, "Chuyên viên " + department.name(), office, department.id(), Role.SPECIALIST);
                    user("truongphong." + code + "." + key, "Trưởng " + department.name(), office, department.id(),
                            Role.DEPARTMENT_HEAD);
                }
            }
            user("lanhdao." + key, "Lãnh đạo – " + office.name(), office, leaderDepartment, Role.LEADER);
        }
        // backups decrypt to every citizen's data: their operator is not the administrator (docs/security.md)
        user("saoluu", "Người vận hành sao lưu", org.office(PROVINCE).orElseThrow(), null, Role.BACKUP_OPERATOR);
    }

    /** @return the demo specialist of a department (the desk officer for the one-stop desk) */
    public static String staffOf(String officeCode, String departmentCode) {
        String key = KEYS.get(officeCode);
        if (key == null) {
            throw new IllegalArgumentException("not a demo office: " + officeCode);
        }
        return departmentCode.equals("MOTCUA") ? "motcua." + key
                : departmentCode.toLowerCase(Locale.ROOT) + "." + key;
    }

    /** @return the demo head of a department */
    public static String headOf(String officeCode, String departmentCode) {
        return "truongphong." + staffOf(officeCode, departmentCode);
    }

    private void user(String username, String name, OfficeRef office, Long department, Role role) {
        core.organization().createUser(admin, username, name, office.id(), department, EnumSet.of(role),
                PASSWORD.toCharArray());
    }
}
