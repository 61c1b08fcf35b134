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

/** Chuyển bước: the holder forwards to a department of the next step, in this office or (inter-level) another. */
final class ForwardHandler extends ActionHandler<ActionRequest.Forward> {

    ForwardHandler() {
        super(ActionType.FORWARD, ActionRequest.Forward.class, ActionScope.HOLDER, from(DossierStatus.PROCESSING), null,
                roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "step guards pass; target allowed by the next step (code, level, this office, an ancestor or a sibling NĐ 118/2025 centre); another office ⇒ inter-level transfer");
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
        return List.of(RoutingActions.targets(c), Inputs.note());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Forward r) {
        RoutingActions.moveTo(c, RoutingActions.department(c, r.departmentId()), c.dossier.getCurrentStepIndex() + 1, true);
        return typed(r.note());
    }
}
