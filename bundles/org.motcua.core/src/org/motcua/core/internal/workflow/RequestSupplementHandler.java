// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/** Yêu cầu bổ sung (Mẫu 02): itemised papers and a reason, within the procedure's limit; the clock pauses. */
final class RequestSupplementHandler extends ActionHandler<ActionRequest.RequestSupplement> {

    RequestSupplementHandler() {
        super(ActionType.REQUEST_SUPPLEMENT, ActionRequest.RequestSupplement.class, ActionScope.HOLDER_OR_RECEPTION,
                from(DossierStatus.RECEIVED, DossierStatus.PROCESSING), DossierStatus.SUPPLEMENT_REQUESTED,
                roles(Role.DESK_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "items and reason; within the procedure's limit (working days since valid receipt); rounds counted; clock pauses");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.text("items", InputKind.LINES, true, Inputs.ITEMS_LENGTH, null), Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.RequestSupplement r) {
        DossierEntity d = c.dossier;
        PauseActions.validateRequest(r.items(), r.reason());
        WorkingCalendar calendar = c.receivingCalendar();
        long elapsed = c.engine.calculator().workingMinutesBetween(calendar, d.getValidReceivedAt(), c.now);
        long limit = d.getSupplementLimit().multiply(BigDecimal.valueOf(calendar.workingMinutesPerDay())).longValue();
        if (elapsed > limit) {
            c.breach(new MotCuaException("supplement.tooLate", d.getCode(), d.getSupplementLimit().stripTrailingZeros()
                    .toPlainString(), WorkflowEngine.days(elapsed, calendar).toPlainString()));
        }
        PauseActions.recordSupplementRequest(c, r.items(), r.reason());
        d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
        PauseActions.openPause(d, PauseReason.SUPPLEMENT, c.now);
        c.slip(ActionContext.agencyName(d.getHolder()), Note.APPLICANT_PARTY, null,
                Note.of("slip.note.supplementRequest", String.join("; ", r.items())));
        return typed(r.reason());
    }
}
