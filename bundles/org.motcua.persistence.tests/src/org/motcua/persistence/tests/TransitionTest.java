// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.engine.Transitions;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.validation.CitizenIdValidator;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.testsupport.World;

/**
 * The 1 July 2025 hand-over (issue 17.3): Tháp Mười district (H20.872) is abolished and xã Tháp Mười's centre
 * (H82.TM) takes over its open dossiers; the closed ones stay; a second run changes nothing; only an administrator
 * of a top office may do it. The unit table ships Đồng Tháp's units and imports others all or nothing.
 */
class TransitionTest extends WorldTest {

    private static final LocalDate LEGAL_DATE = LocalDate.of(2025, 7, 1);
    private static final String BASIS = "NQ 1663/NQ-UBTVQH15";

    private OfficeRef province2025;
    private OfficeRef xaThapMuoi;
    private Transitions transitions;

    @BeforeEach
    void successor() {
        var org = w.core.organization();
        province2025 = org.createOffice(w.admin, new OfficeData("H82", "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp",
                OfficeLevel.PROVINCE, Regime.DECREE_118_2025, null, null, LocalTime.of(15, 0), BigDecimal.ONE));
        xaThapMuoi = org.createOffice(w.admin, new OfficeData("H82.TM", "Trung tâm Phục vụ hành chính công xã Tháp Mười",
                OfficeLevel.COMMUNE, Regime.DECREE_118_2025, province2025.id(), null, LocalTime.of(15, 0), BigDecimal.ONE));
        org.createDepartment(w.admin, xaThapMuoi.id(), "TNMT", "Phòng Kinh tế – địa chính", DepartmentKind.INTERNAL);
        org.createDepartment(w.admin, xaThapMuoi.id(), "VPDK", "Chi nhánh Văn phòng Đăng ký đất đai", DepartmentKind.EXTERNAL);
        transitions = ((CoreEngine) w.core).transitions();
    }

