// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionScope;

/** Decides an {@link ActionScope} for the actor and the dossier: throws the refusal that explains why not. */
final class ScopeRules {

    private ScopeRules() {
    }

    static void require(ActionHandler<?> handler, ActionContext c, TransferEntity pending) {
        DossierEntity d = c.dossier;
        switch (handler.rule().scope()) {
            case TRANSFER_RECEIVER -> {
                if (pending == null || !pending.getToOffice().getId().equals(c.user.getOffice().getId())) {
                    throw new MotCuaException("transfer.notForYou", d.getCode());
                }
            }
            case LAST_SENDER -> {
                if (d.getLastSender() == null || !d.getLastSender().getId().equals(c.user.getId())) {
                    throw new MotCuaException("recall.notLastSender", d.getCode());
                }
                if (d.isReceiverActed()) {
                    throw new MotCuaException("recall.receiverActed", d.getCode());
                }
            }
            case INTAKE, RECEIVING_OFFICE -> requireReceivingDesk(c);
            case HOLDER_OR_RECEIVING_OFFICE -> {
                if (!isReceivingDesk(c) && !isHolder(c)) {
                    throw new MotCuaException("action.notYourDossier", d.getCode());
                }
            }
            case HOLDER_OR_RECEPTION -> {
                boolean deskStage = d.getStatus() == DossierStatus.RECEIVED && isReceivingDesk(c);
                if (!deskStage && !isHolder(c)) {
                    throw new MotCuaException("action.notYourDossier", d.getCode());
                }
                requireNoPendingTransfer(pending, d);
            }
            case HOLDER_OR_LEADER -> {
                boolean leader = c.user.getRoles().contains(Role.LEADER)
                        && c.user.getOffice().getId().equals(d.getCurrentOffice().getId());
                if (!leader && !isHolder(c)) {
                    throw new MotCuaException("action.notYourDossier", d.getCode());
                }
            }
            case HOLDER -> {
                if (!isHolder(c)) {
                    throw new MotCuaException("action.notYourDossier", d.getCode());
                }
                requireNoPendingTransfer(pending, d);
                if (handler.needsTaken() && d.getStatus() == DossierStatus.PROCESSING && !d.isReceiverActed()
                        && d.getLastSender() != null) {
                    // the holder must take the dossier first (Mẫu 05 "nhận"): it marks when the step began
                    throw new MotCuaException("action.takeFirst", d.getCode());
                }
            }
        }
    }

    private static void requireNoPendingTransfer(TransferEntity pending, DossierEntity d) {
        if (pending != null) {
            throw new MotCuaException("transfer.pending", d.getCode(), pending.getToOffice().getName());
        }
    }

    private static void requireReceivingDesk(ActionContext c) {
        if (!isReceivingDesk(c)) {
            throw new MotCuaException("action.notYourOffice", c.dossier.getCode(), c.dossier.getOffice().getName());
        }
    }

    static boolean isReceivingDesk(ActionContext c) {
        return c.user.getOffice().getId().equals(c.dossier.getOffice().getId());
    }

    static boolean isHolder(ActionContext c) {
        DepartmentEntity holder = c.dossier.getHolder();
        DepartmentEntity mine = c.user.getDepartment();
        return holder != null && mine != null && holder.getId().equals(mine.getId());
    }
}
