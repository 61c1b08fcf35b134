// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;

/** Appointments: receipt, cut-off, the two-stage tax appointment, re-appointment, timeliness. */
class DeadlinesTest extends WorldTest {

    @Test
    void appointmentIsComputedFromTheOfficeCalendarAndCutOff() {
        DossierView d = w.receiveLand(); // Monday 2 June 2025 08:00, 4 working days
        assertEquals(LocalDateTime.of(2025, 6, 6, 8, 0), d.dueAt());
        assertEquals("H20.872-250602-0001", d.code());
        assertEquals(DeadlineState.ON_TRACK, d.deadlineState());
        // the district desk closes receipts at 15:00: a dossier at 15:30 counts from the next morning
        w.clock.set(LocalDateTime.of(2025, 6, 2, 15, 30));
        DossierView late = w.receiveLand();
        assertEquals(LocalDateTime.of(2025, 6, 3, 7, 0), late.validReceivedAt());
        assertEquals(LocalDateTime.of(2025, 6, 6, 17, 0), late.dueAt());
        // Friday 29 August + 4 working days skips the weekend and the 1–2 September holiday
        w.clock.set(LocalDateTime.of(2025, 8, 29, 9, 0));
        assertEquals(LocalDateTime.of(2025, 9, 8, 9, 0), w.receiveLand().dueAt());
    }

