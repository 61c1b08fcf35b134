// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/**
 * What the routing actions share (hand-over, take, forward, recall, return to the previous step, the inter-level
 * answers, finish): moving between steps, the control slip, and which departments a step allows.
 */
final class RoutingActions {

    /** Refuses a hand-over or forward when the dossier is at its last step. */
    static void requireNextStep(DossierEntity d) {
        if (d.getCurrentStepIndex() >= d.getSteps().size() - 1) {
            throw new MotCuaException("forward.noNextStep", d.getCode());
        }
    }

    /** Fills "received at / by" of the hand-off row the actor's department just answered. */
    static void markReceived(ActionContext c) {
        ControlSlipRowEntity row = c.lastSlipRow();
        if (row != null && row.getReceivedAt() == null) {
            row.setReceivedAt(c.now);
            row.setReceivedBy(c.user.getFullName());
        }
    }

    /** Leaves the current step (guards, slip result) and enters step {@code next} at {@code target}. */
    static void moveTo(ActionContext c, DepartmentEntity target, int next, boolean checkGuards) {
        DossierEntity d = c.dossier;
        DossierStepEntity step = d.getSteps().get(next);
        requireAllowed(d, step, target);
        if (checkGuards) {
            Guards.check(c);
        }
        DepartmentEntity from = d.getHolder();
        completeCurrentStep(c);
        OfficeEntity targetOffice = target.getOffice();
        WorkingCalendar calendar = c.engine.calendars().calendarOf(c.em, targetOffice, d);
        d.setLastSender(c.user);
        d.setLastSenderDepartment(from);
        d.setLastSenderStepIndex(d.getCurrentStepIndex());
        d.setCurrentStepIndex(next);
        d.setHolder(target);
        d.setReceiverActed(false);
        step.setHolder(target);
        step.setStartedAt(c.now);
        step.setCompletedAt(null);
        step.setDueAt(Deadlines.stepDue(c.engine.calculator(), calendar, step, Deadlines.closedPauses(d)));
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(target), step.getDueAt(), Note.NONE);
        if (!targetOffice.getId().equals(d.getCurrentOffice().getId())) {
            TransferEntity t = new TransferEntity();
            t.setDossier(d);
            t.setFromOffice(d.getCurrentOffice());
            t.setToOffice(targetOffice);
            t.setFromDepartment(from);
            t.setToDepartment(target);
            t.setFromStepIndex(next - 1);
            t.setSentAt(c.now);
            t.setSentBy(c.user.getUsername());
            t.setState(TransferState.PENDING);
            // the receiving office's SLA as it stood on the dossier's day of receipt
            BigDecimal sla = c.engine.calendars().settingsOf(c.em, targetOffice, d.getReceivedAt().toLocalDate())
                    .acceptanceSlaDays();
            t.setSlaDueAt(c.engine.calculator().due(calendar, c.now, sla, DurationUnit.WORKING_DAYS, List.of()));
            c.em.persist(t);
            d.setTransferPending(true);
        }
    }

    /** Marks the current step done and gives its control-slip row its before/on/after-due result. */
    static void completeCurrentStep(ActionContext c) {
        DossierStepEntity current = c.dossier.getSteps().get(c.dossier.getCurrentStepIndex());
        current.setCompletedAt(c.now);
        if (current.getHolder() == null) {
            current.setHolder(c.dossier.getHolder());
        }
        for (ControlSlipRowEntity row : c.dossier.getSlipRows()) {
            if (row.getStepIndex() == current.getStepIndex() && row.getResult() == null && row.getStepDueAt() != null) {
                row.setResult(c.engine.calculator().classify(c.now, row.getStepDueAt()));
            }
        }
        KpiCounters.stepCompleted(c, current); // lateness charged to the department that held the step
    }

    static void stepBack(DossierEntity d, int toIndex, DepartmentEntity holder) {
        DossierStepEntity left = d.getSteps().get(d.getCurrentStepIndex());
        left.setStartedAt(null);
        left.setDueAt(null);
        if (toIndex < d.getCurrentStepIndex()) { // a recall of a return goes forward: the step left keeps its holder
            left.setHolder(null);
        }
        d.setCurrentStepIndex(toIndex);
        d.getSteps().get(toIndex).setCompletedAt(null);
        d.setHolder(holder);
    }

    private static void requireAllowed(DossierEntity d, DossierStepEntity step, DepartmentEntity target) {
        if (!allows(d, step, target)) {
            throw new MotCuaException("forward.agencyNotAllowed", target.getName() + " – " + target.getOffice().getName(),
                    step.getNameVi(), step.getAgencyCodes());
        }
    }

    /**
     * Whether {@code step} allows {@code target}: its code, its level, this office, an ancestor or (reception
     * regardless of administrative boundary, NĐ 118/2025) a sibling centre ({@link #isSibling}).
     */
    private static boolean allows(DossierEntity d, DossierStepEntity step, DepartmentEntity target) {
        List<String> codes = Arrays.asList(step.getAgencyCodes().split(","));
        boolean codeOk = codes.contains(target.getCode());
        boolean levelOk = target.getOffice().getLevel() == step.getLevel();
        boolean officeOk = target.getOffice().getId().equals(d.getCurrentOffice().getId())
                || isAncestor(target.getOffice(), d.getCurrentOffice()) || isSibling(target.getOffice(), d.getCurrentOffice());
        return codeOk && levelOk && officeOk;
    }

    /**
     * Reception regardless of administrative boundary (NĐ 118/2025; docs/legal.md rule 24): a
     * public-service centre that received a dossier another centre of the same level is competent for sends it
     * there. Both under the NĐ 118/2025 regime, the same level, the same parent (the province): a sibling.
     */
    static boolean isSibling(OfficeEntity candidate, OfficeEntity office) {
        return !candidate.getId().equals(office.getId()) && candidate.getParent() != null && office.getParent() != null
                && candidate.getParent().getId().equals(office.getParent().getId())
                && candidate.getLevel() == office.getLevel()
                && candidate.getRegime() == org.motcua.core.org.Regime.DECREE_118_2025
                && office.getRegime() == org.motcua.core.org.Regime.DECREE_118_2025;
    }

    /**
     * @return the department input of a hand-over or forward: the departments the next step allows (the rule
     *         {@link #moveTo} checks), those of the dossier's office first, then of each office above it
     */
    static ActionInput targets(ActionContext c) {
        DossierEntity d = c.dossier;
        DossierStepEntity step = d.getSteps().get(d.getCurrentStepIndex() + 1);
        List<String> codes = Arrays.asList(step.getAgencyCodes().split(","));
        List<InputChoice> choices = new ArrayList<>();
        List<OfficeEntity> offices = new ArrayList<>();
        for (OfficeEntity o = d.getCurrentOffice(); o != null; o = o.getParent()) {
            offices.add(o);
        }
        if (d.getCurrentOffice().getParent() != null) { // then the sibling centres (NĐ 118/2025), by code
            offices.addAll(c.em.createQuery("select o from OfficeEntity o where o.parent = :p order by o.code",
                    OfficeEntity.class).setParameter("p", d.getCurrentOffice().getParent()).getResultList().stream()
                    .filter(o -> isSibling(o, d.getCurrentOffice())).toList());
        }
        for (OfficeEntity o : offices) {
            for (DepartmentEntity target : c.em.createQuery(
                    "select p from DepartmentEntity p where p.office = :o and p.code in :codes order by p.code",
                    DepartmentEntity.class).setParameter("o", o).setParameter("codes", codes).getResultList()) {
                if (allows(d, step, target)) {
                    String label = ActionContext.agencyName(target);
                    choices.add(new InputChoice(Long.toString(target.getId()), label, label));
                }
            }
        }
        return Inputs.choice("target", InputKind.DEPARTMENT, choices);
    }

    private static boolean isAncestor(OfficeEntity candidate, OfficeEntity office) {
        for (OfficeEntity o = office.getParent(); o != null; o = o.getParent()) {
            if (o.getId().equals(candidate.getId())) {
                return true;
            }
        }
        return false;
    }

    static DepartmentEntity department(ActionContext c, long id) {
        DepartmentEntity target = c.em.find(DepartmentEntity.class, id);
        if (target == null) {
            throw new MotCuaException("department.notFound", id);
        }
        return target;
    }
}
