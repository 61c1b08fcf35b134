// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Từ chối tiếp nhận (Mẫu 03): a dossier is refused at reception with a reason (WorkflowEngine.refuse). */
final class RefuseHandler extends ActionHandler<ActionRequest> {

    RefuseHandler() {
        super(ActionType.REFUSE, null, ActionScope.INTAKE, Set.of(), DossierStatus.REFUSED, roles(Role.DESK_OFFICER),
                "reason required (Mẫu 03)");
    }

    @Override
    Note apply(ActionContext c, ActionRequest request) {
        throw new UnsupportedOperationException("a dossier is refused with WorkflowService.refuse");
    }
}
