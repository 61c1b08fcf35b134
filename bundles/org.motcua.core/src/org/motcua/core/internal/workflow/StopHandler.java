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

/** Dừng xử lý: the agency stops processing; a stop notice is issued (status 8). */
final class StopHandler extends ActionHandler<ActionRequest.Stop> {

    StopHandler() {
        super(ActionType.STOP, ActionRequest.Stop.class, ActionScope.HOLDER_OR_LEADER, from(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION),
                DossierStatus.STOPPED, roles(Role.DEPARTMENT_HEAD, Role.LEADER), "reason (stop notice)");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Stop r) {
        return ClosingActions.close(c, DossierStatus.STOPPED, r.reason(), "stop.reasonRequired");
    }
}
