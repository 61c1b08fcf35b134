// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InputChoice;
import org.motcua.testsupport.World;

/**
 * Reception regardless of administrative boundary (issue 17.4, NĐ 118/2025): xã Tháp Mười's centre receives a
 * social-allowance dossier that xã Mỹ Quí's centre is competent for and sends it there; Mỹ Quí's desk accepts it
 * and from then on it is Mỹ Quí's dossier and in Mỹ Quí's figures, not Tháp Mười's. Only sibling centres of the
 * new regime, only through the desk and the liên thông inbox.
 */
class SiblingForwardTest extends WorldTest {

    private OfficeRef thapMuoi;
    private OfficeRef myQui;
    private OfficeRef oldRegime;

    @BeforeEach
    void centres() {
        var org = w.core.organization();
        OfficeRef province = org.createOffice(w.admin, new OfficeData("H82", "Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp",
                OfficeLevel.PROVINCE, Regime.DECREE_118_2025, null, null, LocalTime.of(15, 0), BigDecimal.ONE));
        thapMuoi = commune(province, "H82.TM", "Trung tâm Phục vụ hành chính công xã Tháp Mười", Regime.DECREE_118_2025);
        myQui = commune(province, "H82.MQ", "Trung tâm Phục vụ hành chính công xã Mỹ Quí", Regime.DECREE_118_2025);
        oldRegime = commune(province, "H82.CU", "UBND xã (chế độ NĐ 61/2018)", Regime.DECREE_61_2018);
    }

    private OfficeRef commune(OfficeRef parent, String code, String name, Regime regime) {
        var org = w.core.organization();
        OfficeRef o = org.createOffice(w.admin, new OfficeData(code, name, OfficeLevel.COMMUNE, regime, parent.id(), null,
                LocalTime.of(15, 0), BigDecimal.ONE));
        org.createDepartment(w.admin, o.id(), "LDTBXH", "Phòng Văn hóa – Xã hội", DepartmentKind.INTERNAL);
        return o;
    }

    @Test
    void aCommuneCentreForwardsToTheCompetentSiblingWhoseFiguresCountIt() {
        Principal thapMuoiDesk = w.user(thapMuoi, "MOTCUA", Role.DESK_OFFICER);
        Principal myQuiDesk = w.user(myQui, "MOTCUA", Role.DESK_OFFICER);
        DossierView d = w.core.workflow().receive(thapMuoiDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        assertEquals(1, received(thapMuoi));

        // the hand-over offers the centre's own department, then the sibling's; not an old-regime commune's
        List<String> targets = targets(thapMuoiDesk, d);
        assertEquals(List.of("Phòng Văn hóa – Xã hội – Trung tâm Phục vụ hành chính công xã Tháp Mười",
                "Phòng Văn hóa – Xã hội – Trung tâm Phục vụ hành chính công xã Mỹ Quí"), targets);
        World.refused("forward.agencyNotAllowed", () -> w.act(thapMuoiDesk, d,
                new ActionRequest.HandOver(w.dept(oldRegime, "LDTBXH"))));
        World.refused("forward.agencyNotAllowed", () -> w.act(thapMuoiDesk, d,
                new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")))); // another province's commune

        DossierView sent = w.act(thapMuoiDesk, d, new ActionRequest.HandOver(w.dept(myQui, "LDTBXH")));
        assertTrue(sent.transferPending());
        ControlSlipRowView row = last(w.core.queries().controlSlip(thapMuoiDesk, d.id()));
        assertTrue(row.toAgency().render(java.util.Locale.ROOT).endsWith("xã Mỹ Quí"), row.toString());

        // the attack: the liên thông inbox is Mỹ Quí's desk's alone
        World.refused("transfer.notForYou", () -> w.act(thapMuoiDesk, sent, new ActionRequest.AcceptTransfer()));
        World.refused("action.roleDenied", () -> w.act(w.user(myQui, "LDTBXH", Role.SPECIALIST), sent,
                new ActionRequest.AcceptTransfer()));
        World.refused("action.roleDenied", () -> w.act(w.user(myQui, "LDTBXH", Role.LEADER), sent,
                new ActionRequest.AcceptTransfer()));
        assertEquals(1, received(thapMuoi)); // nothing moved by a refusal

        DossierView accepted = w.act(myQuiDesk, sent, new ActionRequest.AcceptTransfer());
        assertEquals("H82.MQ", accepted.officeCode());
        assertEquals("H82.MQ", accepted.currentOfficeCode());
        // Mỹ Quí's figures count it; Tháp Mười's no longer count it as theirs
        assertEquals(0, received(thapMuoi));
        assertEquals(1, received(myQui));
        Principal myQuiLeader = w.user(myQui, null, Role.LEADER);
        Principal thapMuoiLeader = w.user(thapMuoi, null, Role.LEADER);
        assertTrue(w.core.queries().page(myQuiLeader, "H82.MQ", 0, 100).stream().anyMatch(v -> v.id() == d.id()));
        assertFalse(w.core.queries().page(thapMuoiLeader, "H82.TM", 0, 100).stream().anyMatch(v -> v.id() == d.id()));
        assertEquals(ActionType.ACCEPT_TRANSFER, last(w.core.queries().history(myQuiLeader, d.id())).action());
        // Mỹ Quí's department works it
        Principal myQuiSocial = w.user(myQui, "LDTBXH", Role.SPECIALIST);
        assertTrue(w.core.workflow().allowedActions(myQuiSocial, d.id()).contains(ActionType.RECORD_POSTING));
        assertFalse(w.core.workflow().allowedActions(w.user(thapMuoi, "LDTBXH", Role.SPECIALIST), d.id())
                .contains(ActionType.RECORD_POSTING));
        assertTrue(w.core.audit().verify(w.admin, List.of()).intact());
    }

    @Test
    void aDossierReturnedBySiblingStaysTheFirstCentres() {
        Principal thapMuoiDesk = w.user(thapMuoi, "MOTCUA", Role.DESK_OFFICER);
        DossierView d = w.core.workflow().receive(thapMuoiDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        DossierView sent = w.act(thapMuoiDesk, d, new ActionRequest.HandOver(w.dept(myQui, "LDTBXH")));
        DossierView returned = w.act(w.user(myQui, "MOTCUA", Role.DESK_OFFICER), sent,
                new ActionRequest.ReturnTransfer("Không thuộc thẩm quyền của xã Mỹ Quí"));
        assertEquals("H82.TM", returned.officeCode());
        assertEquals(1, received(thapMuoi));
        assertEquals(0, received(myQui));
    }

    private List<String> targets(Principal actor, DossierView d) {
        ActionDescription handOver = w.core.workflow().describeActions(actor, d.id()).stream()
                .filter(a -> a.action() == ActionType.HAND_OVER).findFirst().orElseThrow();
        return handOver.inputs().get(0).choices().stream().map(InputChoice::labelVi).toList();
    }

    private long received(OfficeRef office) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(dossiers), 0) FROM kpi_counter"
                + " WHERE office_id = ? AND event = 'RECEIVED'").setParameter(1, office.id()).getSingleResult()).longValue());
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
