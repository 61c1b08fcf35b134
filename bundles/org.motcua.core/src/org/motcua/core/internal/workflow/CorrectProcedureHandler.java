// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/** Sửa thủ tục: the desk corrects the procedure of a dossier not handed over yet; steps and appointment are recomputed. */
final class CorrectProcedureHandler extends ActionHandler<ActionRequest.CorrectProcedure> {

    CorrectProcedureHandler() {
        super(ActionType.CORRECT_PROCEDURE, ActionRequest.CorrectProcedure.class, ActionScope.RECEIVING_DESK,
                from(DossierStatus.RECEIVED), null, roles(Role.DESK_OFFICER),
                "before hand-over; reason; steps and appointment recomputed");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        DossierEntity d = c.dossier;
        List<InputChoice> choices = c.engine.procedures().inForce(d.getReceivedAt().toLocalDate()).stream()
                .filter(p -> fits(p, d)).map(p -> new InputChoice(p.code(), p.code() + " – " + p.nameVi(),
                        p.code() + " – " + p.nameEn()))
                .toList();
        return List.of(Inputs.choice("procedure", InputKind.PROCEDURE, choices), Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.CorrectProcedure r) {
        WorkflowEngine.requireText(r.reason(), "correct.reasonRequired");
        DossierEntity d = c.dossier;
        ProcedureDefinition definition = c.engine.procedures().find(r.procedureCode(), d.getReceivedAt().toLocalDate())
                .orElseThrow(() -> new MotCuaException("procedure.unknown", r.procedureCode()));
        if (!fits(definition, d)) {
            throw new MotCuaException("procedure.wrongLevel", definition.code(), d.getOffice().getName());
        }
        String codeBefore = d.getProcedureCode();
        String versionBefore = d.getProcedureVersion();
        c.em.createQuery("delete from PostingRecordEntity p where p.dossier = :d").setParameter("d", d).executeUpdate();
        c.engine.applyProcedure(d, definition);
        DossierFields.replace(c.em, d, definition, r.fieldValues(), !c.engine.isImporting());
        c.em.flush();
        c.engine.startClock(c.em, d, d.getValidReceivedAt());
        return Note.of("note.correctProcedure", codeBefore, versionBefore, definition.code(), definition.version(),
                r.reason().trim());
    }

    /** Whether the dossier may be corrected to {@code definition}: a procedure its office's level receives. */
    private static boolean fits(ProcedureDefinition definition, DossierEntity d) {
        return definition.receivingLevel() == d.getOffice().getLevel();
    }
}
