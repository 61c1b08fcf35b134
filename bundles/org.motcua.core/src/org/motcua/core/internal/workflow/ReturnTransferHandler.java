// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Trả lại liên thông: the receiving office returns an inter-level dossier, with a reason. */
final class ReturnTransferHandler extends ActionHandler<ActionRequest.ReturnTransfer> {

    ReturnTransferHandler() {
        super(ActionType.RETURN_TRANSFER, ActionRequest.ReturnTransfer.class, ActionScope.TRANSFER_RECEIVER,
                from(DossierStatus.PROCESSING), null, roles(Role.DESK_OFFICER), "the transfer is pending; reason");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.ReturnTransfer r) {
        WorkflowEngine.requireText(r.reason(), "transfer.returnReasonRequired");
        DossierEntity d = c.dossier;
        TransferEntity t = c.engine.pendingTransfer(c.em, d);
        t.setState(TransferState.RETURNED);
        d.setTransferPending(false);
        t.setAnsweredAt(c.now);
        t.setAnsweredBy(c.user.getUsername());
        t.setReason(r.reason().trim());
        DepartmentEntity from = d.getHolder();
        RoutingActions.stepBack(d, t.getFromStepIndex(), t.getFromDepartment());
        d.setReceiverActed(false);
        d.setLastSender(null);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(t.getFromDepartment()),
                d.getSteps().get(t.getFromStepIndex()).getDueAt(), Note.of("slip.note.transferReturned", r.reason().trim()));
        return typed(r.reason());
    }
}
