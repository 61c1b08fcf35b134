// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.PauseInterval;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.StepView;

/**
 * Due times after pauses on the live workflow (docs/core.md, "Deadlines after pauses"): what the
 * workflow stores after a supplement or a tax pause equals {@link DeadlineCalculator}'s recomputation
 * from the clock's start (receipt, restart, step start) with every pause the test made; and the tax
 * pause only at the procedure's tax step, once.
 */
class PauseDeadlinesTest extends WorldTest {

    private static final String LAND_RESTART = "T.LAND.R";
    private final DeadlineCalculator calc = new DeadlineCalculator();

    @Test
    void aOneMinuteSupplementLeavesA1505StepDueAt1506() {
        w.clock.set(LocalDateTime.of(2025, 6, 2, 9, 5));
        DossierView d = w.receiveLand(); // reception: half a working day, due 15:05, after the 15:00 cut-off
        assertEquals(LocalDateTime.of(2025, 6, 2, 15, 5), step(d).dueAt());
        assertEquals(LocalDateTime.of(2025, 6, 6, 9, 5), d.dueAt());
        w.clock.set(LocalDateTime.of(2025, 6, 2, 10, 0));
        d = w.act(w.desk, d, ActionRequest.RequestSupplement.of(List.of("Bản sao CCCD"), "Thiếu"));
        w.clock.set(LocalDateTime.of(2025, 6, 2, 10, 1));
        d = w.act(w.desk, d, new ActionRequest.SupplementReceived());
        // not Tuesday 07:01: the old shift took the due time for a receipt after the cut-off
        assertEquals(LocalDateTime.of(2025, 6, 2, 15, 6), step(d).dueAt());
        assertEquals(LocalDateTime.of(2025, 6, 6, 9, 6), d.dueAt());
        assertEquals(step(d).dueAt(), w.core.queries().controlSlip(w.reader(), d.id()).getLast().stepDueAt());
        assertEquals(step(d).dueAt(), w.core.queries().controlSlip(w.reader(), d.id()).getFirst().stepDueAt(),
                "the receipt row of the open step shows the moved due time");
    }

