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

/** Rút hồ sơ: the applicant withdraws the dossier; a stop notice is issued (status 7). */
final class WithdrawHandler extends ActionHandler<ActionRequest.Withdraw> {

    WithdrawHandler() {
        super(ActionType.WITHDRAW, ActionRequest.Withdraw.class, ActionScope.RECEIVING_DESK, from(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION),
                DossierStatus.WITHDRAWN, roles(Role.DESK_OFFICER), "reason (stop notice)");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Withdraw r) {
        return ClosingActions.close(c, DossierStatus.WITHDRAWN, r.reason(), "withdraw.reasonRequired");
    }
}
