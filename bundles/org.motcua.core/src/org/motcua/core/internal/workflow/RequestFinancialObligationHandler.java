// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Yêu cầu nghĩa vụ tài chính: the tax slip was sent; the clock pauses (two-stage appointment). */
final class RequestFinancialObligationHandler extends ActionHandler<ActionRequest.RequestFinancialObligation> {

    RequestFinancialObligationHandler() {
        super(ActionType.REQUEST_FINANCIAL_OBLIGATION, ActionRequest.RequestFinancialObligation.class, ActionScope.HOLDER,
                from(DossierStatus.PROCESSING), DossierStatus.FINANCIAL_OBLIGATION,
                roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD), "only at the step that carries the financial obligation, once; clock pauses (two-stage appointment)");
    }

    @Override
    void requireApplicable(ActionContext c) {
        DossierEntity d = c.dossier;
        if (!d.isFinancialObligation()) {
            throw new MotCuaException("financial.notApplicable", d.getProcedureNameVi());
        }
        int step = d.getCurrentStepIndex();
        DossierStepEntity current = d.getSteps().get(step);
        if (!current.isFinancialObligation()) {
            throw new MotCuaException("financial.notThisStep", d.getCode(), current.getNameVi());
        }
        if (Deadlines.pausedAt(d, PauseReason.FINANCIAL_OBLIGATION, step)) {
            throw new MotCuaException("financial.alreadyRequested", d.getCode(), current.getNameVi());
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.note());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.RequestFinancialObligation r) {
        DossierEntity d = c.dossier;
        d.setStatus(DossierStatus.FINANCIAL_OBLIGATION);
        PauseActions.openPause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        c.slip(ActionContext.agencyName(d.getHolder()), PauseActions.taxAgency(c), null, Note.of("slip.note.taxSlip"));
        return typed(r.note());
    }
}
