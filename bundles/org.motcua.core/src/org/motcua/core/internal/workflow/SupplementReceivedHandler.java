// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;


import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.Note;

/** Nhận bổ sung: the applicant's supplement arrived; the clock runs on (PAUSE) or restarts (RESTART). */
final class SupplementReceivedHandler extends ActionHandler<ActionRequest.SupplementReceived> {

    SupplementReceivedHandler() {
        super(ActionType.SUPPLEMENT_RECEIVED, ActionRequest.SupplementReceived.class, ActionScope.HOLDER_OR_RECEIVING_DESK,
                from(DossierStatus.SUPPLEMENT_REQUESTED), null, roles(Role.DESK_OFFICER, Role.POSTAL_DESK),
                "back to 2 (at the desk) or 4; PAUSE policy: due times recomputed without the pause; RESTART policy: the clock restarts");
    }

    @Override
    String targetText() {
        return "2 or 4";
    }

    @Override
    Note apply(ActionContext c, ActionRequest.SupplementReceived r) {
        DossierEntity d = c.dossier;
        c.em.createQuery("select s from SupplementRequestEntity s where s.dossier = :d and s.receivedAt is null",
                SupplementRequestEntity.class).setParameter("d", d).getResultList().forEach(s -> s.setReceivedAt(c.now));
        PauseActions.closePause(d, PauseReason.SUPPLEMENT, c.now);
        boolean atDesk = d.getCurrentStepIndex() == 0 && d.getHolder().getKind() == DepartmentKind.DESK;
        d.setStatus(atDesk ? DossierStatus.RECEIVED : DossierStatus.PROCESSING);
        // complete at last (reception) or a RESTART procedure: the clock restarts; else the pause is skipped
        Deadlines.afterSupplement(c.engine.calculator(), c.receivingCalendar(), c.holderCalendar(), d, c.now);
        c.slip(Note.APPLICANT_PARTY, ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                Note.of("slip.note.supplementRound", d.getSupplementRounds())).setReceivedAt(c.now);
        return Note.NONE;
    }
}
