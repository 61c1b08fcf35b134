// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiService.DepartmentSteps;
import org.motcua.reporting.KpiService.LateDossier;
import org.motcua.reporting.KpiService.LateKind;
import org.motcua.reporting.KpiSummary;

/**
 * Lateness that cannot hide (issue 16.2, docs/kpi.md): late finishes without Mẫu 04, Mẫu 04 issued less than a
 * working day before due, results not handed back in time, and step lateness charged to the department that held
 * the step; each counted and listed. The land dossiers are received Monday 2 June 2025 08:00, due Friday 6 June 08:00.
 */
class LatenessFiguresTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    private static DossierView atDepartment(ReportWorld w, String department, org.motcua.core.security.Principal taker) {
        DossierView d = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND,
                org.motcua.core.dossier.Channel.WALK_IN));
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, department)));
        return w.act(taker, d, new ActionRequest.Take());
    }

    private static DossierView finish(ReportWorld w, DossierView atStep1, LocalDateTime forwardAt, LocalDateTime finishAt) {
        w.clock.set(forwardAt);
        DossierView d = w.act(atStep1.holderName().startsWith("Chi nhánh") ? w.registry : w.landSpecialist, atStep1,
                new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        w.clock.set(finishAt);
        return w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
    }

    private static KpiFilter june(ReportWorld w) {
        return new KpiFilter(w.district.id(), JUNE_1, JUNE_30, w.clock.now(), w.clock.now().plusDays(1));
    }

    private static List<String> codes(List<LateDossier> rows) {
        return rows.stream().map(LateDossier::code).toList();
    }

    @Test
    void aLateFinishWithoutMau04IsCountedAndListedAndOneWithItIsNot() throws Exception {
        try (ReportWorld w = new ReportWorld()) {
            DossierView silent = atDepartment(w, "TNMT", w.landSpecialist);
            DossierView apologised = atDepartment(w, "TNMT", w.landSpecialist);
            w.clock.set(LocalDateTime.of(2025, 6, 4, 16, 0)); // in time for a Mẫu 04
            apologised = w.act(w.leader, apologised,
                    new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 9, 17, 0), "Chờ xác minh nguồn gốc đất"));
            // both finished on Tuesday 10 June: after the 6 June due, and after the new date of the Mẫu 04
            DossierView late = finish(w, silent, LocalDateTime.of(2025, 6, 9, 8, 0), LocalDateTime.of(2025, 6, 10, 9, 0));
            DossierView lateToo = finish(w, apologised, LocalDateTime.of(2025, 6, 9, 8, 0), LocalDateTime.of(2025, 6, 10, 9, 0));
            assertEquals(TimelinessClass.LATE, late.timeliness());
            assertEquals(TimelinessClass.LATE, lateToo.timeliness());
            KpiService kpi = new KpiService(w.dataSource);
            KpiSummary s = kpi.summary(june(w));
            assertEquals(2, s.late());
            assertEquals(1, s.lateWithoutApology());
            assertEquals(0, s.apologyLate());
            List<LateDossier> rows = kpi.lateDossiers(june(w), LateKind.LATE_WITHOUT_APOLOGY);
            assertEquals(List.of(late.code()), codes(rows));
            assertEquals(LocalDateTime.of(2025, 6, 6, 8, 0), rows.get(0).due());
            assertEquals(LocalDateTime.of(2025, 6, 10, 9, 0), rows.get(0).at());
            // the command line lists the same dossier
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertEquals(0, CliCommandsTest.run(new org.motcua.reporting.cli.LatenessCommand(CliCommandsTest.database(w)), out,
                    "--office", "H20.872", "--from", "2025-06-01", "--to", "2025-06-30", "--kind", "late-without-apology",
                    "--now", "2025-06-10T12:00", "--user", "leader.district"));
            String listed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(listed.contains(late.code()) && !listed.contains(lateToo.code()), listed);
            assertTrue(listed.contains("08:00 06/06/2025"), listed);
            // May holds none of it
            KpiFilter may = new KpiFilter(w.district.id(), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31),
                    w.clock.now(), w.clock.now().plusDays(1));
            assertEquals(0, kpi.summary(may).lateWithoutApology());
            assertEquals(List.of(), kpi.lateDossiers(may, LateKind.LATE_WITHOUT_APOLOGY));
        }
    }

    @Test
    void aMau04IssuedTwoHoursBeforeDueIsCountedAndListed() {
        try (ReportWorld w = new ReportWorld()) {
            DossierView inTime = atDepartment(w, "TNMT", w.landSpecialist);
            DossierView tooLate = atDepartment(w, "TNMT", w.landSpecialist);
            w.clock.set(LocalDateTime.of(2025, 6, 4, 16, 0)); // a working day and more before Friday 08:00
            w.act(w.leader, inTime, new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "Quá tải"));
            w.clock.set(LocalDateTime.of(2025, 6, 6, 6, 0)); // Friday 06:00, two hours before the 08:00 due
            w.act(w.leader, tooLate, new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "Chờ ý kiến thuế"));
            KpiService kpi = new KpiService(w.dataSource);
            assertEquals(1, kpi.summary(june(w)).apologyLate());
            List<LateDossier> rows = kpi.lateDossiers(june(w), LateKind.APOLOGY_LATE);
            assertEquals(List.of(tooLate.code()), codes(rows));
            assertEquals(LocalDateTime.of(2025, 6, 6, 8, 0), rows.get(0).due());
            assertEquals(LocalDateTime.of(2025, 6, 6, 6, 0), rows.get(0).at());
        }
    }

    @Test
    void aResultNotHandedBackInTimeIsOverdueAndListedAndItsLateReturnCounted() {
        try (ReportWorld w = new ReportWorld()) {
            DossierView onTime = finish(w, atDepartment(w, "TNMT", w.landSpecialist), LocalDateTime.of(2025, 6, 3, 8, 0),
                    LocalDateTime.of(2025, 6, 4, 10, 0)); // return due Mon 9/6 10:00
            KpiService kpi = new KpiService(w.dataSource);
            assertEquals(0, kpi.summary(june(w)).overdue());
            w.clock.set(LocalDateTime.of(2025, 6, 9, 10, 30));
            KpiSummary s = kpi.summary(june(w));
            assertEquals(1, s.resultsOverdue());
            assertEquals(1, s.overdue(), "counted in the overdue figure");
            assertEquals(0, s.inProgress(), "the work itself is finished");
            List<LateDossier> rows = kpi.lateDossiers(june(w), LateKind.RESULT_NOT_RETURNED);
            assertEquals(List.of(onTime.code()), codes(rows));
            assertEquals(LocalDateTime.of(2025, 6, 9, 10, 0), rows.get(0).due());
            w.clock.set(LocalDateTime.of(2025, 6, 10, 8, 0));
            w.act(w.desk, onTime, new ActionRequest.ReturnResult(null));
            s = kpi.summary(june(w));
            assertEquals(0, s.overdue());
            assertEquals(1, s.returnedLate());
            assertEquals(1, s.early(), "the work was early; only the hand-back was late");
        }
    }

    @Test
    void aLateStepIsChargedToTheDepartmentThatHeldItNotToTheDeskOrTheFinisher() {
        try (ReportWorld w = new ReportWorld()) {
            // the desk hands over at once, then recalls and hands over again: its step counts once
            DossierView d = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND,
                    org.motcua.core.dossier.Channel.WALK_IN));
            d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
            d = w.act(w.desk, d, new ActionRequest.Recall("Chuyển nhầm, cần kiểm tra lại bản sao"));
            d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
            d = w.act(w.registry, d, new ActionRequest.Take());
            // the registry's step (2 working days, due Wed 4/6 08:00) is left on Thursday 5/6 09:00: late;
            // the land department finishes Thursday 10:00, within its own step and the dossier's 6 June due
            DossierView done = finish(w, d, LocalDateTime.of(2025, 6, 5, 9, 0), LocalDateTime.of(2025, 6, 5, 10, 0));
            assertEquals(TimelinessClass.EARLY, done.timeliness());
            List<DepartmentSteps> steps = new KpiService(w.dataSource).stepsByDepartment(june(w));
            assertEquals(List.of(
                    new DepartmentSteps("Bộ phận một cửa – Bộ phận một cửa huyện Tháp Mười", 1, 0),
                    new DepartmentSteps("Chi nhánh Văn phòng Đăng ký đất đai – Bộ phận một cửa huyện Tháp Mười", 1, 1),
                    new DepartmentSteps("Phòng Tài nguyên và Môi trường – Bộ phận một cửa huyện Tháp Mười", 1, 0)), steps);
        }
    }

    /**
     * The same-day forwarding rule (NĐ 61/2018 Art. 19(1)(b)): a dossier received at 10:00 and handed over the next
     * morning is late; one received at 15:30 and handed over the next morning is not; one received at 09:00 still at
     * the desk the next day is listed too.
     */
    @Test
    void handOversAfterTheForwardingDayAreCountedAndListed() throws Exception {
        try (ReportWorld w = new ReportWorld()) {
            w.clock.set(LocalDateTime.of(2025, 6, 2, 10, 0));
            DossierView morning = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND,
                    org.motcua.core.dossier.Channel.WALK_IN));
            w.clock.set(LocalDateTime.of(2025, 6, 2, 15, 30));
            DossierView afternoon = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND,
                    org.motcua.core.dossier.Channel.POSTAL));
            w.clock.set(LocalDateTime.of(2025, 6, 3, 9, 0));
            DossierView waiting = w.core.workflow().receive(w.desk, ReportWorld.request(ReportWorld.LAND,
                    org.motcua.core.dossier.Channel.WALK_IN));
            w.clock.set(LocalDateTime.of(2025, 6, 3, 9, 30));
            w.act(w.desk, morning, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
            w.act(w.desk, afternoon, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
            w.clock.set(LocalDateTime.of(2025, 6, 4, 8, 0));
            KpiService kpi = new KpiService(w.dataSource);
            assertEquals(new KpiService.ForwardingCounts(1, 1), kpi.forwarding(june(w)));
            List<LateDossier> rows = kpi.lateDossiers(june(w), LateKind.FORWARDED_LATE);
            assertEquals(List.of(morning.code(), waiting.code()), codes(rows));
            assertEquals(LocalDateTime.of(2025, 6, 2, 17, 0), rows.get(0).due());
            assertEquals(LocalDateTime.of(2025, 6, 3, 9, 30), rows.get(0).at());
            assertEquals(null, rows.get(1).at(), "still at the desk");
            // the day before, the waiting one was not late yet
            assertEquals(List.of(morning.code()), codes(kpi.lateDossiers(new KpiFilter(w.district.id(), JUNE_1, JUNE_30,
                    LocalDateTime.of(2025, 6, 3, 16, 0), LocalDateTime.of(2025, 6, 4, 16, 0)), LateKind.FORWARDED_LATE)));
        }
    }
}
