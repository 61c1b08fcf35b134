// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Trả kết quả: the dossier's receiving desk hands the result to the applicant (status 10). */
final class ReturnResultHandler extends ActionHandler<ActionRequest.ReturnResult> {

    ReturnResultHandler() {
        super(ActionType.RETURN_RESULT, ActionRequest.ReturnResult.class, ActionScope.RECEIVING_DESK,
                from(DossierStatus.FINISHED), DossierStatus.RETURNED, roles(Role.DESK_OFFICER, Role.POSTAL_DESK),
                "the result handed to the applicant");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        return List.of(Inputs.note());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.ReturnResult r) {
        DossierEntity d = c.dossier;
        d.setReturnedAt(c.now);
        d.setClosedAt(c.now);
        d.setStatus(DossierStatus.RETURNED);
        c.slip(ActionContext.agencyName(d.getHolder()), Note.APPLICANT_PARTY, null, Note.of("slip.note.resultReturned"))
                .setReceivedAt(c.now);
        return typed(r.note());
    }
}
