// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;

import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.workflow.Note;

/** What the pausing actions share: pauses and the deadlines they move, the tax agency (the Mẫu 02: {@link SupplementPapers}). */
final class PauseActions {

    static void openPause(DossierEntity d, PauseReason reason, LocalDateTime now) {
        PauseEntity pause = new PauseEntity();
        pause.setDossier(d);
        pause.setReason(reason);
        pause.setStartedAt(now);
        pause.setStepIndex(d.getCurrentStepIndex());
        d.getPauses().add(pause);
    }

    static PauseEntity closePause(DossierEntity d, PauseReason reason, LocalDateTime now) {
        for (PauseEntity pause : d.getPauses()) {
            if (pause.getReason() == reason && pause.getEndedAt() == null) {
                pause.setEndedAt(now);
                return pause;
            }
        }
        return null;
    }

    static String taxAgency(ActionContext c) {
        return c.em.createQuery("select d from DepartmentEntity d where d.kind = :k and d.code = 'THUE'", DepartmentEntity.class)
                .setParameter("k", DepartmentKind.EXTERNAL).getResultList().stream().findFirst()
                .map(ActionContext::agencyName).orElse(Note.TAX_OFFICE_PARTY);
    }
}