    @Test
    void storedDueTimesEqualTheRecomputationOverManyGeneratedCases() {
        ProcedureDefinition land = TestWorld.landProcedure();
        w.core.procedures().register(new ProcedureDefinition(LAND_RESTART, land.version(), land.nameVi(), land.nameEn(),
                land.legalBasis(), land.effectiveFrom(), land.effectiveTo(), land.regime(), land.receivingLevel(),
                land.onlineLevel(), land.feeVnd(), land.totalDuration(), land.totalUnit(), land.documents(),
                land.steps(), PausePolicy.RESTART, land.supplementLimit(), true, land.forms(), land.fields()));
        WorkingCalendar cal = w.core.organization().calendar(w.district.id());
        Random random = new Random(20250602L);
        int afterCutOff = 0;
        int restarts = 0;
        int atDesk = 0;
        for (int n = 0; n < 300; n++) {
            Case c = new Case(cal, land, random.nextInt(4) == 0);
            restarts += c.restart ? 1 : 0;
            // receive → (supplement at the desk) → hand over → take → (supplement) → tax → forward
            c.t = LocalDate.of(2025, 6, 2).plusDays(random.nextInt(120))
                    .atTime(LocalTime.of(6, 30).plusMinutes(random.nextInt(11 * 60)));
            w.clock.set(c.t);
            c.d = w.core.workflow().receive(w.desk, TestWorld.request(c.restart ? LAND_RESTART : TestWorld.LAND,
                    Channel.WALK_IN));
            c.clockStart = calc.effectiveStart(cal, c.t);
            c.stepStart = c.clockStart;
            c.check("received");
            boolean deskSupplement = random.nextInt(3) == 0;
            if (deskSupplement) {
                atDesk++;
                afterCutOff += c.dueAfterCutOff();
                c.supplement(w.desk, random);
            }
            c.act(w.desk, random.nextInt(240), new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
            c.stepStart = c.t;
            c.act(w.landSpecialist, random.nextInt(120), new ActionRequest.Take());
            c.check("taken");
            if (!deskSupplement) {
                afterCutOff += c.dueAfterCutOff();
                c.supplement(w.landSpecialist, random);
            }
            c.act(w.landSpecialist, random.nextInt(600), new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin"));
            assertEquals(DossierStatus.FINANCIAL_OBLIGATION, c.d.status());
            LocalDateTime paused = c.t;
            c.act(w.landSpecialist, pauseLength(random), new ActionRequest.ConfirmPayment());
            c.pauses.add(PauseInterval.closed(paused, c.t, "FINANCIAL_OBLIGATION"));
            c.check("after the tax pause");
            // the next step starts after every pause: its due is the plain one from the hand-over
            c.act(w.landSpecialist, random.nextInt(300), new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
            c.stepStart = c.t;
            c.check("forwarded");
        }
        assertTrue(afterCutOff > 30, "paused due times after the cut-off were generated: " + afterCutOff);
        assertTrue(restarts > 30, "restart-policy cases were generated: " + restarts);
        assertTrue(atDesk > 30, "supplements at the desk were generated: " + atDesk);
    }

    @Test
    void theTaxPauseOnlyAtTheTaxStepAndOnce() {
        DossierView d = w.landAtDepartment(); // step TD, the test procedure's tax step
        assertTrue(w.core.workflow().allowedActions(w.landSpecialist, d.id()).contains(ActionType.REQUEST_FINANCIAL_OBLIGATION));
        d = w.act(w.landSpecialist, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin"));
        w.clock.set(LocalDateTime.of(2025, 6, 4, 8, 0));
        d = w.act(w.landSpecialist, d, new ActionRequest.ConfirmPayment());
        assertTrue(!w.core.workflow().allowedActions(w.landSpecialist, d.id()).contains(ActionType.REQUEST_FINANCIAL_OBLIGATION),
                "not offered a second time");
        DossierView paid = d;
        refused("financial.alreadyRequested", () -> w.act(w.landSpecialist, paid,
                new ActionRequest.RequestFinancialObligation("lần hai")));
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        assertTrue(!w.core.workflow().allowedActions(w.landHead, d.id()).contains(ActionType.REQUEST_FINANCIAL_OBLIGATION),
                "not offered at a step without a financial obligation");
        DossierView approval = d;
        refused("financial.notThisStep", () -> w.act(w.landHead, approval,
                new ActionRequest.RequestFinancialObligation("thuế")));
        // the refusal is translated
        assertTrue(refused("financial.notThisStep", () -> w.act(w.landHead, approval,
                new ActionRequest.RequestFinancialObligation("thuế"))).message(java.util.Locale.ENGLISH).contains("Phê duyệt"));
    }

    @Test
    void eachTaxStepOnceEvenAfterReturningToIt() {
        DossierView d = w.landAtDepartment();
        d = w.act(w.landSpecialist, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin"));
        d = w.act(w.landSpecialist, d, new ActionRequest.ConfirmPayment());
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        d = w.act(w.landHead, d, new ActionRequest.ReturnToPreviousStep("Xem lại"));
        d = w.act(w.landSpecialist, d, new ActionRequest.Take());
        assertEquals(1, d.currentStepIndex());
        DossierView back = d;
        refused("financial.alreadyRequested", () -> w.act(w.landSpecialist, back,
                new ActionRequest.RequestFinancialObligation("lần hai")));
        assertNull(back.originalDueAt());
    }

    private StepView step(DossierView d) {
        return w.core.queries().steps(w.reader(), d.id()).get(d.currentStepIndex());
    }

    /** A pause of one minute, a few hours, or up to ten days. */
    private static long pauseLength(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 1;
            case 1 -> 1 + random.nextInt(8 * 60);
            default -> 1 + random.nextInt(10 * 24 * 60);
        };
    }

    /** One generated dossier: what the test did to it, and the due times that follow from that. */
    private final class Case {
        final WorkingCalendar cal;
        final ProcedureDefinition procedure;
        final boolean restart;
        final List<PauseInterval> pauses = new ArrayList<>();
        DossierView d;
        LocalDateTime t;
        LocalDateTime clockStart;
        LocalDateTime stepStart;

        Case(WorkingCalendar cal, ProcedureDefinition procedure, boolean restart) {
            this.cal = cal;
            this.procedure = procedure;
            this.restart = restart;
        }

        /** Moves the clock on and acts. */
        void act(org.motcua.core.security.Principal actor, long minutesLater, ActionRequest request) {
            t = t.plusMinutes(minutesLater);
            w.clock.set(t);
            d = w.act(actor, d, request);
        }

        /** Requests a supplement and, after a random pause, the desk receives it. */
        void supplement(org.motcua.core.security.Principal actor, Random random) {
            act(actor, random.nextInt(600), ActionRequest.RequestSupplement.of(List.of("Bản sao giấy tờ"), "Thiếu"));
            assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.status());
            LocalDateTime paused = t;
            act(w.desk, pauseLength(random), new ActionRequest.SupplementReceived());
            if (restart) {
                clockStart = calc.effectiveStart(cal, t);
                stepStart = clockStart;
            } else {
                pauses.add(PauseInterval.closed(paused, t, "SUPPLEMENT"));
            }
            check("after the supplement");
        }

        /** @return 1 when the dossier's or the current step's due time is after the cut-off */
        int dueAfterCutOff() {
            LocalTime cutOff = LocalTime.of(15, 0);
            return d.dueAt().toLocalTime().isAfter(cutOff) || step(d).dueAt().toLocalTime().isAfter(cutOff) ? 1 : 0;
        }

        void check(String when) {
            String what = d.code() + " " + when + " (restart " + restart + ", pauses " + pauses + ")";
            StepView step = step(d);
            assertEquals(clockStart, d.validReceivedAt(), what);
            assertEquals(calc.due(cal, clockStart, procedure.totalDuration(), procedure.totalUnit(), pauses), d.dueAt(),
                    what);
            assertEquals(stepStart, step.startedAt(), what);
            assertEquals(calc.due(cal, stepStart, step.duration(), step.unit(), pauses), step.dueAt(), what);
            assertEquals(step.dueAt(), d.stepDueAt(), what);
            assertNull(d.originalDueAt(), what);
        }
    }
}
