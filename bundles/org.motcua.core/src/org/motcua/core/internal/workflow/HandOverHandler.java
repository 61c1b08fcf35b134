// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Bàn giao: the desk hands the received dossier to a department the next step allows. */
final class HandOverHandler extends ActionHandler<ActionRequest.HandOver> {

    HandOverHandler() {
        super(ActionType.HAND_OVER, ActionRequest.HandOver.class, ActionScope.RECEIVING_DESK, from(DossierStatus.RECEIVED),
                DossierStatus.PROCESSING, roles(Role.DESK_OFFICER, Role.POSTAL_DESK),
                "to a department the next step allows (this office, an ancestor or a sibling NĐ 118/2025 centre: inter-level transfer)");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    void requireApplicable(ActionContext c) {
        RoutingActions.requireNextStep(c.dossier);
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(RoutingActions.targets(c));
    }

    @Override
    Note apply(ActionContext c, ActionRequest.HandOver r) {
        RoutingActions.moveTo(c, RoutingActions.department(c, r.departmentId()), c.dossier.getCurrentStepIndex() + 1, true);
        c.dossier.setStatus(DossierStatus.PROCESSING);
        if (c.dossier.getForwardedAt() == null) {
            c.dossier.setForwardedAt(c.now); // the first hand-over is judged against the same-day forwarding rule
        }
        return Note.NONE;
    }
}
