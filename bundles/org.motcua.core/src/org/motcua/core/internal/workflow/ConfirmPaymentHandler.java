package org.motcua.core.internal.workflow;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;

/** Xác nhận nộp NVTC: tax confirmed the payment; deadlines move by the tax time. */
final class ConfirmPaymentHandler extends ActionHandler<ActionRequest.ConfirmPayment> {

    ConfirmPaymentHandler() {
        super(ActionType.CONFIRM_PAYMENT, ActionRequest.ConfirmPayment.class, ActionScope.HOLDER,
                from(DossierStatus.FINANCIAL_OBLIGATION), DossierStatus.PROCESSING,
                roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD), "deadlines move by the tax time");
    }

    @Override
    String apply(ActionContext c, ActionRequest.ConfirmPayment r) {
        DossierEntity d = c.dossier;
        PauseEntity pause = PauseActions.closePause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        d.setStatus(DossierStatus.PROCESSING);
        if (pause != null) {
            PauseActions.shiftDeadlines(c, pause);
        }
        c.slip(PauseActions.taxAgency(c), ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                "Đã nộp NVTC / payment confirmed").setReceivedAt(c.now);
        return null;
    }
}
