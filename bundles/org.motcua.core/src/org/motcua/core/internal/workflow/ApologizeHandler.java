// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/**
 * Xin lỗi và hẹn lại (Mẫu 04): once, before the due time, to a later date; the original due is kept. The law asks for
 * it at least one working day before due (QĐ 138/2025/QĐ-UBND Đồng Tháp, Quy chế Điều 3.6; domain brief §1.7): one
 * issued later is still accepted until the due time, since refusing it would only leave the applicant untold, and is
 * marked late ({@code apology_late}) and counted (docs/kpi.md, "Mẫu 04 less than a working day before due").
 */
final class ApologizeHandler extends ActionHandler<ActionRequest.Apologize> {

    ApologizeHandler() {
        super(ActionType.APOLOGIZE, ActionRequest.Apologize.class, ActionScope.HOLDER_OR_LEADER, from(DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION), null,
                roles(Role.DEPARTMENT_HEAD, Role.LEADER),
                "once; before due (less than one working day before: counted as late); later date; reason (Mẫu 04); original due kept");
    }

    @Override
    void requireApplicable(ActionContext c) {
        if (c.dossier.isReappointed()) {
            c.breach(new MotCuaException("apologize.onlyOnce", c.dossier.getCode()));
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        LocalDateTime due = c.dossier.getDueAt();
        String suggested = (due == null ? c.now.toLocalDate().plusDays(3).atTime(16, 0) : due.plusDays(3)).toString();
        return List.of(Inputs.date("newDue", InputKind.DATE_TIME, suggested), Inputs.reason());
    }

    @Override
    Note apply(ActionContext c, ActionRequest.Apologize r) {
        WorkflowEngine.requireText(r.reason(), "apologize.reasonRequired");
        DossierEntity d = c.dossier;
        if (d.getDueAt() == null || r.newDue() == null) {
            throw new MotCuaException("apologize.newDueRequired");
        }
        WorkingCalendar calendar = c.receivingCalendar();
        LocalDateTime latest = c.engine.calculator().apologyDeadline(calendar, d.getDueAt());
        if (c.now.isAfter(d.getDueAt())) {
            c.breach(new MotCuaException("apologize.tooLate", d.getCode(), d.getDueAt().toString(), latest.toString()));
        }
        if (!r.newDue().isAfter(d.getDueAt())) {
            throw new MotCuaException("apologize.newDueNotLater", r.newDue().toString(), d.getDueAt().toString());
        }
        d.setApologyLate(c.now.isAfter(latest));
        d.setOriginalDueAt(d.getDueAt());
        d.setDueAt(r.newDue());
        d.setReappointed(true);
        d.setReappointedAt(c.now);
        d.setReappointedDueAt(r.newDue());
        return Note.of("note.apologize", r.reason().trim(), d.getOriginalDueAt(), r.newDue());
    }
}
