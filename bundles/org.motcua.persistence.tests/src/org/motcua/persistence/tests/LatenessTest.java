// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;

/**
 * Lateness that cannot hide (issue 16.2, docs/legal.md): the clock of a result waiting to be handed back, and a
 * Mẫu 04 issued less than a working day before due. The counts and lists are in LatenessFiguresTest (reporting).
 */
class LatenessTest extends WorldTest {

    /** The land dossier at its last step, taken by the land department's head. */
    private DossierView atLastStep() {
        DossierView d = w.landAtDepartment(); // received Mon 2/6/2025 08:00, due Fri 6/6 08:00
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        return w.act(w.landHead, d, new ActionRequest.Take());
    }

    @Test
    void aResultFinishedOnTimeButNotHandedBackWithinThreeWorkingDaysIsOverdue() {
        DossierView d = atLastStep();
        w.clock.set(LocalDateTime.of(2025, 6, 4, 10, 0)); // Wednesday: two days early
        DossierView finished = w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
        assertEquals(TimelinessClass.EARLY, finished.timeliness());
        // the test procedure states no limit: the province's 3 working days from the result, Mon 9/6 10:00
        assertEquals(DeadlineState.ON_TRACK, finished.deadlineState());
        long desk = w.dept(w.district, "MOTCUA");
        assertEquals(List.of(finished.code()), codes(desk, DeadlineState.ON_TRACK));
        w.clock.set(LocalDateTime.of(2025, 6, 6, 15, 0)); // Friday 15:00: 5 working hours left
        assertEquals(DeadlineState.DUE_SOON, state(finished));
        assertEquals(List.of(finished.code()), codes(desk, DeadlineState.DUE_SOON));
        w.clock.set(LocalDateTime.of(2025, 6, 9, 10, 0)); // exactly at the return due: not past it yet
        assertEquals(DeadlineState.DUE_SOON, state(finished));
        w.clock.set(LocalDateTime.of(2025, 6, 9, 10, 1));
        assertEquals(DeadlineState.OVERDUE, state(finished));
        assertEquals(List.of(finished.code()), codes(desk, DeadlineState.OVERDUE));
        assertEquals(List.of(), codes(desk, DeadlineState.CLOSED));
        DossierView returned = w.act(w.desk, finished, new ActionRequest.ReturnResult("Công dân nhận kết quả"));
        assertEquals(DossierStatus.RETURNED, returned.status());
        assertEquals(DeadlineState.CLOSED, returned.deadlineState());
        assertEquals(List.of(), codes(desk, DeadlineState.OVERDUE));
    }

    @Test
    void aResultAfterTheCutOffCountsItsThreeDaysFromTheNextMorningAndSkipsTheHoliday() {
        DossierView d = atLastStep();
        // Friday 29/8/2025 16:00, after the district's 15:00 cut-off; 1 and 2 September are holidays:
        // the clock starts Wed 3/9 07:00, three working days end Fri 5/9 17:00
        w.clock.set(LocalDateTime.of(2025, 8, 29, 16, 0));
        DossierView finished = w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
        w.clock.set(LocalDateTime.of(2025, 9, 5, 17, 0));
        assertEquals(DeadlineState.DUE_SOON, state(finished));
        w.clock.set(LocalDateTime.of(2025, 9, 8, 7, 0));
        assertEquals(DeadlineState.OVERDUE, state(finished));
    }

    @Test
    void aMau04TwoHoursBeforeDueIsAcceptedAndOneAfterDueIsRefused() throws Exception {
        w.clock.set(LocalDateTime.of(2025, 6, 2, 14, 0));
        DossierView d = w.receiveLand(); // due Fri 6/6 14:00
        assertEquals(LocalDateTime.of(2025, 6, 6, 14, 0), d.dueAt());
        DossierView held = w.act(w.landSpecialist, w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT"))),
                new ActionRequest.Take());
        w.clock.set(LocalDateTime.of(2025, 6, 6, 14, 1));
        refused("apologize.tooLate", () -> w.act(w.leader, held,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 11, 17, 0), "Chờ xác minh nguồn gốc đất")));
        // Friday 12:00, two hours before due (half a working hour): the law asked for it a working day earlier;
        // it is still the applicant's only notice, so it is accepted and counted as late
        w.clock.set(LocalDateTime.of(2025, 6, 6, 12, 0));
        DossierView reappointed = w.act(w.leader, held,
                new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 11, 17, 0), "Chờ xác minh nguồn gốc đất"));
        assertTrue(reappointed.reappointed());
        assertEquals(LocalDateTime.of(2025, 6, 6, 14, 0), reappointed.originalDueAt());
        assertEquals(LocalDateTime.of(2025, 6, 11, 17, 0), reappointed.dueAt());
        assertTrue(apologyLate(reappointed.code()), "marked late: less than one working day before due");
    }

    private boolean apologyLate(String code) throws java.sql.SQLException {
        try (java.sql.Connection c = w.dataSource.getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT apology_late FROM dossier WHERE code = ?")) {
            ps.setString(1, code);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private DeadlineState state(DossierView d) {
        return w.core.queries().byId(w.reader(), d.id()).orElseThrow().deadlineState();
    }

    private List<String> codes(long department, DeadlineState state) {
        return w.core.queries().heldBy(w.leader, department, new InboxQuery("", InboxQuery.Sort.DUE, false, state), 0, 100).stream()
                .map(DossierView::code).toList();
    }
}
