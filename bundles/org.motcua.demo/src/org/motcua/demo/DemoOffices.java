package org.motcua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.motcua.core.MotCuaCore;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.Actor;

/**
 * The inspected offices as they were in June 2025, the last weeks of the district level: the Đồng
 * Tháp province, the Tháp Mười and Cao Lãnh district desks (NĐ 61/2018) with two communes each, their
 * departments, one demo account per role and office, and the 2024–2025 holidays. Every change goes
 * through the organisation service (audited).
 */
public final class DemoOffices {

    /** The password of every demo account (documented in the user guide; demo workspaces only). */
    public static final String PASSWORD = "motcua-demo";

    /** The province. */
    public static final String PROVINCE = "H20";
    /** Tháp Mười district desk. */
    public static final String THAP_MUOI = "H20.872";
    /** Cao Lãnh district desk. */
    public static final String CAO_LANH = "H20.873";

    private final MotCuaCore core;
    private final Actor admin = new Actor("admin");

    public DemoOffices(MotCuaCore core) {
        this.core = core;
    }

    /** @return whether the demo offices exist already */
    public boolean exist() {
        return core.organization().office(THAP_MUOI).isPresent();
    }

    /** Creates the offices, departments, users and holidays. */
    public void create() {
        var org = core.organization();
        org.createFirstAdministrator(new OfficeData(PROVINCE, "UBND tỉnh Đồng Tháp", OfficeLevel.PROVINCE,
                Regime.DECREE_61_2018, null, null, null, BigDecimal.ONE), "admin", "Quản trị viên hệ thống",
                PASSWORD.toCharArray());
        OfficeRef province = org.office(PROVINCE).orElseThrow();
        department(province, "LDTBXH", "Sở Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL);
        department(province, "STNMT", "Sở Tài nguyên và Môi trường", DepartmentKind.INTERNAL);
        district(province, THAP_MUOI, "Tháp Mười", "tm", new String[][] { { "01", "Mỹ An", "myan" },
                { "02", "Mỹ Hòa", "myhoa" } });
        district(province, CAO_LANH, "Cao Lãnh", "cl", new String[][] { { "01", "Mỹ Long", "mylong" },
                { "02", "Bình Hàng Trung", "bht" } });
        user("leader.tinh", "Lãnh đạo tỉnh", province, null, Role.LEADER);
        user("motcua.tinh", "Cán bộ một cửa tỉnh", province, deskOf(province), Role.DESK_OFFICER);
        user("ldtbxh.tinh", "Chuyên viên Sở LĐTBXH", province, departmentId(province, "LDTBXH"), Role.SPECIALIST);
        holidays();
    }

    private void district(OfficeRef province, String code, String name, String key, String[][] communes) {
        var org = core.organization();
        OfficeRef district = org.createOffice(admin, new OfficeData(code, "Bộ phận một cửa huyện " + name,
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, province.id(), null, LocalTime.of(15, 0), BigDecimal.ONE));
        long desk = deskOf(district);
        long tnmt = department(district, "TNMT", "Phòng Tài nguyên và Môi trường", DepartmentKind.INTERNAL);
        long vpdk = department(district, "VPDK", "Chi nhánh Văn phòng Đăng ký đất đai", DepartmentKind.INTERNAL);
        long ldtbxh = department(district, "LDTBXH", "Phòng Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL);
        department(district, "THUE", "Chi cục Thuế khu vực", DepartmentKind.EXTERNAL);
        user("motcua." + key, "Cán bộ một cửa " + name, district, desk, Role.DESK_OFFICER);
        user("buudien." + key, "Nhân viên bưu điện " + name, district, desk, Role.POSTAL_DESK);
        user("tnmt." + key, "Chuyên viên TN&MT " + name, district, tnmt, Role.SPECIALIST);
        user("truongphong.tnmt." + key, "Trưởng phòng TN&MT " + name, district, tnmt, Role.DEPARTMENT_HEAD);
        user("vpdk." + key, "Chuyên viên VPĐK " + name, district, vpdk, Role.SPECIALIST);
        user("ldtbxh." + key, "Chuyên viên LĐTBXH " + name, district, ldtbxh, Role.SPECIALIST);
        user("truongphong.ldtbxh." + key, "Trưởng phòng LĐTBXH " + name, district, ldtbxh, Role.DEPARTMENT_HEAD);
        user("lanhdao." + key, "Lãnh đạo UBND huyện " + name, district, null, Role.LEADER);
        for (String[] commune : communes) {
            OfficeRef office = org.createOffice(admin, new OfficeData(code + "." + commune[0], "UBND xã " + commune[1],
                    OfficeLevel.COMMUNE, Regime.DECREE_61_2018, district.id(), null, null, BigDecimal.ONE));
            long communeDesk = deskOf(office);
            long social = department(office, "LDTBXH", "Công chức Lao động – Thương binh và Xã hội", DepartmentKind.INTERNAL);
            long land = department(office, "DIACHINH", "Công chức Địa chính – Xây dựng", DepartmentKind.INTERNAL);
            user("motcua." + commune[2], "Cán bộ một cửa xã " + commune[1], office, communeDesk, Role.DESK_OFFICER);
            user("ldtbxh." + commune[2], "Công chức LĐTBXH xã " + commune[1], office, social, Role.SPECIALIST);
            user("diachinh." + commune[2], "Công chức địa chính xã " + commune[1], office, land, Role.SPECIALIST);
        }
    }

    private long department(OfficeRef office, String code, String name, DepartmentKind kind) {
        return core.organization().createDepartment(admin, office.id(), code, name, kind).id();
    }

    private long departmentId(OfficeRef office, String code) {
        return core.organization().departments(office.id()).stream().filter(d -> d.code().equals(code))
                .map(DepartmentRef::id).findFirst().orElseThrow();
    }

    /** @return the demo account that works in a department (by the naming of {@link #create()}) */
    public static String staffOf(String officeCode, String departmentCode) {
        String key = switch (officeCode) {
            case PROVINCE -> "tinh";
            case THAP_MUOI -> "tm";
            case CAO_LANH -> "cl";
            case THAP_MUOI + ".01" -> "myan";
            case THAP_MUOI + ".02" -> "myhoa";
            case CAO_LANH + ".01" -> "mylong";
            case CAO_LANH + ".02" -> "bht";
            default -> throw new IllegalArgumentException("not a demo office: " + officeCode);
        };
        String prefix = switch (departmentCode) {
            case "MOTCUA" -> "motcua";
            case "TNMT" -> "tnmt";
            case "VPDK" -> "vpdk";
            case "LDTBXH" -> "ldtbxh";
            case "DIACHINH" -> "diachinh";
            default -> throw new IllegalArgumentException("no demo account in " + departmentCode);
        };
        return prefix + "." + key;
    }

    private long deskOf(OfficeRef office) {
        return core.organization().departments(office.id()).stream().filter(d -> d.kind() == DepartmentKind.DESK)
                .map(DepartmentRef::id).findFirst().orElseThrow();
    }

    private void user(String username, String name, OfficeRef office, Long department, Role role) {
        core.organization().createUser(admin, username, name, office.id(), department, EnumSet.of(role),
                PASSWORD.toCharArray());
    }

    /** Labour Code 2019 Art. 112 holidays and the announced Tết days, 2024–2025 (entered, not computed). */
    private void holidays() {
        List<Object[]> days = new ArrayList<>();
        days.add(new Object[] { "2024-01-01", "Tết Dương lịch" });
        for (String d : new String[] { "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14" }) {
            days.add(new Object[] { d, "Tết Nguyên đán Giáp Thìn (TB 6150/TB-LĐTBXH)" });
        }
        days.add(new Object[] { "2024-04-18", "Giỗ Tổ Hùng Vương" });
        days.add(new Object[] { "2024-04-29", "Nghỉ bù 30/4–1/5 (TB 1570/TB-BLĐTBXH)" });
        days.add(new Object[] { "2024-04-30", "Ngày Chiến thắng" });
        days.add(new Object[] { "2024-05-01", "Quốc tế Lao động" });
        days.add(new Object[] { "2024-09-02", "Quốc khánh" });
        days.add(new Object[] { "2024-09-03", "Quốc khánh (ngày liền kề)" });
        days.add(new Object[] { "2025-01-01", "Tết Dương lịch" });
        for (String d : new String[] { "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31" }) {
            days.add(new Object[] { d, "Tết Nguyên đán Ất Tỵ" });
        }
        days.add(new Object[] { "2025-04-07", "Giỗ Tổ Hùng Vương (nghỉ bù)" });
        days.add(new Object[] { "2025-04-30", "Ngày Chiến thắng" });
        days.add(new Object[] { "2025-05-01", "Quốc tế Lao động" });
        days.add(new Object[] { "2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)" });
        days.add(new Object[] { "2025-09-01", "Quốc khánh (ngày liền kề)" });
        days.add(new Object[] { "2025-09-02", "Quốc khánh" });
        for (Object[] day : days) {
            core.organization().setCalendarDay(admin, null, LocalDate.parse((String) day[0]), false, (String) day[1]);
        }
        core.organization().setCalendarDay(admin, null, LocalDate.of(2024, 5, 4), true, "Làm bù cho 29/4/2024");
        core.organization().setCalendarDay(admin, null, LocalDate.of(2025, 4, 26), true, "Làm bù cho 2/5/2025");
    }
}
