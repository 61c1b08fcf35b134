// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Nhận hồ sơ: the holder department takes the dossier handed to it (Mẫu 05 "received at / by"). */
final class TakeHandler extends ActionHandler<ActionRequest.Take> {

    TakeHandler() {
        super(ActionType.TAKE, ActionRequest.Take.class, ActionScope.HOLDER, from(DossierStatus.PROCESSING), null,
                roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD), "not taken yet; fills \"received at/by\" on the slip");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    boolean needsTaken() {
        return false;
    }

    @Override
    void requireApplicable(ActionContext c) {
        if (c.dossier.isReceiverActed()) {
            throw new MotCuaException("take.alreadyTaken", c.dossier.getCode());
        }
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Take r) {
        c.dossier.setReceiverActed(true);
        RoutingActions.markReceived(c);
        return Note.NONE;
    }
}
