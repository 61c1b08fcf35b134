// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/**
 * Bàn giao cho cơ quan kế thừa: an open dossier of an office abolished by the reorganisation of 1 July 2025 (the
 * districts; merged communes) is handed to the successor recorded for it ({@link Succession}). Its receiving office,
 * the office it is in, its receiving desk and the department holding it move to the successor (a department of the
 * same code, else its one-stop desk), its steps still to come at the abolished office's level move to the
 * successor's level, and the successor's department takes it like any hand-over (Mẫu 05 "received"). The figures
 * already counted stay with the old office (its history); from now on the successor's count the dossier. Recorded
 * at the time it is done; the legal date is the note's data.
 */
final class HandToSuccessorHandler extends ActionHandler<ActionRequest.HandToSuccessor> {

    HandToSuccessorHandler() {
        super(ActionType.HAND_TO_SUCCESSOR, ActionRequest.HandToSuccessor.class, ActionScope.TOP_ADMINISTRATOR,
                from(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                        DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED),
                null, roles(Role.ADMINISTRATOR),
                "open (a finished one: result not handed back yet); its office abolished, a successor in force on"
                        + " today's date; no inter-level transfer pending; every office and department mapped");
    }

    @Override
    boolean routes() {
        return true;
    }

    @Override
    void requireApplicable(ActionContext c) {
        DossierEntity d = c.dossier;
        if (!Succession.concerns(c.em, d, c.now.toLocalDate())) {
            throw new MotCuaException("succession.none", d.getCode());
        }
        if (d.isTransferPending()) {
            throw new MotCuaException("succession.transferPending", d.getCode());
        }
    }

    @Override
    Note apply(ActionContext c, ActionRequest.HandToSuccessor r) {
        DossierEntity d = c.dossier;
        LocalDate today = c.now.toLocalDate();
        OfficeEntity old = d.getCurrentOffice();
        Succession.Successor successor = Succession.of(c.em, old, today);
        if (successor == null) { // the office it is in stays; its receiving office was abolished
            successor = Succession.of(c.em, d.getOffice(), today);
            old = d.getOffice();
        }
        OfficeEntity current = Succession.map(c.em, d.getCurrentOffice(), today);
        DepartmentEntity from = d.getHolder();
        DepartmentEntity holder = from == null ? null : Succession.counterpart(c.em, current, from);
        DepartmentEntity receivingDesk = d.getReceivingDepartment();
        OfficeEntity receiving = Succession.map(c.em, d.getOffice(), today);
        if (!receivingDesk.getOffice().getId().equals(receiving.getId())) {
            receivingDesk = Succession.desk(c.em, receiving);
        }
        for (DossierStepEntity step : d.getSteps()) {
            if (step.getCompletedAt() == null && step.getStepIndex() >= d.getCurrentStepIndex()
                    && step.getLevel() == d.getCurrentOffice().getLevel()) {
                step.setLevel(current.getLevel()); // the competence moved with the office (NĐ 118/2025)
            }
            if (step.getHolder() != null && step.getCompletedAt() == null) {
                step.setHolder(Succession.counterpart(c.em, Succession.map(c.em, step.getHolder().getOffice(), today),
                        step.getHolder()));
            }
        }
        d.setOffice(receiving);
        d.setCurrentOffice(current);
        d.setReceivingDepartment(receivingDesk);
        d.setHolder(holder);
        d.setLastSender(c.user);
        d.setLastSenderDepartment(from);
        d.setLastSenderStepIndex(d.getCurrentStepIndex());
        d.setReceiverActed(d.getStatus() != DossierStatus.PROCESSING); // a department takes it (Mẫu 05 "received")
        Note note = Note.of("note.succession", old.getCode(), successor.office().getCode(),
                successor.legalDate().toString(), successor.legalBasis());
        DossierStepEntity step = d.getSteps().get(d.getCurrentStepIndex());
        c.slip(from == null ? old.getName() : ActionContext.agencyName(from),
                holder == null ? current.getName() : ActionContext.agencyName(holder), step.getDueAt(), note);
        return note;
    }
}
