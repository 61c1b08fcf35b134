// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/**
 * Trả về một cửa để sửa thủ tục: the department holding the dossier finds it was received under the wrong
 * procedure and sends it back, at any step before the result, to the desk that received it, which corrects it
 * ({@link CorrectProcedureHandler}) or, if the procedure was right after all, hands it over again. The code, the
 * receipt and the steps already done stay; the step the department held is left unfinished.
 */
final class ReturnForCorrectionHandler extends ActionHandler<ActionRequest.ReturnForCorrection> {

    ReturnForCorrectionHandler() {
        super(ActionType.RETURN_FOR_CORRECTION, ActionRequest.ReturnForCorrection.class, ActionScope.HOLDER,
                from(DossierStatus.PROCESSING), DossierStatus.RECEIVED, roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "any step before the result; reason; back to the receiving desk (2) to correct the procedure");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    void requireApplicable(ActionContext c) {
        if (c.dossier.getCurrentStepIndex() == 0) { // still at the desk: the desk corrects it itself
            throw new MotCuaException("correction.atDesk", c.dossier.getCode());
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.ReturnForCorrection r) {
        WorkflowEngine.requireText(r.reason(), "correction.reasonRequired");
        DossierEntity d = c.dossier;
        DepartmentEntity from = d.getHolder();
        DepartmentEntity desk = d.getReceivingDepartment();
        DossierStepEntity left = c.currentStep(); // not finished: no completion is counted for it
        left.setStartedAt(null);
        left.setDueAt(null);
        left.setHolder(null);
        RoutingActions.markReceived(c);
        d.setCurrentStepIndex(0);
        d.setHolder(desk);
        d.setCurrentOffice(d.getOffice());
        d.setLastSender(null);
        d.setReceiverActed(true);
        d.setStatus(DossierStatus.RECEIVED);
        // the desk's stage runs again from now (its first completion, the hand-over, stays counted as it was)
        DossierStepEntity reception = c.currentStep();
        reception.setHolder(desk);
        reception.setStartedAt(c.now);
        Deadlines.recompute(c.engine.calculator(), c.receivingCalendar(), c.receivingCalendar(), d);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(desk), reception.getDueAt(),
                Note.of("slip.note.returnedForCorrection", r.reason().trim()));
        return typed(r.reason());
    }
}
