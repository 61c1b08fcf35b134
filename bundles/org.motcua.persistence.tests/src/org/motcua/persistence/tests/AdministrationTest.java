// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.motcua.core.internal.model.AdminAuditEntity;
import org.motcua.core.org.CalendarEntry;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserAccount;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.Note;
import org.motcua.testsupport.World;

/**
 * The administration screens' services: offices edited, users' roles and deactivation, departments, the
 * calendar with its notices. Administrators only; each change leaves its audit record; a refusal writes nothing.
 */
class AdministrationTest extends WorldTest {

    @Test
    void anOfficeChangesNameRegimeAndParentWithoutCycles() {
        var org = w.core.organization();
        refused("admin.required", () -> org.updateOffice(w.desk, w.commune, "x", OfficeLevel.COMMUNE,
                Regime.DECREE_61_2018, w.district.id()));
        refused("office.parentCycle", () -> org.updateOffice(w.admin, w.district, w.district.name(),
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, w.commune.id()));
        refused("office.levelNotInRegime", () -> org.updateOffice(w.admin, w.district, w.district.name(),
                OfficeLevel.DISTRICT, Regime.DECREE_118_2025, w.province.id()));
        refused("office.codeAndNameRequired", () -> org.updateOffice(w.admin, w.commune, " ",
                OfficeLevel.COMMUNE, Regime.DECREE_61_2018, w.district.id()));
        assertEquals(w.district.name(), org.office("H20.872").orElseThrow().name(), "refusals write nothing");
        long before = audits("office.update");

        OfficeRef changed = org.updateOffice(w.admin, w.commune, "  Trung tâm PVHCC xã Mỹ An ", OfficeLevel.COMMUNE,
                Regime.DECREE_118_2025, w.province.id());
        assertEquals("Trung tâm PVHCC xã Mỹ An", changed.name());
        assertEquals(Regime.DECREE_118_2025, changed.regime());
        assertEquals(w.province.id(), changed.parentId());
        assertEquals(changed, org.office("H20.872.01").orElseThrow());
        assertEquals(before + 1, audits("office.update"));
        assertTrue(lastDetails("office.update").matches("Office H20\\.872\\.01 changed: .* parent H20\\.872 → “Trung tâm PVHCC xã"
                + " Mỹ An” COMMUNE DECREE_118_2025 parent " + w.province.code()), lastDetails("office.update"));
        // a second administrator's screen still shows the office as it was: their save is refused, not applied
        refused("admin.changedMeanwhile", () -> org.updateOffice(w.admin, w.commune, "UBND xã Mỹ An (cũ)",
                OfficeLevel.COMMUNE, Regime.DECREE_61_2018, w.district.id()));
        assertEquals(changed, org.office("H20.872.01").orElseThrow(), "the first change stands");
        assertEquals(before + 1, audits("office.update"));
    }

    @Test
    void rolesChangeAndADeactivatedUserCannotSignIn() {
        var org = w.core.organization();
        UserAccount desk = account("desk.district");
        refused("admin.required", () -> org.setRoles(w.leader, desk, EnumSet.of(Role.LEADER)));
        refused("user.rolesRequired", () -> org.setRoles(w.admin, desk, EnumSet.noneOf(Role.class)));

        UserAccount changed = org.setRoles(w.admin, desk, EnumSet.of(Role.DESK_OFFICER, Role.POSTAL_DESK));
        assertEquals(EnumSet.of(Role.DESK_OFFICER, Role.POSTAL_DESK), changed.roles());
        assertEquals("desk.district", w.signIn("desk.district").username());
        // a screen that still shows the old roles cannot overwrite the change
        refused("admin.changedMeanwhile", () -> org.setRoles(w.admin, desk, EnumSet.of(Role.LEADER)));
        refused("admin.changedMeanwhile", () -> org.setActive(w.admin, desk, false));
        assertEquals(changed, account("desk.district"));

        UserAccount inactive = org.setActive(w.admin, changed, false);
        assertFalse(inactive.active());
        refused("signIn.failed", () -> w.signIn("desk.district"));
        refused("session.userInactive", () -> w.core.workflow().receivableProcedures(w.desk));
        assertFalse(account("desk.district").active());
        assertTrue(org.setActive(w.admin, inactive, true).active());
        assertEquals("desk.district", w.signIn("desk.district").username());
        assertEquals(1, audits("user.roles"));
        assertEquals(1, audits("user.deactivate"));
        assertEquals(1, audits("user.activate"));
    }