    @Test
    void anOpenDistrictDossierIsHeldByTheSuccessorCommuneAndClosedOnesStay() {
        DossierView atDepartment = w.landAtDepartment();
        DossierView atDesk = w.receiveLand();
        DossierView withdrawn = w.act(w.desk, w.receiveLand(), new ActionRequest.Withdraw("Người nộp rút hồ sơ"));
        long districtReceived = received(w.district.id());
        transitions.recordSuccessor(w.admin, w.district.code(), xaThapMuoi.code(), LEGAL_DATE, BASIS);

        // before the legal date nothing is due to move
        assertTrue(transitions.plan(w.admin).isEmpty());
        w.clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));

        // the plan rehearses the hand-over and writes nothing
        List<Transitions.PlanRow> plan = transitions.plan(w.admin);
        assertEquals(List.of(atDepartment.code(), atDesk.code()), plan.stream().map(Transitions.PlanRow::code).toList());
        assertTrue(plan.stream().allMatch(r -> r.refusal() == null && r.toOffice().equals("H82.TM")), plan.toString());
        assertEquals(atDepartment.version(), w.core.queries().byId(w.reader(), atDepartment.id()).orElseThrow().version());

        Transitions.Result result = transitions.apply(w.admin);
        assertEquals(2, result.handedOver().size(), result.toString());
        assertTrue(result.refused().isEmpty());

        Principal successorLeader = w.user(xaThapMuoi, null, Role.LEADER);
        DossierView moved = w.core.queries().byId(successorLeader, atDepartment.id()).orElseThrow();
        assertEquals("H82.TM", moved.officeCode());
        assertEquals("H82.TM", moved.currentOfficeCode());
        assertEquals(w.dept(xaThapMuoi, "TNMT"), moved.holderDepartmentId());
        assertEquals(DossierStatus.PROCESSING, moved.status());
        ControlSlipRowView row = last(w.core.queries().controlSlip(successorLeader, moved.id()));
        assertEquals("note.succession", row.note().key());
        assertEquals(List.of("H20.872", "H82.TM", "2025-07-01", BASIS), row.note().args());
        assertTrue(row.toAgency().render(Locale.ROOT).contains("Tháp Mười"), row.toString());
        ActionRecordView audit = last(w.core.queries().history(successorLeader, moved.id()));
        assertEquals(ActionType.HAND_TO_SUCCESSOR, audit.action());
        assertEquals("admin", audit.actor());
        assertEquals(LocalDateTime.of(2025, 7, 1, 8, 0), audit.at()); // recorded when done; the legal date is data

        // the successor works it: its department takes it and forwards within the commune centre
        Principal successorLand = w.user(xaThapMuoi, "TNMT", Role.SPECIALIST);
        DossierView taken = w.act(successorLand, moved, new ActionRequest.Take());
        DossierView forwarded = w.act(successorLand, taken, new ActionRequest.Forward(w.dept(xaThapMuoi, "TNMT"), null));
        assertEquals(2, forwarded.currentStepIndex());
        // the one at the desk waits at the successor's desk
        DossierView desk = w.core.queries().byId(successorLeader, atDesk.id()).orElseThrow();
        assertEquals(w.dept(xaThapMuoi, "MOTCUA"), desk.holderDepartmentId());
        assertTrue(w.core.workflow().allowedActions(w.user(xaThapMuoi, "MOTCUA", Role.DESK_OFFICER), atDesk.id())
                .contains(ActionType.HAND_OVER));

        // the closed one stays where it was, shown with its successor
        DossierView closed = w.core.queries().byId(w.reader(), withdrawn.id()).orElseThrow();
        assertEquals("H20.872", closed.currentOfficeCode());
        assertEquals(DossierStatus.WITHDRAWN, closed.status());
        assertEquals("Bộ phận một cửa huyện Tháp Mười (nay: Trung tâm Phục vụ hành chính công xã Tháp Mười)",
                closed.officeName());
        // the old office's history is kept; the successor's figures count from now on
        assertEquals(districtReceived, received(w.district.id()));
        assertTrue(w.core.queries().page(successorLeader, "H82.TM", 0, 100).stream()
                .anyMatch(s -> s.id() == atDesk.id()));

        // a second run changes nothing
        long versionBefore = w.core.queries().byId(successorLeader, atDesk.id()).orElseThrow().version();
        long adminRecords = adminAudit();
        Transitions.Result again = transitions.apply(w.admin);
        assertTrue(again.handedOver().isEmpty() && again.refused().isEmpty(), again.toString());
        assertEquals(versionBefore, w.core.queries().byId(successorLeader, atDesk.id()).orElseThrow().version());
        assertEquals(adminRecords, adminAudit());
        assertTrue(w.core.audit().verify(w.admin, List.of()).intact());
    }

    @Test
    void onlyAnAdministratorOfATopOfficeHandsOver() {
        DossierView d = w.landAtDepartment();
        transitions.recordSuccessor(w.admin, w.district.code(), xaThapMuoi.code(), LEGAL_DATE, BASIS);
        w.clock.set(LocalDateTime.of(2025, 7, 2, 8, 0));
        Principal districtAdmin = w.createUser("admin.huyen", "Quản trị huyện", w.district, null, Role.ADMINISTRATOR);
        World.refused("admin.topOnly", () -> transitions.apply(districtAdmin));
        World.refused("admin.topOnly", () -> transitions.plan(districtAdmin));
        World.refused("succession.topAdminOnly",
                () -> w.act(districtAdmin, d, new ActionRequest.HandToSuccessor()));
        World.refused("action.roleDenied", () -> w.act(w.desk, d, new ActionRequest.HandToSuccessor()));
        World.refused("action.roleDenied", () -> w.act(w.landHead, d, new ActionRequest.HandToSuccessor()));
        World.refused("admin.required",
                () -> transitions.recordSuccessor(w.desk, w.district.code(), "H82", LEGAL_DATE, BASIS));
        World.refused("admin.topOnly",
                () -> transitions.recordSuccessor(districtAdmin, w.district.code(), "H82", LEGAL_DATE, BASIS));
        // nothing moved
        DossierView still = w.core.queries().byId(w.reader(), d.id()).orElseThrow();
        assertEquals("H20.872", still.currentOfficeCode());
        assertEquals(d.version(), still.version());
        assertFalse(w.core.workflow().allowedActions(w.desk, d.id()).contains(ActionType.HAND_TO_SUCCESSOR));
        assertTrue(w.core.workflow().allowedActions(w.admin, d.id()).contains(ActionType.HAND_TO_SUCCESSOR));
    }

    @Test
    void aSuccessorIsRecordedWithItsBasisAndMustBeInOperation() {
        World.refused("succession.basisRequired",
                () -> transitions.recordSuccessor(w.admin, w.district.code(), xaThapMuoi.code(), LEGAL_DATE, " "));
        World.refused("succession.sameOffice",
                () -> transitions.recordSuccessor(w.admin, w.district.code(), w.district.code(), LEGAL_DATE, BASIS));
        World.refused("succession.officeUnknown",
                () -> transitions.recordSuccessor(w.admin, "H20.999", xaThapMuoi.code(), LEGAL_DATE, BASIS));
        transitions.recordSuccessor(w.admin, w.district.code(), xaThapMuoi.code(), LEGAL_DATE, BASIS);
        World.refused("succession.successorAbolished",
                () -> transitions.recordSuccessor(w.admin, w.commune.code(), w.district.code(), LEGAL_DATE, BASIS));
        long records = adminAudit();
        transitions.recordSuccessor(w.admin, w.district.code(), xaThapMuoi.code(), LEGAL_DATE, BASIS); // the same again
        assertEquals(records, adminAudit());
        Transitions.Successor s = transitions.successors(w.admin).get(0);
        assertEquals(List.of("H20.872", "H82.TM", "2025-07-01", BASIS),
                List.of(s.officeCode(), s.successorCode(), s.legalDate().toString(), s.legalBasis()));
    }

    @Test
    void aDossierWaitingForAnInterLevelAnswerIsLeftAndReported() {
        DossierView social = w.core.workflow().receive(w.communeDesk,
                TestWorld.request(TestWorld.SOCIAL, org.motcua.core.dossier.Channel.WALK_IN));
        social = w.act(w.communeDesk, social, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        social = w.act(w.communeSocial, social, new ActionRequest.Take());
        social = w.act(w.communeSocial, social, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 4), "Nhà văn hóa ấp 3", "Không có"));
        w.clock.set(LocalDateTime.of(2025, 6, 5, 8, 0));
        social = w.act(w.communeSocial, social, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
        assertTrue(social.transferPending());
        transitions.recordSuccessor(w.admin, w.commune.code(), xaThapMuoi.code(), LEGAL_DATE, BASIS);
        w.clock.set(LocalDateTime.of(2025, 7, 1, 8, 0));
        Transitions.Result result = transitions.apply(w.admin);
        assertTrue(result.handedOver().isEmpty());
        assertEquals(1, result.refused().size());
        assertTrue(result.refused().get(0).refusal().contains(social.code()), result.toString());
        assertNull(result.refused().get(0).toOffice());
    }

    @Test
    void theUnitTableShipsDongThapAndImportsAFileAllOrNothing() {
        Transitions.AdminUnit province = transitions.unit("Tỉnh Đồng Tháp").orElseThrow();
        assertEquals(List.of("87", "82", "QĐ 19/2025/QĐ-TTg; NQ 202/2025/QH15"),
                List.of(province.oldCode(), province.newCode(), province.legalBasis()));
        assertTrue(province.codeVerified());
        Transitions.AdminUnit myHoa = transitions.unit("Xã Mỹ Hòa").orElseThrow();
        assertEquals("Xã Tháp Mười", myHoa.newName());
        assertNull(myHoa.oldCode()); // five-digit commune codes are not invented
        assertNull(myHoa.newCode());
        assertFalse(myHoa.codeVerified());
        assertEquals("Xã Mỹ Hòa → Xã Tháp Mười", myHoa.display(LocalDate.of(2025, 7, 1)));
        assertEquals("Xã Mỹ Hòa", myHoa.display(LocalDate.of(2025, 6, 30)));
        assertNull(transitions.unit("Huyện Tháp Mười").orElseThrow().newName()); // abolished, no one successor
        assertEquals(List.of("Thị trấn Mỹ Thọ", "Xã Mỹ Hội", "Xã Mỹ Thọ", "Xã Mỹ Xương"), transitions.units().stream()
                .filter(u -> "Xã Mỹ Thọ".equals(u.newName())).map(Transitions.AdminUnit::oldName).sorted().toList());
        int shipped = transitions.units().size();

        String bad = Transitions.UNITS_HEADER + "\n"
                + "COMMUNE,Huyện Tân Phước,,Xã Tân Hòa Thành,,Xã Tân Phước 1,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n"
                + "VILLAGE,Huyện Tân Phước,,Ấp 1,,,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n"
                + "COMMUNE,Huyện Tân Phước,,Xã Phú Mỹ,,Xã Tân Phước 1,1/7/2025,,false\n"
                + "COMMUNE,Huyện Tân Phước,12A,Xã Hưng Thạnh,,,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n"
                + "COMMUNE,Huyện Tân Phước,,Xã Tân Hòa Thành,,Xã Tân Phước 1,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n"
                + "COMMUNE,Huyện Tân Phước,Xã Tân Lập 1\n";
        MotCuaException refused = World.refused("units.refused", () -> transitions.importUnits(w.admin, bad));
        String message = refused.message(Locale.forLanguageTag("vi"));
        for (String line : List.of("Dòng 3:", "Dòng 4:", "Dòng 5:", "Dòng 6:", "Dòng 7:")) {
            assertTrue(message.contains(line), line + " in " + message);
        }
        assertFalse(message.contains("Dòng 2:"), message);
        assertTrue(refused.getMessage().contains("Line 3: invalid level \"VILLAGE\""), refused.getMessage());
        assertEquals(shipped, transitions.units().size()); // nothing written

        String good = Transitions.UNITS_HEADER + "\n"
                + "COMMUNE,Huyện Tân Phước,,Xã Tân Hòa Thành,,Xã Tân Phước 1,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n"
                + "COMMUNE,Huyện Tháp Mười,,Xã Mỹ Hòa,,Xã Tháp Mười,2025-07-01,NQ 1663/NQ-UBTVQH15,false\n";
        assertEquals(new Transitions.UnitImport(1, 1), transitions.importUnits(w.admin, good));
        assertEquals(new Transitions.UnitImport(0, 2), transitions.importUnits(w.admin, good));
        assertEquals(shipped + 1, transitions.units().size());
        World.refused("admin.required", () -> transitions.importUnits(w.desk, good));
    }

    @Test
    void aCitizenIdIssuedWithTheOldProvinceCodeStaysValid() {
        // CCCD province prefixes are never remapped: 087 (Đồng Tháp before 2025) stays Đồng Tháp's
        var cccd = new CitizenIdValidator().validateCccd("087095001234");
        assertTrue(cccd.isValid(), cccd.problems().toString());
        assertEquals("Đồng Tháp", cccd.orElseThrow().provinceName());
        assertEquals(BASIS, transitions.unit("Xã Mỹ An").orElseThrow().legalBasis());
    }

    private long received(long officeId) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(dossiers), 0) FROM kpi_counter"
                + " WHERE office_id = ? AND event = 'RECEIVED'").setParameter(1, officeId).getSingleResult()).longValue());
    }

    private long adminAudit() {
        return read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM admin_audit").getSingleResult())
                .longValue());
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
