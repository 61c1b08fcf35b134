// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Xác nhận nộp NVTC: tax confirmed the payment; deadlines move by the tax time. */
final class ConfirmPaymentHandler extends ActionHandler<ActionRequest.ConfirmPayment> {

    ConfirmPaymentHandler() {
        super(ActionType.CONFIRM_PAYMENT, ActionRequest.ConfirmPayment.class, ActionScope.HOLDER,
                from(DossierStatus.FINANCIAL_OBLIGATION), DossierStatus.PROCESSING,
                roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD), "due times recomputed without the tax time");
    }

    @Override
    Note apply(ActionContext c, ActionRequest.ConfirmPayment r) {
        DossierEntity d = c.dossier;
        PauseActions.closePause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        d.setStatus(DossierStatus.PROCESSING);
        // the tax time is skipped: every due time is recomputed with this pause (docs/core.md)
        Deadlines.recompute(c.engine.calculator(), c.receivingCalendar(), c.holderCalendar(), d);
        c.slip(PauseActions.taxAgency(c), ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                Note.of("slip.note.paymentConfirmed")).setReceivedAt(c.now);
        return Note.NONE;
    }
}
