// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Hoàn thành: the result exists at the last step; the dossier goes back to the receiving office's desk. */
final class FinishHandler extends ActionHandler<ActionRequest.Finish> {

    FinishHandler() {
        super(ActionType.FINISH, ActionRequest.Finish.class, ActionScope.HOLDER, from(DossierStatus.PROCESSING),
                DossierStatus.FINISHED, roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "last step; guards; timeliness against the due date and against the original promise");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    void requireApplicable(ActionContext c) {
        DossierEntity d = c.dossier;
        int step = d.getCurrentStepIndex();
        if (step != d.getSteps().size() - 1) {
            throw new MotCuaException("finish.notLastStep", d.getCode(), d.getSteps().get(step).getNameVi());
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.note());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Finish r) {
        DossierEntity d = c.dossier;
        Guards.check(c);
        DepartmentEntity from = d.getHolder();
        RoutingActions.completeCurrentStep(c);
        d.setFinishedAt(c.now);
        d.setStatus(DossierStatus.FINISHED);
        d.setTimeliness(c.engine.calculator().classify(c.now, d.getDueAt()));
        LocalDateTime promised = d.getOriginalDueAt() != null ? d.getOriginalDueAt() : d.getDueAt();
        d.setTimelinessAgainstOriginal(c.engine.calculator().classify(c.now, promised));
        d.setReturnDueAt(Deadlines.returnDue(c.engine.calculator(), c.receivingCalendar(), d, c.now));
        DepartmentEntity desk = d.getReceivingDepartment(); // the desk that received it returns the result
        d.setHolder(desk);
        d.setLastSender(null);
        d.setReceiverActed(true);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(desk), null, Note.of("slip.note.result"));
        return typed(r.note());
    }
}
