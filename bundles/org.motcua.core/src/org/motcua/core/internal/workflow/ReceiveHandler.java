// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Tiếp nhận: a complete dossier is received (WorkflowEngine.receive); Mẫu 01 with the appointment. */
final class ReceiveHandler extends ActionHandler<ActionRequest> {

    ReceiveHandler() {
        super(ActionType.RECEIVE, null, ActionScope.INTAKE, Set.of(), DossierStatus.RECEIVED,
                roles(Role.DESK_OFFICER, Role.POSTAL_DESK),
                "procedure in force and of the office's level; applicant validated; form fields validated, all problems at once; appointment from the office calendar (cut-off)");
    }

    @Override
    Note apply(ActionContext c, ActionRequest request) {
        throw new UnsupportedOperationException("a dossier is received with WorkflowService.receive");
    }
}
