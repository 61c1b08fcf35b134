package org.motcua.core.internal.workflow;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;

/** Sửa thủ tục: the desk corrects the procedure of a dossier not handed over yet; steps and appointment are recomputed. */
final class CorrectProcedureHandler extends ActionHandler<ActionRequest.CorrectProcedure> {

    CorrectProcedureHandler() {
        super(ActionType.CORRECT_PROCEDURE, ActionRequest.CorrectProcedure.class, ActionScope.RECEIVING_OFFICE,
                from(DossierStatus.RECEIVED), null, roles(Role.DESK_OFFICER),
                "before hand-over; reason; steps and appointment recomputed");
    }

    @Override
    String apply(ActionContext c, ActionRequest.CorrectProcedure r) {
        WorkflowEngine.requireText(r.reason(), "correct.reasonRequired");
        DossierEntity d = c.dossier;
        ProcedureDefinition definition = c.engine.procedures().find(r.procedureCode(), d.getReceivedAt().toLocalDate())
                .orElseThrow(() -> new MotCuaException("procedure.unknown", r.procedureCode()));
        if (definition.receivingLevel() != d.getOffice().getLevel()) {
            throw new MotCuaException("procedure.wrongLevel", definition.code(), d.getOffice().getName());
        }
        String before = d.getProcedureCode() + " " + d.getProcedureVersion();
        c.em.createQuery("delete from PostingRecordEntity p where p.dossier = :d").setParameter("d", d).executeUpdate();
        c.engine.applyProcedure(d, definition);
        DossierFields.replace(c.em, d, definition, r.fieldValues(), !c.engine.isImporting());
        c.em.flush();
        c.engine.startClock(c.em, d, d.getValidReceivedAt());
        return before + " → " + definition.code() + " " + definition.version() + ": " + r.reason().trim();
    }
}
