// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.workflow.ActionRequest;

/** Hand-over, take, forward, recall, return to the previous step, and the inter-level answers. */
final class RoutingActions {

    String handOver(ActionContext c, ActionRequest.HandOver r) {
        moveTo(c, department(c, r.departmentId()), c.dossier.getCurrentStepIndex() + 1, true);
        c.dossier.setStatus(DossierStatus.PROCESSING);
        return null;
    }

    String take(ActionContext c) {
        c.dossier.setReceiverActed(true);
        markReceived(c);
        return null;
    }

    String forward(ActionContext c, ActionRequest.Forward r) {
        moveTo(c, department(c, r.departmentId()), c.dossier.getCurrentStepIndex() + 1, true);
        return r.note();
    }

    String recall(ActionContext c, ActionRequest.Recall r) {
        WorkflowEngine.requireText(r.reason(), "recall.reasonRequired");
        DossierEntity d = c.dossier;
        TransferEntity pending = c.engine.pendingTransfer(c.em, d);
        if (pending != null) {
            d.setTransferPending(false);
            pending.setState(TransferState.RECALLED);
            pending.setAnsweredAt(c.now);
            pending.setAnsweredBy(c.user.getUsername());
            pending.setReason(r.reason().trim());
        }
        ControlSlipRowEntity row = c.lastSlipRow();
        if (row != null) {
            row.setRecallNote("Thu hồi / recalled: " + r.reason().trim()); // its own column: never appended to
        }
        stepBack(d, d.getLastSenderStepIndex(), d.getLastSenderDepartment());
        d.setReceiverActed(true);
        d.setLastSender(null);
        if (d.getCurrentStepIndex() == 0 && d.getHolder().getKind() == DepartmentKind.DESK) {
            d.setStatus(DossierStatus.RECEIVED);
        }
        return r.reason().trim();
    }

    String returnToPreviousStep(ActionContext c, ActionRequest.ReturnToPreviousStep r) {
        WorkflowEngine.requireText(r.reason(), "return.reasonRequired");
        DossierEntity d = c.dossier;
        int previous = d.getCurrentStepIndex() - 1;
        DepartmentEntity target = d.getSteps().get(previous).getHolder();
        DepartmentEntity from = d.getHolder();
        stepBack(d, previous, target);
        d.setReceiverActed(false);
        d.setLastSender(c.user);
        d.setLastSenderDepartment(from);
        d.setLastSenderStepIndex(previous + 1);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(target), d.getSteps().get(previous).getDueAt(),
                "Trả lại bước trước / returned: " + r.reason().trim());
        return r.reason().trim();
    }

    String acceptTransfer(ActionContext c) {
        DossierEntity d = c.dossier;
        TransferEntity t = c.engine.pendingTransfer(c.em, d);
        t.setState(TransferState.ACCEPTED);
        d.setTransferPending(false);
        t.setAnsweredAt(c.now);
        t.setAnsweredBy(c.user.getUsername());
        d.setCurrentOffice(t.getToOffice());
        d.setReceiverActed(true);
        markReceived(c);
        return null;
    }

    String returnTransfer(ActionContext c, ActionRequest.ReturnTransfer r) {
        WorkflowEngine.requireText(r.reason(), "transfer.returnReasonRequired");
        DossierEntity d = c.dossier;
        TransferEntity t = c.engine.pendingTransfer(c.em, d);
        t.setState(TransferState.RETURNED);
        d.setTransferPending(false);
        t.setAnsweredAt(c.now);
        t.setAnsweredBy(c.user.getUsername());
        t.setReason(r.reason().trim());
        DepartmentEntity from = d.getHolder();
        stepBack(d, t.getFromStepIndex(), t.getFromDepartment());
        d.setReceiverActed(false);
        d.setLastSender(null);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(t.getFromDepartment()),
                d.getSteps().get(t.getFromStepIndex()).getDueAt(), "Trả lại liên thông / returned: " + r.reason().trim());
        return r.reason().trim();
    }

    /** Fills "received at / by" of the hand-off row the actor's department just answered. */
    private static void markReceived(ActionContext c) {
        ControlSlipRowEntity row = c.lastSlipRow();
        if (row != null && row.getReceivedAt() == null) {
            row.setReceivedAt(c.now);
            row.setReceivedBy(c.user.getFullName());
        }
    }

    /** Leaves the current step (guards, slip result) and enters step {@code next} at {@code target}. */
    private void moveTo(ActionContext c, DepartmentEntity target, int next, boolean checkGuards) {
        DossierEntity d = c.dossier;
        DossierStepEntity step = d.getSteps().get(next);
        requireAllowed(d, step, target);
        if (checkGuards) {
            Guards.check(c);
        }
        DepartmentEntity from = d.getHolder();
        completeCurrentStep(c);
        OfficeEntity targetOffice = target.getOffice();
        WorkingCalendar calendar = c.engine.calendars().calendarOf(c.em, targetOffice);
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
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(target), step.getDueAt(), null);
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
            BigDecimal sla = targetOffice.getAcceptanceSlaDays();
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
    }

    private static void stepBack(DossierEntity d, int toIndex, DepartmentEntity holder) {
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
        List<String> codes = Arrays.asList(step.getAgencyCodes().split(","));
        boolean codeOk = codes.contains(target.getCode());
        boolean levelOk = target.getOffice().getLevel() == step.getLevel();
        boolean officeOk = target.getOffice().getId().equals(d.getCurrentOffice().getId())
                || isAncestor(target.getOffice(), d.getCurrentOffice());
        if (!codeOk || !levelOk || !officeOk) {
            throw new MotCuaException("forward.agencyNotAllowed", target.getName() + " – " + target.getOffice().getName(),
                    step.getNameVi(), step.getAgencyCodes());
        }
    }

    private static boolean isAncestor(OfficeEntity candidate, OfficeEntity office) {
        for (OfficeEntity o = office.getParent(); o != null; o = o.getParent()) {
            if (o.getId().equals(candidate.getId())) {
                return true;
            }
        }
        return false;
    }

    private static DepartmentEntity department(ActionContext c, long id) {
        DepartmentEntity target = c.em.find(DepartmentEntity.class, id);
        if (target == null) {
            throw new MotCuaException("department.notFound", id);
        }
        return target;
    }

    static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + "; " + b;
    }
}