    @Test
    void theLastAdministratorStaysAnAdministratorAndNobodyLocksThemselvesOut() {
        var org = w.core.organization();
        UserAccount admin = w.core.organization().users(w.admin, w.province.id()).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        refused("user.cannotDeactivateSelf", () -> org.setActive(w.admin, admin, false));
        refused("user.lastAdministrator", () -> org.setRoles(w.admin, admin, EnumSet.of(Role.LEADER)));
        UserAccount second = toAccount(org.createUser(w.admin, "admin2", "Quản trị viên hai", w.province.id(), null,
                EnumSet.of(Role.ADMINISTRATOR), "mat-khau-456".toCharArray()).username());
        Principal admin2 = w.core.sessions().signIn("admin2", "mat-khau-456".toCharArray(), SessionKind.DESKTOP);
        assertFalse(org.setActive(admin2, admin, false).active());
        refused("user.lastAdministrator", () -> org.setRoles(admin2, second, EnumSet.of(Role.LEADER)));
    }

    @Test
    void newUsersGetAHashedPasswordAndDepartmentsAUniqueCode() {
        var org = w.core.organization();
        long ldtbxh = w.dept(w.district, "LDTBXH");
        org.createUser(w.admin, "new.specialist", "Chuyên viên mới", w.district.id(), ldtbxh, EnumSet.of(Role.SPECIALIST),
                "mot-mat-khau".toCharArray());
        UserAccount created = account("new.specialist");
        assertEquals(ldtbxh, created.departmentId());
        assertTrue(created.active());
        String hash = w.factory.createEntityManager().createQuery(
                "select u.passwordHash from UserEntity u where u.username = 'new.specialist'", String.class)
                .getSingleResult();
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertFalse(hash.contains("mot-mat-khau"));
        refused("department.codeTaken", () -> org.createDepartment(w.admin, w.district.id(), "LDTBXH", "Trùng",
                DepartmentKind.INTERNAL));
        refused("admin.required", () -> org.createDepartment(w.desk, w.district.id(), "NOIVU", "Phòng Nội vụ",
                DepartmentKind.INTERNAL));
        org.createDepartment(w.admin, w.district.id(), "NOIVU", "Phòng Nội vụ", DepartmentKind.INTERNAL);
        assertTrue(org.departments(w.district.id()).stream().anyMatch(d -> d.code().equals("NOIVU")));
    }

    @Test
    void calendarDaysCarryTheirNoticeAndCanBeRemoved() {
        var org = w.core.organization();
        LocalDate tet = LocalDate.of(2026, 2, 16);
        LocalDate makeUp = LocalDate.of(2026, 2, 28);
        refused("admin.required", () -> org.setCalendarDay(w.desk, null, tet, false, "Tết", "TB 9441/TB-BNV"));
        refused("calendar.noteRequired", () -> org.setCalendarDay(w.admin, null, tet, false, " ", "TB 9441/TB-BNV"));
        org.setCalendarDay(w.admin, null, tet, false, "Tết Nguyên đán Bính Ngọ", "TB 9441/TB-BNV");
        org.setCalendarDay(w.admin, w.district.id(), makeUp, true, "Làm bù (thử)", "QĐ 12/QĐ-UBND");

        List<CalendarEntry> all = org.calendarDays(null, 2026);
        assertEquals(List.of(new CalendarEntry(null, null, tet, false, "Tết Nguyên đán Bính Ngọ", "TB 9441/TB-BNV")), all);
        List<CalendarEntry> district = org.calendarDays(w.district.id(), 2026);
        assertEquals(2, district.size());
        assertEquals(new CalendarEntry(w.district.id(), "H20.872", makeUp, true, "Làm bù (thử)", "QĐ 12/QĐ-UBND"),
                district.get(1));
        assertEquals(1, org.calendarDays(w.commune.id(), 2026).size(), "the commune sees only the days for all");
        assertEquals(2, org.calendarDays(null, 2025).size(), "2025 holds the world's two days of 2 September");
        assertTrue(org.calendar(w.district.id()).isWorkingDay(makeUp), "the make-up Saturday counts as working");
        assertFalse(org.calendar(w.district.id()).isWorkingDay(tet));

        refused("calendar.noSuchDay", () -> org.removeCalendarDay(w.admin, w.commune.id(), makeUp));
        refused("admin.required", () -> org.removeCalendarDay(w.desk, w.district.id(), makeUp));
        org.removeCalendarDay(w.admin, w.district.id(), makeUp);
        assertEquals(1, org.calendarDays(w.district.id(), 2026).size());
        assertFalse(org.calendar(w.district.id()).isWorkingDay(makeUp), "back to an ordinary Saturday");
        org.setCalendarDay(w.admin, null, tet, false, "Tết Nguyên đán Bính Ngọ (mùng 1)", null);
        assertNull(org.calendarDays(null, 2026).get(0).notice(), "replaced, notice cleared");
        assertEquals(5, audits("calendar.set"));
        assertEquals(1, audits("calendar.remove"));
        assertTrue(lastDetails("calendar.remove").startsWith("Calendar H20.872: working day 28/02/2026 removed – "),
                lastDetails("calendar.remove"));
    }

