// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierDocumentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/**
 * Sửa thủ tục: the receiving desk corrects the procedure of a dossier at the desk, before the hand-over or once the
 * department sent it back ({@link ReturnForCorrectionHandler}). The dossier keeps its code and takes the version of
 * the correct procedure that was in force on the day of its receipt. When the papers received meet the new
 * procedure's list, the receipt time is kept and the appointment recomputed from it; otherwise the desk issues a
 * Mẫu 02 for the missing papers and the clock starts when they arrive. Its KPI counts move to the new procedure.
 */
final class CorrectProcedureHandler extends ActionHandler<ActionRequest.CorrectProcedure> {

    CorrectProcedureHandler() {
        super(ActionType.CORRECT_PROCEDURE, ActionRequest.CorrectProcedure.class, ActionScope.RECEIVING_DESK,
                from(DossierStatus.RECEIVED), null, roles(Role.DESK_OFFICER),
                "at the desk (before hand-over or sent back); reason; version in force at receipt; papers meet the list ⇒"
                        + " receipt kept, else Mẫu 02 (5); KPI counts moved");
    }

    @Override
    String targetText() {
        return "same or 5";
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
        // the version in force on the day of the original receipt, not today's
        ProcedureDefinition definition = c.engine.procedures().find(r.procedureCode(), d.getReceivedAt().toLocalDate())
                .orElseThrow(() -> new MotCuaException("procedure.unknown", r.procedureCode()));
        if (!fits(definition, d)) {
            throw new MotCuaException("procedure.wrongLevel", definition.code(), d.getOffice().getName());
        }
        String codeBefore = d.getProcedureCode();
        String versionBefore = d.getProcedureVersion();
        boolean sentBack = d.getSteps().get(0).getCompletedAt() != null; // handed over once, sent back by the department
        List<KpiCounters.Count> moved = KpiCounters.countsOf(c);
        c.em.createQuery("delete from PostingRecordEntity p where p.dossier = :d").setParameter("d", d).executeUpdate();
        d.getPauses().forEach(p -> p.setStepIndex(null)); // steps of the old procedure: no pause belongs to a new step
        c.engine.applyProcedure(d, definition);
        DossierFields.replace(c.em, d, definition, r.fieldValues(), !c.engine.isImporting());
        List<String> missing = checklist(d, definition);
        c.em.flush();
        DepartmentEntity desk = d.getReceivingDepartment();
        RoutingActions.markReceived(c); // a dossier sent back: the desk has it
        Note slipNote = Note.of("slip.note.correctProcedure", codeBefore, versionBefore, definition.code(),
                definition.version());
        if (missing.isEmpty()) {
            // the papers meet the new list: the receipt stands, the appointment runs from it
            LocalDateTime validReceipt = d.getValidReceivedAt();
            c.engine.startClock(c.em, d, validReceipt);
            if (sentBack) { // the desk's stage runs from now, the appointment still from the receipt
                DossierStepEntity reception = c.currentStep();
                reception.setStartedAt(c.now);
                Deadlines.recompute(c.engine.calculator(), c.receivingCalendar(), c.receivingCalendar(), d);
            }
            c.slip(ActionContext.agencyName(desk), ActionContext.agencyName(desk), c.currentStep().getDueAt(), slipNote);
        } else {
            // papers missing for the new procedure: a Mẫu 02, and the clock starts when they arrive (as at reception)
            c.slip(ActionContext.agencyName(desk), ActionContext.agencyName(desk), null, slipNote);
            d.setValidReceivedAt(null);
            d.setDueAt(null);
            d.getSteps().get(0).setHolder(desk);
            SupplementPapers.record(c, SupplementPapers.check(ActionRequest.RequestSupplement.of(missing, r.reason()).items(),
                    SupplementPapers.list(c), c.now.toLocalDate()), r.reason(), null);
            d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
            c.slip(ActionContext.agencyName(desk), Note.APPLICANT_PARTY, null,
                    Note.of("slip.note.supplementRequest", String.join("; ", missing)));
        }
        KpiCounters.procedureCorrected(c, moved, codeBefore);
        return Note.of("note.correctProcedure", codeBefore, versionBefore, definition.code(), definition.version(),
                r.reason().trim());
    }

    /**
     * Brings the reception checklist to {@code definition}'s list: each of its papers not on the checklist is added,
     * not received. @return the required papers not received
     */
    private static List<String> checklist(DossierEntity d, ProcedureDefinition definition) {
        List<DossierDocumentEntity> documents = d.getDocuments();
        List<String> missing = new java.util.ArrayList<>();
        for (DocumentRequirement required : definition.documents()) {
            DossierDocumentEntity held = documents.stream().filter(doc -> doc.getName().equals(required.nameVi()))
                    .findFirst().orElse(null);
            if (held == null) {
                held = new DossierDocumentEntity();
                held.setDossier(d);
                held.setPosition(documents.size());
                held.setName(required.nameVi());
                held.setOriginal(required.original());
                held.setCount(required.count());
                held.setReceived(false);
                documents.add(held);
            }
            if (!held.isReceived() && !required.optional()) {
                missing.add(required.nameVi());
            }
        }
        return missing;
    }

    /** Whether the dossier may be corrected to {@code definition}: a procedure its office's level receives. */
    private static boolean fits(ProcedureDefinition definition, DossierEntity d) {
        return definition.receivingLevel() == d.getOffice().getLevel();
    }
}
