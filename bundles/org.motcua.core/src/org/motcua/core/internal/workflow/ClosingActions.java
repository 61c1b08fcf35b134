// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionRequest;

/** Apology and re-appointment, withdrawal and stop, finish, return of the result, procedure correction. */
final class ClosingActions {

    String apologize(ActionContext c, ActionRequest.Apologize r) {
        WorkflowEngine.requireText(r.reason(), "apologize.reasonRequired");
        DossierEntity d = c.dossier;
        if (d.getDueAt() == null || r.newDue() == null) {
            throw new MotCuaException("apologize.newDueRequired");
        }
        WorkingCalendar calendar = c.receivingCalendar();
        LocalDateTime latest = c.engine.calculator().apologyDeadline(calendar, d.getDueAt());
        if (c.now.isAfter(latest)) {
            throw new MotCuaException("apologize.tooLate", d.getCode(), d.getDueAt().toString(), latest.toString());
        }
        if (!r.newDue().isAfter(d.getDueAt())) {
            throw new MotCuaException("apologize.newDueNotLater", r.newDue().toString(), d.getDueAt().toString());
        }
        d.setOriginalDueAt(d.getDueAt());
        d.setDueAt(r.newDue());
        d.setReappointed(true);
        d.setReappointedAt(c.now);
        d.setReappointedDueAt(r.newDue());
        return "Mẫu 04: " + r.reason().trim() + " (" + d.getOriginalDueAt() + " → " + r.newDue() + ")";
    }

    String close(ActionContext c, DossierStatus status, String reason, String reasonKey) {
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
        return "Thông báo dừng / stop notice: " + reason.trim();
    }

    String finish(ActionContext c, ActionRequest.Finish r) {
        DossierEntity d = c.dossier;
        Guards.check(c);
        DepartmentEntity from = d.getHolder();
        RoutingActions.completeCurrentStep(c);
        d.setFinishedAt(c.now);
        d.setStatus(DossierStatus.FINISHED);
        d.setTimeliness(c.engine.calculator().classify(c.now, d.getDueAt()));
        LocalDateTime promised = d.getOriginalDueAt() != null ? d.getOriginalDueAt() : d.getDueAt();
        d.setTimelinessAgainstOriginal(c.engine.calculator().classify(c.now, promised));
        DepartmentEntity desk = c.engine.desk(c.em, d.getOffice());
        d.setHolder(desk);
        d.setLastSender(null);
        d.setReceiverActed(true);
        c.slip(ActionContext.agencyName(from), ActionContext.agencyName(desk), null, "Kết quả / result");
        return r.note();
    }

    String returnResult(ActionContext c, ActionRequest.ReturnResult r) {
        DossierEntity d = c.dossier;
        d.setReturnedAt(c.now);
        d.setClosedAt(c.now);
        d.setStatus(DossierStatus.RETURNED);
        c.slip(ActionContext.agencyName(d.getHolder()), WorkflowEngine.applicantLabel(d), null, "Trả kết quả / result returned")
                .setReceivedAt(c.now);
        return r.note();
    }

    String correctProcedure(ActionContext c, ActionRequest.CorrectProcedure r) {
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