    @Test
    void anAdministratorManagesTheirOfficeSubtreeAndOnlyTheProvinceWhatAppliesToAll() {
        var org = w.core.organization();
        Principal district = w.createUser("admin.district", "Quản trị huyện", w.district, null, Role.ADMINISTRATOR);
        OfficeRef other = org.createOffice(w.admin, new org.motcua.core.org.OfficeData("H20.873", "Một cửa Cao Lãnh",
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, w.province.id(), null, null, java.math.BigDecimal.ONE));
        // below: the district and its commune
        org.createDepartment(district, w.commune.id(), "VHXH", "Văn hóa – Xã hội", DepartmentKind.INTERNAL);
        org.createUser(district, "desk2.commune", "Cán bộ xã", w.commune.id(), w.dept(w.commune, "MOTCUA"),
                EnumSet.of(Role.DESK_OFFICER), World.PASSWORD.toCharArray());
        org.setCalendarDay(district, w.district.id(), LocalDate.of(2025, 12, 31), false, "Nghỉ bù");
        w.core.modules().disable(district, w.commune.id(), "org.motcua.procedure.land");
        org.unlock(district, account("desk.commune"));
        assertTrue(org.users(district, w.commune.id()).stream().anyMatch(u -> u.username().equals("desk2.commune")));
        // beside and above: refused, the list of accounts included
        refused("admin.outsideOffices", () -> org.users(district, w.province.id()));
        refused("admin.outsideOffices", () -> org.users(district, other.id()));
        refused("admin.required", () -> org.users(w.desk, w.district.id()));
        refused("admin.outsideOffices", () -> org.createDepartment(district, other.id(), "X", "X", DepartmentKind.INTERNAL));
        refused("admin.outsideOffices", () -> org.createDepartment(district, w.province.id(), "X", "X", DepartmentKind.INTERNAL));
        UserAccount provinceAdmin = w.core.organization().users(w.admin, w.province.id()).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        refused("admin.outsideOffices", () -> org.resetPassword(district, provinceAdmin, "tam-thoi-123".toCharArray()));
        refused("admin.outsideOffices", () -> org.setCalendarDay(district, other.id(), LocalDate.of(2025, 12, 31), false, "x"));
        refused("admin.outsideOffices", () -> w.core.modules().enable(district, other.id(), "org.motcua.procedure.land"));
        // what applies to every office, and the administrator role, belong to the province
        refused("admin.topOnly", () -> org.setCalendarDay(district, null, LocalDate.of(2025, 12, 31), false, "x"));
        refused("admin.topOnly", () -> org.createUser(district, "admin3", "Quản trị ba", w.commune.id(), null,
                EnumSet.of(Role.ADMINISTRATOR), World.PASSWORD.toCharArray()));
        refused("admin.topOnly", () -> org.setRoles(district, account("desk.district"), EnumSet.of(Role.ADMINISTRATOR)));
        refused("admin.topOnly", () -> w.core.modules().recordInstall(district, "org.motcua.procedure.land.feature"));
        org.setCalendarDay(w.admin, null, LocalDate.of(2025, 12, 31), false, "Nghỉ bù");
    }

    private UserAccount account(String username) {
        return toAccount(username);
    }

    private UserAccount toAccount(String username) {
        return w.core.organization().offices().stream().flatMap(o -> w.core.organization().users(w.admin, o.id()).stream())
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private long audits(String action) {
        EntityManager em = w.factory.createEntityManager();
        try {
            return em.createQuery("select count(a) from AdminAuditEntity a where a.action = :a", Long.class)
                    .setParameter("a", action).getSingleResult();
        } finally {
            em.close();
        }
    }

    /** @return the newest audit note of {@code action}, rendered in English */
    private String lastDetails(String action) {
        EntityManager em = w.factory.createEntityManager();
        try {
            AdminAuditEntity a = em.createQuery("select a from AdminAuditEntity a where a.action = :a order by a.id desc",
                    AdminAuditEntity.class).setParameter("a", action).setMaxResults(1).getSingleResult();
            return a.getNote().render(Locale.ENGLISH);
        } finally {
            em.close();
        }
    }
}