    @Test
    void taxTimeIsExcludedFromTheTwoStageAppointment() {
        DossierView d = w.landAtDepartment();
        w.clock.set(LocalDateTime.of(2025, 6, 3, 8, 0));
        d = w.act(w.landSpecialist, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin"));
        assertEquals(DossierStatus.FINANCIAL_OBLIGATION, d.status());
        assertEquals(DeadlineState.PAUSED, d.deadlineState());
        // tax answers ten calendar days later (8 working days): the appointment moves by exactly that
        w.clock.set(LocalDateTime.of(2025, 6, 13, 8, 0));
        DossierView paid = w.act(w.landSpecialist, d, new ActionRequest.ConfirmPayment());
        assertEquals(DossierStatus.PROCESSING, paid.status());
        assertEquals(LocalDateTime.of(2025, 6, 18, 8, 0), paid.dueAt());
    }

    @Test
    void apologyAndReAppointmentOnlyOnceAndBeforeDue() {
        DossierView d = w.landAtDepartment(); // due Friday 6 June 08:00
        refused("action.roleDenied", () -> w.act(w.landSpecialist, d,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "quá tải")));
        refused("apologize.reasonRequired", () -> w.act(w.landHead, d,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "")));
        refused("apologize.newDueNotLater", () -> w.act(w.landHead, d,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 5, 17, 0), "quá tải")));
        // after the due time (Friday 6 June 08:00) the dossier is already late: no re-appointment any more
        // (one less than a working day before it is accepted and counted: LatenessTest, LatenessFiguresTest)
        w.clock.set(LocalDateTime.of(2025, 6, 6, 8, 1));
        refused("apologize.tooLate", () -> w.act(w.landHead, d,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "quá tải")));
        w.clock.set(LocalDateTime.of(2025, 6, 4, 16, 0));
        DossierView reappointed = w.act(w.leader, d,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "Chờ xác minh nguồn gốc đất"));
        assertTrue(reappointed.reappointed());
        assertEquals(LocalDateTime.of(2025, 6, 6, 8, 0), reappointed.originalDueAt());
        assertEquals(LocalDateTime.of(2025, 6, 10, 17, 0), reappointed.dueAt());
        refused("apologize.onlyOnce", () -> w.act(w.landHead, reappointed,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 12, 17, 0), "lần hai")));
        // finished by the new date: on time against it, late against the original promise (both counted)
        w.clock.set(LocalDateTime.of(2025, 6, 9, 10, 0));
        DossierView step2 = w.act(w.landSpecialist, reappointed, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        step2 = w.act(w.landHead, step2, new ActionRequest.Take());
        DossierView finished = w.act(w.landHead, step2, new ActionRequest.Finish("Đã ký"));
        assertEquals(TimelinessClass.EARLY, finished.timeliness());
        assertEquals(TimelinessClass.LATE, finished.timelinessAgainstOriginal());
        assertEquals(DeadlineState.CLOSED, w.act(w.desk, finished, new ActionRequest.ReturnResult(null)).deadlineState());
    }

    @Test
    void incompleteDossierStartsItsClockOnlyWhenTheSupplementArrives() {
        DossierView d = w.core.workflow().receiveIncomplete(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN),
                List.of("Giấy chứng nhận đã cấp (bản gốc)"), "Thiếu bản gốc giấy chứng nhận");
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.status());
        assertNull(d.validReceivedAt());
        assertNull(d.dueAt());
        w.clock.set(LocalDateTime.of(2025, 6, 9, 8, 0));
        DossierView complete = w.act(w.desk, d, new ActionRequest.SupplementReceived());
        assertEquals(DossierStatus.RECEIVED, complete.status());
        assertEquals(LocalDateTime.of(2025, 6, 9, 8, 0), complete.validReceivedAt());
        assertEquals(LocalDateTime.of(2025, 6, 13, 8, 0), complete.dueAt());
    }

    @Test
    void refusalAndStopNeedAReason() {
        refused("refuse.reasonRequired", () -> w.core.workflow().refuse(w.desk,
                TestWorld.request(TestWorld.LAND, Channel.WALK_IN), " "));
        DossierView refused = w.core.workflow().refuse(w.desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN),
                "Không thuộc thẩm quyền giải quyết của huyện");
        assertEquals(DossierStatus.REFUSED, refused.status());
        assertEquals(3, refused.nationalStatusCode());
        DossierView d = w.landAtDepartment();
        refused("stop.reasonRequired", () -> w.act(w.landHead, d, new ActionRequest.Stop("")));
        DossierView stopped = w.act(w.landHead, d, new ActionRequest.Stop("Có tranh chấp đất đai"));
        assertEquals(8, stopped.nationalStatusCode());
        refused("action.notFromStatus", () -> w.act(w.landHead, stopped, new ActionRequest.Finish(null)));
        DossierView other = w.landAtDepartment();
        assertEquals(7, w.act(w.desk, other, new ActionRequest.Withdraw("Công dân xin rút")).nationalStatusCode());
    }

    @Test
    void badApplicantDataIsRefusedWithAMessageAndNothingIsWritten() {
        var bad = new org.motcua.core.workflow.ReceiveRequest(TestWorld.LAND, Channel.WALK_IN,
                new org.motcua.core.workflow.ApplicantData("Nguyễn Văn A", "0870950001", "0912345678", null, "", false),
                List.of());
        var e = refused("validation.cccd.length", () -> w.core.workflow().receive(w.desk, bad));
        assertTrue(e.message(null).length() > 10);
        assertEquals("H20.872-250602-0001", w.receiveLand().code(), "the refused receipt used no number");
        refused("validation.cmnd.expired", () -> w.core.workflow().receive(w.desk, new org.motcua.core.workflow.ReceiveRequest(
                TestWorld.LAND, Channel.WALK_IN, new org.motcua.core.workflow.ApplicantData("Lê B", "370123456",
                        null, null, null, false), List.of())));
    }

    @Test
    void inboxDeadlineFilterShowsExactlyTheRowsOfThatColour() {
        DossierView overdue = w.landAtDepartment(); // Monday 2 June 08:00 → due Friday 6 June 08:00
        w.clock.set(LocalDateTime.of(2025, 6, 3, 8, 0));
        DossierView dueSoon = w.landAtDepartment(); // → Monday 9 June 08:00
        DossierView paused = w.landAtDepartment();
        w.act(w.landSpecialist, paused, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin"));
        w.clock.set(LocalDateTime.of(2025, 6, 5, 8, 0));
        DossierView onTrack = w.landAtDepartment(); // → Wednesday 11 June 08:00
        // Friday 6 June 09:00: less than a working day is left until Monday 08:00
        w.clock.set(LocalDateTime.of(2025, 6, 6, 9, 0));
        long land = w.dept(w.district, "TNMT");
        List<DossierView> all = w.core.queries().heldBy(w.reader(), land, InboxQuery.byDue(), 0, 100);
        assertEquals(4, all.size());
        assertEquals(List.of(overdue.code()), codes(land, DeadlineState.OVERDUE));
        assertEquals(List.of(dueSoon.code()), codes(land, DeadlineState.DUE_SOON));
        assertEquals(List.of(onTrack.code()), codes(land, DeadlineState.ON_TRACK));
        assertEquals(List.of(paused.code()), codes(land, DeadlineState.PAUSED));
        // at any moment the filter shows exactly the rows the inbox paints in that colour
        for (LocalDateTime at : List.of(LocalDateTime.of(2025, 6, 6, 9, 0), LocalDateTime.of(2025, 6, 6, 7, 59),
                LocalDateTime.of(2025, 6, 6, 8, 0), LocalDateTime.of(2025, 6, 9, 7, 30),
                LocalDateTime.of(2025, 6, 10, 7, 59), LocalDateTime.of(2025, 6, 10, 8, 1))) {
            w.clock.set(at);
            List<DossierView> rows = w.core.queries().heldBy(w.reader(), land, InboxQuery.byDue(), 0, 100);
            for (DeadlineState state : DeadlineState.values()) {
                List<String> coloured = rows.stream().filter(v -> v.deadlineState() == state).map(DossierView::code)
                        .toList();
                assertEquals(coloured, codes(land, state), at + " " + state);
                assertEquals(coloured.size(), w.core.queries().countHeldBy(w.reader(), land,
                        new InboxQuery("", InboxQuery.Sort.DUE, false, state)), at + " " + state + " count");
            }
        }
    }

    private List<String> codes(long department, DeadlineState state) {
        return w.core.queries().heldBy(w.reader(), department, new InboxQuery("", InboxQuery.Sort.DUE, false, state), 0, 100)
                .stream().map(DossierView::code).toList();
    }
}
