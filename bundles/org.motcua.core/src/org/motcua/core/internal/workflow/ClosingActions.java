// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.workflow.Note;

/** What withdrawal and stop share: the dossier closes with a stop notice. */
final class ClosingActions {

    static Note close(ActionContext c, DossierStatus status, String reason, String reasonKey) {
        WorkflowEngine.requireText(reason, reasonKey);
        DossierEntity d = c.dossier;
        d.setStatus(status);
        d.setClosedAt(c.now);
        d.setClosingReason(reason.trim());
        PauseActions.closePause(d, PauseReason.SUPPLEMENT, c.now);
        PauseActions.closePause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        TransferEntity pending = c.engine.pendingTransfer(c.em, d);
        if (pending != null) {
            d.setTransferPending(false);
            pending.setState(TransferState.RECALLED);
            pending.setAnsweredAt(c.now);
            pending.setReason(reason.trim());
        }
        return Note.of("note.stopNotice", reason.trim());
    }

}
