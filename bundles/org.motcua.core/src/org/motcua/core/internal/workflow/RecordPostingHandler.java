// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.util.List;

import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.Note;

/** Ghi niêm yết: the public posting of the current step (dates, place, complaints) is recorded. */
final class RecordPostingHandler extends ActionHandler<ActionRequest.RecordPosting> {

    RecordPostingHandler() {
        super(ActionType.RECORD_POSTING, ActionRequest.RecordPosting.class, ActionScope.HOLDER, from(DossierStatus.PROCESSING),
                null, roles(Role.SPECIALIST, Role.DEPARTMENT_HEAD), "the step has a public-posting guard; dates, place, complaints");
    }

    @Override
    boolean needsTaken() {
        return false;
    }

    @Override
    void requireApplicable(ActionContext c) {
        DossierEntity d = c.dossier;
        int step = d.getCurrentStepIndex();
        String guards = d.getSteps().get(step).getGuards();
        if (guards == null || !guards.contains(GuardSpec.PUBLIC_POSTING)) {
            throw new MotCuaException("posting.notRequired", d.getCode(), d.getSteps().get(step).getNameVi());
        }
    }

    @Override
    List<ActionInput> inputs(ActionContext c) {
        LocalDate today = c.now.toLocalDate();
        return List.of(Inputs.date("start", InputKind.DATE, today.minusDays(2).toString()),
                Inputs.date("end", InputKind.DATE, today.toString()),
                Inputs.text("place", InputKind.TEXT, true, Inputs.PLACE_LENGTH, "Trụ sở " + c.user.getOffice().getName()),
                Inputs.text("complaints", InputKind.TEXT, true, Inputs.COMPLAINTS_LENGTH, "Không có khiếu nại, phản ánh"));
    }

    @Override
    Note apply(ActionContext c, ActionRequest.RecordPosting r) {
        if (r.start() == null || r.end() == null) {
            throw new MotCuaException("posting.datesRequired");
        }
        if (r.end().isBefore(r.start())) {
            throw new MotCuaException("posting.endBeforeStart", r.start().toString(), r.end().toString());
        }
        WorkflowEngine.requireText(r.place(), "posting.placeRequired");
        PostingRecordEntity posting = new PostingRecordEntity();
        posting.setDossier(c.dossier);
        posting.setStepIndex(c.dossier.getCurrentStepIndex());
        posting.setStartDate(r.start());
        posting.setEndDate(r.end());
        posting.setPlace(r.place().trim());
        posting.setComplaints(r.complaints() == null ? "" : r.complaints().trim());
        posting.setRecordedBy(c.user.getUsername());
        posting.setRecordedAt(c.now);
        c.em.persist(posting);
        return Note.of("note.posting", r.start(), r.end(), r.place().trim());
    }
}
