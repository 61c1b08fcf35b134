// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

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

/** Trả lại bước trước: the holder sends the dossier back to the previous step's department. */
final class ReturnToPreviousStepHandler extends ActionHandler<ActionRequest.ReturnToPreviousStep> {

    ReturnToPreviousStepHandler() {
        super(ActionType.RETURN_TO_PREVIOUS_STEP, ActionRequest.ReturnToPreviousStep.class, ActionScope.HOLDER,
                from(DossierStatus.PROCESSING), null, roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "reason; not to the desk");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    void requireApplicable(ActionContext c) {
        if (c.dossier.getCurrentStepIndex() - 1 < 1) {
            throw new MotCuaException("return.noPreviousStep", c.dossier.getCode());
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.ReturnToPreviousStep r) {
        WorkflowEngine.requireText(r.reason(), "return.reasonRequired");
        DossierEntity d = c.dossier;
        int previous = d.getCurrentStepIndex() - 1;
        DepartmentEntity target = d.getSteps().get(previous).getHolder();
        DepartmentEntity from = d.getHolder();
        RoutingActions.stepBack(d, previous, target);
        d.setReceiverActed(false);
        d.setLastSender(c.user);
        d.setLastSenderDepartment(from);
        d.setLastSenderStepIndex(previous + 1);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(target), d.getSteps().get(previous).getDueAt(),
                Note.of("slip.note.returned", r.reason().trim()));
        return typed(r.reason());
    }
}
