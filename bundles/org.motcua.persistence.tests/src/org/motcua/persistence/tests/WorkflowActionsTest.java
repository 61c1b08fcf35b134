// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;

/** The remaining actions of the transition table, each with its audit record. */
class WorkflowActionsTest extends WorldTest {

    @Test
    void theDeskCorrectsTheProcedureBeforeHandOverOnly() {
        DossierView d = w.core.workflow().receive(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN));
        refused("procedure.unknown", () -> w.act(w.desk, d, new ActionRequest.CorrectProcedure("9.999999", "nhầm")));
        refused("procedure.wrongLevel", () -> w.act(w.desk, d, new ActionRequest.CorrectProcedure(TestWorld.SOCIAL, "nhầm")));
        refused("correct.reasonRequired", () -> w.act(w.desk, d, new ActionRequest.CorrectProcedure(TestWorld.LAND, "")));
        DossierView corrected = w.act(w.desk, d, new ActionRequest.CorrectProcedure(TestWorld.LAND, "Chọn lại phiên bản"));
        assertEquals(d.dueAt(), corrected.dueAt());
        ActionRecordView audit = w.core.queries().history(w.reader(), d.id()).getLast();
        assertEquals(ActionType.CORRECT_PROCEDURE, audit.action());
        String note = audit.note().render(Locale.ENGLISH);
        assertTrue(note.matches(TestWorld.LAND.replace(".", "\\.") + " \\S+ → " + TestWorld.LAND.replace(".", "\\.")
                + " \\S+: Chọn lại phiên bản"), note);
        DossierView handed = w.act(w.desk, corrected, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        refused("action.notFromStatus", () -> w.act(w.desk, handed, new ActionRequest.CorrectProcedure(TestWorld.LAND, "muộn")));
    }

    @Test
    void aStepCanBeSentBackToThePreviousDepartmentWithAReason() {
        DossierView d = w.landAtDepartment();
        refused("return.noPreviousStep", () -> w.act(w.landSpecialist, d, new ActionRequest.ReturnToPreviousStep("x")));
        DossierView atHead = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        atHead = w.act(w.landHead, atHead, new ActionRequest.Take());
        DossierView head = atHead;
        refused("return.reasonRequired", () -> w.act(w.landHead, head, new ActionRequest.ReturnToPreviousStep(" ")));
        DossierView back = w.act(w.landHead, atHead, new ActionRequest.ReturnToPreviousStep("Bổ sung ý kiến thẩm định"));
        assertEquals(1, back.currentStepIndex());
        assertEquals(w.dept(w.district, "TNMT"), back.holderDepartmentId());
        ControlSlipRowView row = w.core.queries().controlSlip(w.reader(), d.id()).getLast();
        assertEquals("Trả lại bước trước: Bổ sung ý kiến thẩm định", row.notes(Messages.VIETNAMESE));
        assertEquals("Returned to the previous step: Bổ sung ý kiến thẩm định", row.notes(Locale.ENGLISH));
    }

    @Test
    void auditTrailRecordsWhoDidWhatFromWhichStatus() {
        DossierView d = w.landAtDepartment();
        List<ActionRecordView> history = w.core.queries().history(w.reader(), d.id());
        assertEquals(List.of(ActionType.RECEIVE, ActionType.HAND_OVER, ActionType.TAKE),
                history.stream().map(ActionRecordView::action).toList());
        ActionRecordView handOver = history.get(1);
        assertEquals("desk.district", handOver.actor());
        assertEquals("DESK_OFFICER", handOver.actorRoles());
        assertEquals(DossierStatus.RECEIVED, handOver.fromStatus());
        assertEquals(DossierStatus.PROCESSING, handOver.toStatus());
        assertTrue(handOver.toHolder().startsWith("Phòng Tài nguyên"), handOver.toHolder());
        assertEquals(LocalDateTime.of(2025, 6, 2, 8, 0), handOver.at());
    }

    @Test
    void onlyActionsTheDossierAllowsAreOffered() {
        DossierView d = w.landAtDepartment();
        var atFirstStep = w.core.workflow().allowedActions(w.landHead, d.id());
        assertTrue(atFirstStep.contains(ActionType.FORWARD) && !atFirstStep.contains(ActionType.FINISH), atFirstStep.toString());
        DossierView last = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        last = w.act(w.landHead, last, new ActionRequest.Take());
        var atLastStep = w.core.workflow().allowedActions(w.landHead, d.id());
        assertTrue(atLastStep.contains(ActionType.FINISH) && !atLastStep.contains(ActionType.FORWARD), atLastStep.toString());
        DossierView atEnd = last;
        refused("forward.noNextStep", () -> w.act(w.landHead, atEnd, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)));
        // a procedure without a tax step is never offered the financial obligation, and refuses it
        DossierView social = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        social = w.act(w.communeDesk, social, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        DossierView taken = w.act(w.communeSocial, social, new ActionRequest.Take());
        assertTrue(!w.core.workflow().allowedActions(w.communeSocial, taken.id()).contains(ActionType.REQUEST_FINANCIAL_OBLIGATION));
        refused("financial.notApplicable", () -> w.act(w.communeSocial, taken, new ActionRequest.RequestFinancialObligation("thuế")));
    }

    @Test
    void aDossierHeldByAnotherDepartmentCannotBeTouched() {
        DossierView d = w.landAtDepartment();
        refused("action.notYourDossier", () -> w.act(w.justice, d,
                new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)));
        refused("action.notReceivingDesk", () -> w.act(w.communeDesk, d, new ActionRequest.Withdraw("rút")));
        refused("finish.notLastStep", () -> w.act(w.landSpecialist, d, new ActionRequest.Finish(null)));
    }

    @Test
    void namesFollowTheUsersLanguageAndFallBackToVietnamese() {
        DossierView d = w.landAtDepartment();
        java.util.Locale vi = java.util.Locale.of("vi");
        assertEquals("Đăng ký biến động đất đai (thử nghiệm)", d.procedureName(vi));
        assertEquals("Land change (test)", d.procedureName(java.util.Locale.ENGLISH));
        // the test step has no English name: English screens show the Vietnamese one rather than nothing
        assertEquals("Thẩm định", d.currentStepName(java.util.Locale.ENGLISH));
        assertEquals("Tiếp nhận", w.core.queries().steps(w.reader(), d.id()).get(0).name(java.util.Locale.ENGLISH));
    }
}
