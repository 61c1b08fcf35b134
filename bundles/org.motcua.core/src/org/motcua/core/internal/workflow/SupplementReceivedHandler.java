package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;

/** Nhận bổ sung: the applicant's supplement arrived; the clock runs on (PAUSE) or restarts (RESTART). */
final class SupplementReceivedHandler extends ActionHandler<ActionRequest.SupplementReceived> {

    SupplementReceivedHandler() {
        super(ActionType.SUPPLEMENT_RECEIVED, ActionRequest.SupplementReceived.class, ActionScope.HOLDER_OR_RECEIVING_OFFICE,
                from(DossierStatus.SUPPLEMENT_REQUESTED), null, roles(Role.DESK_OFFICER, Role.POSTAL_DESK),
                "back to 2 (at the desk) or 4; PAUSE policy: deadlines move by the paused working time; RESTART policy: the clock restarts");
    }

    @Override
    String targetText() {
        return "2 or 4";
    }

    @Override
    String apply(ActionContext c, ActionRequest.SupplementReceived r) {
        DossierEntity d = c.dossier;
        c.em.createQuery("select s from SupplementRequestEntity s where s.dossier = :d and s.receivedAt is null",
                SupplementRequestEntity.class).setParameter("d", d).getResultList().forEach(s -> s.setReceivedAt(c.now));
        PauseEntity pause = PauseActions.closePause(d, PauseReason.SUPPLEMENT, c.now);
        boolean atDesk = d.getCurrentStepIndex() == 0 && d.getHolder().getKind() == DepartmentKind.DESK;
        d.setStatus(atDesk ? DossierStatus.RECEIVED : DossierStatus.PROCESSING);
        WorkingCalendar calendar = c.receivingCalendar();
        if (d.getValidReceivedAt() == null || d.getSupplementPolicy() == PausePolicy.RESTART) {
            // complete at last (reception) or the procedure restarts the clock on resubmission
            LocalDateTime start = c.engine.calculator().effectiveStart(calendar, c.now);
            d.setValidReceivedAt(start);
            d.setDueAt(c.engine.calculator().due(calendar, start, d.getTotalDuration(), d.getTotalUnit(), List.of()));
            DossierStepEntity step = c.currentStep();
            step.setStartedAt(start);
            step.setDueAt(c.engine.calculator().due(c.holderCalendar(), start, step.getDuration(), step.getUnit(), List.of()));
        } else if (pause != null) {
            PauseActions.shiftDeadlines(c, pause);
        }
        c.slip(WorkflowEngine.applicantLabel(d), ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                "Bổ sung lần / supplement round " + d.getSupplementRounds()).setReceivedAt(c.now);
        return null;
    }
}
