// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Tiếp nhận liên thông: the receiving office accepts an inter-level dossier. */
final class AcceptTransferHandler extends ActionHandler<ActionRequest.AcceptTransfer> {

    AcceptTransferHandler() {
        super(ActionType.ACCEPT_TRANSFER, ActionRequest.AcceptTransfer.class, ActionScope.TRANSFER_RECEIVER,
                from(DossierStatus.PROCESSING), null, roles(Role.DESK_OFFICER),
                "the transfer is pending; from a sibling centre (NĐ 118/2025): the dossier and its receipt count become this office's");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    Note apply(ActionContext c, ActionRequest.AcceptTransfer r) {
        DossierEntity d = c.dossier;
        TransferEntity t = c.engine.pendingTransfer(c.em, d);
        t.setState(TransferState.ACCEPTED);
        d.setTransferPending(false);
        t.setAnsweredAt(c.now);
        t.setAnsweredBy(c.user.getUsername());
        if (RoutingActions.isSibling(t.getToOffice(), t.getFromOffice()) && d.getOffice().getId().equals(t.getFromOffice().getId())) {
            // reception regardless of boundary (NĐ 118/2025): the competent centre's dossier and figures from now on
            KpiCounters.officeChanged(c, t.getToOffice());
            d.setOffice(t.getToOffice());
        }
        d.setCurrentOffice(t.getToOffice());
        d.setReceiverActed(true);
        RoutingActions.markReceived(c);
        return Note.NONE;
    }
}
