// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;

/**
 * A dossier received under the wrong procedure and found out by the department (issue 16.4): the department sends it
 * back to the desk, the desk corrects it; it keeps its code, takes the correct procedure's version in force on the day
 * of receipt, keeps its receipt when the papers meet the new list (else a Mẫu 02), and its KPI counts move.
 */
class ProcedureCorrectionTest extends WorldTest {

    /** Cấp đổi Giấy chứng nhận: the procedure the land dossier should have been received under. */
    static final String RENEWAL = "T.LAND.CAPDOI";
    /** Tách thửa: a procedure that needs a cadastral measurement the applicant did not bring. */
    static final String SPLIT = "T.LAND.TACHTHUA";
    static final String APPLICATION = "Đơn đăng ký biến động";
    static final String CERTIFICATE = "Giấy chứng nhận đã cấp";
    static final String MEASUREMENT = "Mảnh trích đo địa chính";

    @BeforeEach
    void procedures() {
        // the renewal as the province's 2020 decision had it, until 2 June 2025, and as its new decision has it from
        // 3 June 2025 (a measurement added): a dossier received on 2 June keeps the 2020 version
        w.core.procedures().register(land(RENEWAL, "QĐ-2020", "Cấp đổi Giấy chứng nhận (thử nghiệm)",
                LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 2), List.of(APPLICATION, CERTIFICATE)));
        w.core.procedures().register(land(RENEWAL, "QĐ-2025", "Cấp đổi Giấy chứng nhận (thử nghiệm)",
                LocalDate.of(2025, 6, 3), null, List.of(APPLICATION, CERTIFICATE, MEASUREMENT)));
        w.core.procedures().register(land(SPLIT, "QĐ-2020", "Tách thửa đất (thử nghiệm)", LocalDate.of(2020, 1, 1), null,
                List.of(APPLICATION, CERTIFICATE, MEASUREMENT)));
    }

    private static ProcedureDefinition land(String code, String version, String name, LocalDate from, LocalDate to,
            List<String> papers) {
        return new ProcedureDefinition(code, version, name, name, "Thử nghiệm", from, to, Regime.DECREE_61_2018,
                OfficeLevel.DISTRICT, 3, 0, BigDecimal.valueOf(7), DurationUnit.WORKING_DAYS,
                papers.stream().map(p -> new DocumentRequirement(p, p, true, 1, false)).toList(),
                List.of(step("TN", "Tiếp nhận", "MOTCUA", "0.5"), step("TD", "Thẩm định", "VPDK", "5"),
                        step("PD", "Phê duyệt", "TNMT", "1.5")),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    private static StepDefinition step(String code, String name, String agency, String days) {
        return new StepDefinition(code, name, null, OfficeLevel.DISTRICT, List.of(agency), new BigDecimal(days),
                DurationUnit.WORKING_DAYS, List.of());
    }

    /** @return a land-change dossier received Monday 2 June 2025 08:00, held by the land department since 08:30 */
    private DossierView takenByTheDepartment() {
        DossierView d = w.receiveLand();
        w.clock.set(LocalDateTime.of(2025, 6, 2, 8, 30));
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        return w.act(w.landSpecialist, d, new ActionRequest.Take());
    }

    @Test
    void aWrongProcedureDossierCorrectedAfterTheDepartmentTookItKeepsItsCodeAndReceipt() {
        DossierView taken = takenByTheDepartment();
        w.clock.set(LocalDateTime.of(2025, 6, 3, 9, 0)); // next morning: the specialist sees it is a renewal
        // who may do what: the department sends back, the desk corrects
        assertTrue(w.core.workflow().allowedActions(w.landSpecialist, taken.id()).contains(ActionType.RETURN_FOR_CORRECTION));
        assertFalse(w.core.workflow().allowedActions(w.desk, taken.id()).contains(ActionType.CORRECT_PROCEDURE),
                "the desk cannot correct a dossier the department holds");
        refused("action.notFromStatus", () -> w.act(w.desk, taken, new ActionRequest.CorrectProcedure(RENEWAL, "nhầm")));
        refused("action.roleDenied", () -> w.act(w.desk, taken, new ActionRequest.ReturnForCorrection("nhầm")));
        refused("action.notYourDossier", () -> w.act(w.justice, taken, new ActionRequest.ReturnForCorrection("nhầm")));
        refused("correction.reasonRequired", () -> w.act(w.landSpecialist, taken, new ActionRequest.ReturnForCorrection(" ")));

        DossierView back = w.act(w.landSpecialist, taken,
                new ActionRequest.ReturnForCorrection("Người nộp xin cấp đổi Giấy chứng nhận, không phải đăng ký biến động"));
        assertEquals(DossierStatus.RECEIVED, back.status());
        assertEquals(w.dept(w.district, "MOTCUA"), back.holderDepartmentId(), "back at the desk that received it");
        assertEquals(0, back.currentStepIndex());
        assertFalse(w.core.workflow().allowedActions(w.landSpecialist, back.id()).contains(ActionType.CORRECT_PROCEDURE));
        refused("action.roleDenied", () -> w.act(w.landSpecialist, back, new ActionRequest.CorrectProcedure(RENEWAL, "x")));

        // the desk's form offers the procedures in force on the day of receipt
        ActionDescription form = w.core.workflow().describeActions(w.desk, back.id()).stream()
                .filter(a -> a.action() == ActionType.CORRECT_PROCEDURE).findFirst().orElseThrow();
        assertTrue(form.inputs().get(0).choices().stream().anyMatch(c -> c.value().equals(RENEWAL)), form.toString());

        DossierView corrected = w.act(w.desk, back, new ActionRequest.CorrectProcedure(RENEWAL, "Sai thủ tục khi tiếp nhận"));
        assertEquals(taken.code(), corrected.code(), "the same dossier code");
        assertEquals(RENEWAL, corrected.procedureCode());
        assertEquals("QĐ-2020", corrected.procedureVersion(), "the version in force on 2 June 2025, the day of receipt");
        assertEquals(DossierStatus.RECEIVED, corrected.status());
        assertEquals(taken.validReceivedAt(), corrected.validReceivedAt(), "the papers meet the list: receipt kept");
        // 7 working days from Monday 2 June 08:00: Wednesday 11 June 08:00
        assertEquals(LocalDateTime.of(2025, 6, 11, 8, 0), corrected.dueAt());
        assertEquals(0, corrected.supplementRounds());

        // audited, and two rows on the control slip: sent back with the reason, corrected with the codes
        List<ActionType> history = w.core.queries().history(w.reader(), taken.id()).stream().map(a -> a.action()).toList();
        assertEquals(List.of(ActionType.RECEIVE, ActionType.HAND_OVER, ActionType.TAKE, ActionType.RETURN_FOR_CORRECTION,
                ActionType.CORRECT_PROCEDURE), history);
        List<ControlSlipRowView> slip = w.core.queries().controlSlip(w.reader(), taken.id());
        ControlSlipRowView sent = slip.get(slip.size() - 2);
        assertEquals("Trả về một cửa để sửa thủ tục: Người nộp xin cấp đổi Giấy chứng nhận, không phải đăng ký biến động",
                sent.notes(Messages.VIETNAMESE));
        assertTrue(sent.fromAgency().render(Messages.VIETNAMESE).startsWith("Phòng Tài nguyên và Môi trường"));
        assertEquals("Procedure corrected: T.LAND test-1 → T.LAND.CAPDOI QĐ-2020", slip.getLast().notes(Locale.ENGLISH));

        // KPI: the receipt and the desk's hand-over now count for the renewal, none left on the land change
        assertEquals(0, count(TestWorld.LAND, "RECEIVED"));
        assertEquals(1, count(RENEWAL, "RECEIVED"));
        assertEquals(0, count(TestWorld.LAND, "STEP_DONE"));
        assertEquals(1, count(RENEWAL, "STEP_DONE"));

        // and the renewal's route goes on: its appraisal is the registry office's
        DossierView handed = w.act(w.desk, corrected, new ActionRequest.HandOver(w.dept(w.district, "VPDK")));
        assertEquals(DossierStatus.PROCESSING, handed.status());
        assertEquals(taken.code(), handed.code());
    }

    @Test
    void papersShortOfTheNewListGiveAMau02AndTheClockStartsWhenTheyArrive() {
        DossierView taken = takenByTheDepartment();
        w.clock.set(LocalDateTime.of(2025, 6, 3, 9, 0));
        DossierView back = w.act(w.landHead, taken, new ActionRequest.ReturnForCorrection("Người nộp xin tách thửa"));
        DossierView corrected = w.act(w.desk, back, new ActionRequest.CorrectProcedure(SPLIT, "Tách thửa, không phải biến động"));
        assertEquals(taken.code(), corrected.code());
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, corrected.status(), "Mẫu 02 for the missing measurement");
        assertEquals(1, corrected.supplementRounds());
        assertNull(corrected.validReceivedAt(), "not complete under the new procedure: no valid receipt yet");
        assertNull(corrected.dueAt());
        assertEquals("Mẫu 02: " + MEASUREMENT,
                w.core.queries().controlSlip(w.reader(), taken.id()).getLast().notes(Messages.VIETNAMESE));
        assertEquals(0, count(TestWorld.LAND, "RECEIVED"), "the receipt is taken back from the land change");
        assertEquals(0, count(SPLIT, "RECEIVED"), "and counted for the split once complete");

        w.clock.set(LocalDateTime.of(2025, 6, 4, 10, 0));
        DossierView complete = w.act(w.desk, corrected, new ActionRequest.SupplementReceived());
        assertEquals(DossierStatus.RECEIVED, complete.status());
        assertEquals(LocalDateTime.of(2025, 6, 4, 10, 0), complete.validReceivedAt());
        assertEquals(LocalDateTime.of(2025, 6, 13, 10, 0), complete.dueAt(), "7 working days from the complete papers");
        assertEquals(1, count(SPLIT, "RECEIVED"));
    }

    @Test
    void theDeskStillCorrectsBeforeTheHandOverAndNothingIsSentBackFromTheDesk() {
        DossierView d = w.receiveLand();
        assertFalse(w.core.workflow().allowedActions(w.landSpecialist, d.id()).contains(ActionType.RETURN_FOR_CORRECTION));
        DossierView corrected = w.act(w.desk, d, new ActionRequest.CorrectProcedure(RENEWAL, "Chọn nhầm thủ tục"));
        assertEquals(d.code(), corrected.code());
        assertEquals(d.validReceivedAt(), corrected.validReceivedAt());
        assertEquals(LocalDateTime.of(2025, 6, 11, 8, 0), corrected.dueAt());
    }

    private long count(String procedure, String event) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(dossiers), 0) FROM kpi_counter"
                + " WHERE procedure_code = ? AND event = ?").setParameter(1, procedure).setParameter(2, event)
                .getSingleResult()).longValue());
    }
}
