// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.SupplementRule;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/**
 * Yêu cầu bổ sung (Mẫu 02): papers chosen from the procedure version's list (or others, each with its reason), of a
 * kind, and a reason, within the procedure's limit from the point it counts from; numbered per office and year, with
 * the applicant's deadline; the clock pauses.
 */
final class RequestSupplementHandler extends ActionHandler<ActionRequest.RequestSupplement> {

    RequestSupplementHandler() {
        super(ActionType.REQUEST_SUPPLEMENT, ActionRequest.RequestSupplement.class, ActionScope.HOLDER_OR_RECEPTION,
                from(DossierStatus.RECEIVED, DossierStatus.PROCESSING), DossierStatus.SUPPLEMENT_REQUESTED,
                roles(Role.DESK_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_HEAD),
                "papers from the procedure's list (others with a reason), kind each, reason; within the procedure's limit"
                        + " (working days from the valid receipt, or from the step's start); numbered per office and"
                        + " year; the applicant's deadline; rounds counted; clock pauses");
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        DossierEntity d = c.dossier;
        SupplementRule rule = SupplementPapers.rule(d);
        LocalDateTime due = c.engine.calculator().due(c.receivingCalendar(), c.now,
                rule.deskDays().add(rule.citizenDays()), DurationUnit.WORKING_DAYS);
        return List.of(new ActionInput("items", InputKind.PAPERS, "action.input.items", true, Inputs.ITEMS_LENGTH, null,
                SupplementPapers.choices(SupplementPapers.list(c))), Inputs.reason(),
                Inputs.date("citizenDue", InputKind.DATE, due.toLocalDate().toString()));
    }

    @Override
    Note apply(ActionContext c, ActionRequest.RequestSupplement r) {
        DossierEntity d = c.dossier;
        List<SupplementPapers.Paper> papers = SupplementPapers.check(r.items(), SupplementPapers.list(c), c.now.toLocalDate());
        WorkflowEngine.requireText(r.reason(), "supplement.reasonRequired");
        requireInTime(c);
        SupplementPapers.record(c, papers, r.reason(), r.citizenDue());
        d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
        PauseActions.openPause(d, PauseReason.SUPPLEMENT, c.now);
        c.slip(ActionContext.agencyName(d.getHolder()), Note.APPLICANT_PARTY, null, Note.of("slip.note.supplementRequest",
                String.join("; ", papers.stream().map(SupplementPapers.Paper::name).toList())));
        return typed(r.reason());
    }

    /**
     * The limit: at the desk stage, or under the general rule, working days since the valid receipt on the receiving
     * office's calendar; under a rule that counts from the step (Đồng Tháp land), working days since the holder
     * department received the dossier, on its office's calendar.
     */
    private static void requireInTime(ActionContext c) {
        DossierEntity d = c.dossier;
        SupplementRule rule = SupplementPapers.rule(d);
        boolean fromStep = rule.from() == SupplementRule.Anchor.STEP_START && d.getStatus() == DossierStatus.PROCESSING
                && c.currentStep().getStartedAt() != null;
        WorkingCalendar calendar = fromStep ? c.holderCalendar() : c.receivingCalendar();
        LocalDateTime anchor = fromStep ? c.currentStep().getStartedAt() : d.getValidReceivedAt();
        long elapsed = c.engine.calculator().workingMinutesBetween(calendar, anchor, c.now);
        long limit = rule.agencyDays().multiply(java.math.BigDecimal.valueOf(calendar.workingMinutesPerDay())).longValue();
        if (elapsed > limit) {
            String days = rule.agencyDays().stripTrailingZeros().toPlainString();
            String spent = WorkflowEngine.days(elapsed, calendar).toPlainString();
            // refused in live work; an old system's log records it as it happened, with the rule it broke
            c.breach(fromStep ? new MotCuaException("supplement.tooLateStep", d.getCode(), days, spent)
                    : new MotCuaException("supplement.tooLate", d.getCode(), days, spent));
        }
    }
}
