// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Thu hồi: the last sender pulls the dossier back before the receiver acts. */
final class RecallHandler extends ActionHandler<ActionRequest.Recall> {

    RecallHandler() {
        super(ActionType.RECALL, ActionRequest.Recall.class, ActionScope.LAST_SENDER, from(DossierStatus.PROCESSING), null,
                roles(Role.DESK_OFFICER, Role.POSTAL_DESK, Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "reason; slip row annotated; back at the desk ⇒ 2");
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
    Note apply(ActionContext c, ActionRequest.Recall r) {
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
            row.setRecall(Note.of("slip.note.recalled", r.reason().trim())); // its own columns: never appended to
        }
        if (d.getLastSenderStepIndex() < d.getCurrentStepIndex()) { // the sender's step was completed by the send
            KpiCounters.stepReopened(c, d.getSteps().get(d.getLastSenderStepIndex()));
        }
        RoutingActions.stepBack(d, d.getLastSenderStepIndex(), d.getLastSenderDepartment());
        d.setReceiverActed(true);
        d.setLastSender(null);
        if (d.getCurrentStepIndex() == 0 && d.getHolder().getKind() == DepartmentKind.DESK) {
            d.setStatus(DossierStatus.RECEIVED);
        }
        return typed(r.reason());
    }
}
