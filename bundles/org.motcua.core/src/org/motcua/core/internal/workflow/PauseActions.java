// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.workflow.Note;

/** What the pausing actions share: the Mẫu 02 request, pauses and the deadlines they move, the tax agency. */
final class PauseActions {

    /** Writes the Mẫu 02 request itself (also used at reception for an incomplete dossier). */
    static void recordSupplementRequest(ActionContext c, List<String> items, String reason) {
        validateRequest(items, reason);
        DossierEntity d = c.dossier;
        d.setSupplementRounds(d.getSupplementRounds() + 1);
        SupplementRequestEntity request = new SupplementRequestEntity();
        request.setDossier(d);
        request.setRound(d.getSupplementRounds());
        request.setRequestedAt(c.now);
        request.setRequestedBy(c.user.getUsername());
        request.setItems(items.stream().map(String::trim).collect(Collectors.joining("\n")));
        request.setReason(reason.trim());
        c.em.persist(request);
    }

    static void validateRequest(List<String> items, String reason) {
        if (items == null || items.stream().allMatch(i -> i == null || i.isBlank())) {
            throw new MotCuaException("supplement.itemsRequired");
        }
        WorkflowEngine.requireText(reason, "supplement.reasonRequired");
    }

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
