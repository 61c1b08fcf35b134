// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.i18n.Messages;
import org.motcua.core.internal.workflow.Incidents;
import org.motcua.core.internal.workflow.InputLimits.Input;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;

/** Recalls that never overflow the control slip, and unexpected failures that reach the user as a reference. */
class BadInputTest extends WorldTest {

    private static final String RECALLED = "Thu hồi: ";

    /** @return the longest reason a recall (or return) accepts, ending in its number so each is told apart */
    private static String reason(String what, int i) {
        String tail = " " + what + " #" + i;
        return "ư".repeat(Math.min(Input.RECALL_REASON.limit(), Input.RETURN_REASON.limit()) - tail.length()) + tail;
    }

    @Test
    void twentyRecallsOnOneDossierSucceedAndTheSlipReadsRight() {
        DossierView d = w.landAtDepartment();
        long tnmt = w.dept(w.district, "TNMT");
        // ten forwards, each recalled with the longest reason allowed
        for (int i = 1; i <= 10; i++) {
            d = w.act(w.landSpecialist, d, new ActionRequest.Forward(tnmt, "chuyển " + i));
            d = w.act(w.landSpecialist, d, new ActionRequest.Recall(reason("forward", i)));
            assertEquals(1, d.currentStepIndex());
        }
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(tnmt, null));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        // ten returns to the previous step, each recalled: the row of a return holds its reason and the recall
        for (int i = 1; i <= 10; i++) {
            d = w.act(w.landHead, d, new ActionRequest.ReturnToPreviousStep(reason("return", i)));
            assertEquals(1, d.currentStepIndex());
            d = w.act(w.landHead, d, new ActionRequest.Recall(reason("recall", i)));
            assertEquals(2, d.currentStepIndex());
        }
        long recalls = w.core.queries().history(w.reader(), d.id()).stream().filter(a -> a.action() == ActionType.RECALL).count();
        assertEquals(20, recalls);

        List<ControlSlipRowView> slip = w.core.queries().controlSlip(w.reader(), d.id());
        // reception, hand-over, 10 recalled forwards, the forward that stayed, 10 recalled returns
        assertEquals(23, slip.size());
        for (int i = 1; i <= 10; i++) {
            ControlSlipRowView forward = slip.get(1 + i);
            assertTrue(forward.note().isEmpty(), forward.toString());
            assertEquals(RECALLED + reason("forward", i), forward.recall().render(Messages.VIETNAMESE));
            ControlSlipRowView back = slip.get(12 + i);
            assertEquals("Trả lại bước trước: " + reason("return", i) + "; " + RECALLED + reason("recall", i),
                    back.notes(Messages.VIETNAMESE));
            assertEquals("Returned to the previous step: " + reason("return", i) + "; Recalled: " + reason("recall", i),
                    back.notes(Locale.ENGLISH));
        }
        assertTrue(slip.get(12).recall().isEmpty(), "the forward that stayed was not recalled");
        assertEquals("", slip.get(12).notes(Messages.VIETNAMESE));
    }

    @Test
    void aRowWrittenBeforeRecallNotesHadTheirColumnReadsAsBefore() {
        DossierView d = w.act(w.desk, w.receiveLand(), new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        String old = "ghi chú cũ; Thu hồi / recalled: nhầm phòng";
        write(em -> em.createNativeQuery("update control_slip_row set note = ?, note_key = null, note_args = null,"
                + " recall_note = null, recall_key = null, recall_args = null where seq = 2").setParameter(1, old)
                .executeUpdate());
        ControlSlipRowView row = w.core.queries().controlSlip(w.reader(), d.id()).get(1);
        assertEquals(old, row.notes(Messages.VIETNAMESE));
        assertEquals(old, row.notes(Locale.ENGLISH), "an old row's text is shown as it is, in any language");
    }

    @Test
    void anUnexpectedPersistenceFailureReachesTheUserAsAReferenceThatIsInTheLog() throws Exception {
        // a rule the engine does not know about makes the database refuse the INSERT
        write(em -> em.createNativeQuery("alter table dossier add constraint ck_test_unexpected check (applicant_name <> 'Lỗi Bất Ngờ')")
                .executeUpdate());
        ReceiveRequest base = TestWorld.request(TestWorld.LAND, Channel.WALK_IN);
        ApplicantData a = base.applicant();
        ReceiveRequest request = new ReceiveRequest(TestWorld.LAND, Channel.WALK_IN,
                new ApplicantData("Lỗi Bất Ngờ", a.idNumber(), a.phone(), a.email(), a.address(), false), List.of());
        MotCuaException e = assertThrows(MotCuaException.class, () -> w.core.workflow().receive(w.desk, request));
        assertEquals("internal.error", e.key(), e.getMessage());
        String reference = (String) e.args()[0];
        assertTrue(reference.matches("[A-Z2-9]{6}-\\d{6}-\\d{6}"), reference);
        Path log = Incidents.logFile();
        assertEquals(log.toString(), e.args()[1]);
        for (Locale locale : List.of(Locale.of("vi"), Locale.ENGLISH)) {
            String text = e.message(locale);
            assertTrue(text.contains(reference) && text.contains(log.toString()), text);
            assertFalse(text.contains("INSERT") || text.contains("Exception") || text.contains("CK_TEST"), text);
        }
        assertEquals(null, e.getCause(), "the failure's text stays in the log");
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        int at = logged.indexOf("reference " + reference);
        assertTrue(at >= 0, "the reference is in " + log);
        assertTrue(logged.indexOf("CK_TEST_UNEXPECTED", at) > at, "with the stack trace after it");
        assertEquals(0, w.core.queries().page(w.reader(), w.district.code(), 0, 10).size(), "nothing was written");
        // the next receipt works
        assertEquals("Nguyễn Văn Ồ", w.receiveLand().applicantName());
    }
}
