// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionScope;

/**
 * Decides an {@link ActionScope} for the actor and the dossier: throws the refusal that explains why not.
 * The desk stage belongs to the dossier's receiving desk (the one-stop desk department that received it), and
 * only to its desk roles ({@link Role#isDesk()}): not to the other departments of the office.
 */
final class ScopeRules {

    private ScopeRules() {
    }

    static void require(ActionHandler<?> handler, ActionContext c, TransferEntity pending) {
        DossierEntity d = c.dossier;
        switch (handler.rule().scope()) {
            case INTAKE -> requireAtDesk(c.user, c.user.getOffice());
            case TRANSFER_RECEIVER -> {
                if (pending == null || !pending.getToOffice().getId().equals(c.user.getOffice().getId())) {
                    throw new MotCuaException("transfer.notForYou", d.getCode());
                }
                requireAtDesk(c.user, pending.getToOffice()); // the liên thông inbox is the one-stop desk's
            }
            case LAST_SENDER -> {
                if (d.getLastSender() == null || !d.getLastSender().getId().equals(c.user.getId())) {
                    throw new MotCuaException("recall.notLastSender", d.getCode());
                }
                if (d.isReceiverActed()) {
                    throw new MotCuaException("recall.receiverActed", d.getCode());
                }
            }
            case RECEIVING_DESK -> requireReceivingDesk(c);
            case TOP_ADMINISTRATOR -> {
                if (c.user.getOffice().getParent() != null) {
                    throw new MotCuaException("succession.topAdminOnly", c.user.getUsername());
                }
            }
            case HOLDER_OR_RECEIVING_DESK -> {
                if (!(isHolder(c) && hasDeskRole(c.user))) {
                    requireReceivingDesk(c);
                }
            }
            case HOLDER_OR_RECEPTION -> {
                if (d.getStatus() == DossierStatus.RECEIVED) {
                    requireReceivingDesk(c); // the desk stage: not the other departments, even of the same office
                } else if (!isHolder(c)) {
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

    /**
     * Intake (and the liên thông inbox): {@code user} has a desk role and works in a one-stop desk department of
     * {@code office}; @return that department, which becomes the receiving desk of a dossier received there
     */
    static DepartmentEntity requireAtDesk(UserEntity user, OfficeEntity office) {
        DepartmentEntity mine = user.getDepartment();
        if (mine == null || mine.getKind() != DepartmentKind.DESK || !mine.getOffice().getId().equals(office.getId())) {
            throw new MotCuaException("action.notAtDesk", user.getUsername(), office.getName());
        }
        requireDeskRole(user);
        return mine;
    }

    private static void requireNoPendingTransfer(TransferEntity pending, DossierEntity d) {
        if (pending != null) {
            throw new MotCuaException("transfer.pending", d.getCode(), pending.getToOffice().getName());
        }
    }

    /** The dossier's receiving desk: a desk role in the department that received it. */
    private static void requireReceivingDesk(ActionContext c) {
        DepartmentEntity desk = c.dossier.getReceivingDepartment();
        DepartmentEntity mine = c.user.getDepartment();
        if (mine == null || !mine.getId().equals(desk.getId())) {
            throw new MotCuaException("action.notReceivingDesk", c.dossier.getCode(), ActionContext.agencyName(desk));
        }
        requireDeskRole(c.user);
    }

    private static void requireDeskRole(UserEntity user) {
        if (!hasDeskRole(user)) {
            throw new MotCuaException("action.deskRoleRequired", user.getUsername());
        }
    }

    private static boolean hasDeskRole(UserEntity user) {
        return user.getRoles().stream().anyMatch(Role::isDesk);
    }

    static boolean isHolder(ActionContext c) {
        DepartmentEntity holder = c.dossier.getHolder();
        DepartmentEntity mine = c.user.getDepartment();
        return holder != null && mine != null && holder.getId().equals(mine.getId());
    }
}
