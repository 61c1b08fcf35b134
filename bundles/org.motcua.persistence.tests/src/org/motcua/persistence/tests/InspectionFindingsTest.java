// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.TransferView;

/** Each failure the Đồng Tháp inspection found can no longer happen silently. */
class InspectionFindingsTest extends WorldTest {

    @Test
    void dossierForwardedToTheWrongAgencyIsRecalledAndReRouted() {
        DossierView d = w.receiveLand();
        // an agency the step does not allow is refused outright
        refused("forward.agencyNotAllowed", () -> w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TUPHAP"))));
        // an allowed but wrong one (the registration office instead of the land department) goes through ...
        DossierView wrong = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
        assertEquals(w.dept(w.district, "VPDK"), wrong.holderDepartmentId());
        // ... only the sender may recall it ...
        refused("recall.notLastSender", () -> w.act(w.registry, wrong, new ActionRequest.Recall("nhầm")));
        refused("recall.reasonRequired", () -> w.act(w.desk, wrong, new ActionRequest.Recall(" ")));
        DossierView recalled = w.act(w.desk, wrong, new ActionRequest.Recall("Chuyển nhầm Văn phòng đăng ký"));
        assertEquals(DossierStatus.RECEIVED, recalled.status());
        assertEquals(w.dept(w.district, "MOTCUA"), recalled.holderDepartmentId());
        // ... and re-routes it to the right agency
        DossierView right = w.act(w.desk, recalled, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        assertEquals(w.dept(w.district, "TNMT"), right.holderDepartmentId());
        assertEquals(DossierStatus.PROCESSING, right.status());
        List<ActionType> history = w.core.queries().history(w.reader(), d.id()).stream().map(a -> a.action()).toList();
        assertEquals(List.of(ActionType.RECEIVE, ActionType.HAND_OVER, ActionType.RECALL, ActionType.HAND_OVER), history);
        List<ControlSlipRowView> slip = w.core.queries().controlSlip(w.reader(), d.id());
        assertEquals("Thu hồi: Chuyển nhầm Văn phòng đăng ký", slip.get(1).notes(Messages.VIETNAMESE), slip.get(1).toString());
        assertTrue(slip.get(2).toAgency().render(Messages.VIETNAMESE).startsWith("Phòng Tài nguyên"), slip.get(2).toString());
    }

    @Test
    void recallIsRefusedOnceTheReceiverHasActed() {
        DossierView d = w.act(w.desk, w.receiveLand(), new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        DossierView taken = w.act(w.landSpecialist, d, new ActionRequest.Take());
        refused("recall.receiverActed", () -> w.act(w.desk, taken, new ActionRequest.Recall("muộn")));
        assertFalse(w.core.workflow().allowedActions(w.desk, d.id()).contains(ActionType.RECALL));
    }

    @Test
    void interLevelDossierLeftUnansweredIsEscalatedThenAnswered() {
        DossierView d = socialReadyForDistrict();
        DossierView sent = w.act(w.communeSocial, d, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
        assertTrue(sent.transferPending());
        List<TransferView> inbox = w.core.queries().pendingTransfers(w.desk, w.district.id());
        assertEquals(1, inbox.size());
        assertFalse(inbox.get(0).escalated());
        // the district may not work on it before accepting it
        refused("transfer.pending", () -> w.act(w.socialDistrict, sent, new ActionRequest.Take()));
        // one working day passes without an answer: escalated, computed from the clock when read
        w.clock.advance(Duration.ofDays(1).plusHours(2));
        assertTrue(w.core.queries().pendingTransfers(w.desk, w.district.id()).get(0).escalated());
        assertTrue(w.core.queries().byId(w.reader(), d.id()).orElseThrow().transferEscalated());
        // returning needs a reason; accepting clears the queue
        refused("transfer.returnReasonRequired", () -> w.act(w.desk, sent, new ActionRequest.ReturnTransfer("")));
        refused("transfer.notForYou", () -> w.act(w.communeDesk, sent, new ActionRequest.AcceptTransfer()));
        DossierView accepted = w.act(w.desk, sent, new ActionRequest.AcceptTransfer());
        assertFalse(accepted.transferPending());
        assertEquals("H20.872", accepted.currentOfficeCode());
        assertTrue(w.core.queries().pendingTransfers(w.desk, w.district.id()).isEmpty());
        assertTrue(w.core.workflow().allowedActions(w.socialDistrict, accepted.id()).contains(ActionType.FORWARD),
                "the holder can work on it now");
    }

    @Test
    void interLevelDossierReturnedWithAReasonGoesBackToTheCommune() {
        DossierView sent = w.act(w.communeSocial, socialReadyForDistrict(),
                new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
        DossierView returned = w.act(w.desk, sent, new ActionRequest.ReturnTransfer("Thiếu biên bản họp xét duyệt"));
        assertEquals(w.dept(w.commune, "LDTBXH"), returned.holderDepartmentId());
        assertEquals(1, returned.currentStepIndex());
        assertFalse(returned.transferPending());
        assertTrue(w.core.queries().pendingTransfers(w.desk, w.district.id()).isEmpty());
        assertEquals(ActionType.RETURN_TRANSFER, w.core.queries().history(w.reader(), sent.id()).getLast().action());
        assertEquals("Trả lại liên thông: Thiếu biên bản họp xét duyệt",
                w.core.queries().controlSlip(w.reader(), sent.id()).getLast().notes(Messages.VIETNAMESE));
    }

    @Test
    void publicPostingGuardCannotBeSkipped() {
        DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        DossierView taken = w.act(w.communeSocial, d, new ActionRequest.Take());
        ActionRequest.Forward toDistrict = new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null);
        refused("guard.posting.missing", () -> w.act(w.communeSocial, taken, toDistrict));
        // Friday 6 June only: one working day
        w.act(w.communeSocial, taken, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 6),
                "Nhà văn hóa ấp 3", "Không có"));
        refused("guard.posting.tooShort", () -> w.act(w.communeSocial, taken, toDistrict));
        // Friday to Monday is two working days, but it has not ended on Monday 2 June
        w.act(w.communeSocial, taken, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 9),
                "Trụ sở UBND xã", ""));
        refused("guard.posting.notEnded", () -> w.act(w.communeSocial, taken, toDistrict));
        w.clock.set(LocalDate.of(2025, 6, 10).atTime(8, 0));
        refused("guard.posting.complaintsMissing", () -> w.act(w.communeSocial, taken, toDistrict));
        w.act(w.communeSocial, taken, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 9),
                "Trụ sở UBND xã", "Không có khiếu nại"));
        DossierView sent = w.act(w.communeSocial, taken, toDistrict);
        assertTrue(sent.transferPending());
    }

    @Test
    void supplementRequestWithoutItemsOrReasonOrOutOfTimeIsRefused() {
        DossierView d = w.landAtDepartment();
        refused("supplement.itemsRequired", () -> w.act(w.landSpecialist, d, ActionRequest.RequestSupplement.of(List.of(), "thiếu")));
        refused("supplement.reasonRequired", () -> w.act(w.landSpecialist, d,
                ActionRequest.RequestSupplement.of(List.of("Giấy chứng nhận đã cấp"), " ")));
        // within the limit (3 working days from valid receipt): accepted, the clock pauses
        w.clock.set(LocalDate.of(2025, 6, 4).atTime(9, 0));
        DossierView requested = w.act(w.landSpecialist, d, ActionRequest.RequestSupplement.of(
                List.of("Giấy chứng nhận đã cấp", "Trích lục thửa đất"), "Thông tin chủ sử dụng chưa khớp"));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, requested.status());
        assertEquals(1, requested.supplementRounds());
        // the applicant comes back a week later: the due date moves by the paused working time (5 days)
        w.clock.set(LocalDate.of(2025, 6, 11).atTime(9, 0));
        DossierView resumed = w.act(w.desk, requested, new ActionRequest.SupplementReceived());
        assertEquals(DossierStatus.PROCESSING, resumed.status());
        assertEquals(d.dueAt().plusDays(7), resumed.dueAt(), "5 working days = 7 calendar days later");
        // a second request now is out of time: 3 working days of processing have passed
        w.clock.set(LocalDate.of(2025, 6, 12).atTime(9, 0));
        refused("supplement.tooLate", () -> w.act(w.landSpecialist, resumed,
                ActionRequest.RequestSupplement.of(List.of("Giấy ủy quyền"), "Người nộp không phải chủ sử dụng")));
    }

    @Test
    void everyHandOffAddsAControlSlipRowWithItsResult() {
        DossierView d = w.landAtDepartment(); // receive + hand-over + take
        assertEquals(2, w.core.queries().controlSlip(w.reader(), d.id()).size());
        d = w.act(w.landSpecialist, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin thuế"));
        w.clock.advance(Duration.ofDays(2));
        d = w.act(w.landSpecialist, d, new ActionRequest.ConfirmPayment());
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), "trình phê duyệt"));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        d = w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
        d = w.act(w.desk, d, new ActionRequest.ReturnResult("Trả trực tiếp"));
        assertEquals(DossierStatus.RETURNED, d.status());
        List<ControlSlipRowView> slip = w.core.queries().controlSlip(w.reader(), d.id());
        String land = "Phòng Tài nguyên và Môi trường";
        assertEquals(List.of("Người nộp hồ sơ", "Bộ phận một cửa", land, "Chi cục Thuế khu vực", land, land,
                "Bộ phận một cửa"), slip.stream().map(r -> r.fromAgency().render(Messages.VIETNAMESE).replaceAll("( –|:).*", ""))
                .toList());
        assertTrue(slip.getLast().toAgency().render(Messages.VIETNAMESE).startsWith("Người nộp hồ sơ: "));
        ControlSlipRowView handOver = slip.get(1);
        assertNotNull(handOver.receivedAt(), "taking the dossier records when it was received");
        assertNotNull(handOver.result(), "the step's row gets its before/on/after-due result when the step ends");
        assertEquals(slip.size(), slip.stream().map(ControlSlipRowView::seq).distinct().count());
    }

    /** A social dossier at the commune, posted and ready to go to the district. */
    private DossierView socialReadyForDistrict() {
        DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        d = w.act(w.communeSocial, d, new ActionRequest.Take());
        d = w.act(w.communeSocial, d, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4),
                "Nhà văn hóa ấp 3", "Không có"));
        w.clock.set(LocalDate.of(2025, 6, 5).atTime(8, 0));
        return d;
    }
}
