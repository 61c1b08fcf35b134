// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.internal.model.ActionRecordEntity;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.Note;
import org.motcua.core.workflow.PostingView;
import org.motcua.core.workflow.StepView;
import org.motcua.core.workflow.TransferView;

/** Turns entities into the read-only views that leave the core. */
final class Views {

    private Views() {
    }

    static DossierView dossier(EntityManager em, DossierEntity d, LocalDateTime now, WorkflowEngine engine) {
        WorkingCalendar calendar = engine.calendars().calendarOf(em, d.getOffice(), now.toLocalDate());
        TransferEntity pending = engine.pendingTransfer(em, d);
        DossierView view = dossier(d, now, calendar, pending);
        String office = Succession.displayName(em, d.getOffice(), now.toLocalDate()); // an abolished office: "(nay: …)"
        return office.equals(view.officeName()) ? view : view.withOfficeName(office);
    }

    static DossierView dossier(DossierEntity d, LocalDateTime now, WorkingCalendar calendar, TransferEntity pending) {
        DossierStepEntity step = d.getSteps().isEmpty() ? null : d.getSteps().get(d.getCurrentStepIndex());
        boolean escalated = pending != null && now.isAfter(pending.getSlaDueAt());
        return new DossierView(d.getId(), d.getVersion(), d.getCode(), d.getOffice().getCode(),
                d.getOffice().getName(),
                d.getCurrentOffice().getCode(), d.getChannel(), d.getStatus(), d.getApplicantName(),
                d.getApplicantIdNumber(), d.getApplicantPhone(), d.getProcedureCode(), d.getProcedureVersion(),
                d.getProcedureNameVi(), d.getReceivedAt(), d.getValidReceivedAt(), d.getDueAt(), d.getOriginalDueAt(),
                d.getFinishedAt(), d.getReturnedAt(), d.getTimeliness(), d.getTimelinessAgainstOriginal(),
                d.getCurrentStepIndex(), step == null ? null : step.getNameVi(), step == null ? null : step.getDueAt(),
                d.getHolder() == null ? null : d.getHolder().getId(), ActionContext.agencyName(d.getHolder()),
                deadlineState(d, now, calendar), d.getSupplementRounds(), d.isReappointed(), pending != null, escalated,
                d.getProcedureNameEn(), step == null ? null : step.getNameEn());
    }

    /** @return the dossier without its applicant's personal data */
    static org.motcua.core.workflow.DossierSummary summary(DossierEntity d) {
        return new org.motcua.core.workflow.DossierSummary(d.getId(), d.getCode(), d.getOffice().getName(),
                d.getProcedureCode(), d.getProcedureNameVi(), d.getProcedureNameEn(), d.getStatus(), d.getReceivedAt(),
                d.getDueAt(), d.getFinishedAt(), d.getReturnedAt());
    }

    static DeadlineState deadlineState(DossierEntity d, LocalDateTime now, WorkingCalendar calendar) {
        // a result not yet handed back runs on its return clock (docs/kpi.md): on track, due soon or overdue
        LocalDateTime due = d.getStatus() == DossierStatus.FINISHED ? d.getReturnDueAt() : d.getDueAt();
        if (!d.getStatus().isOpen() && (d.getStatus() != DossierStatus.FINISHED || due == null)) {
            return DeadlineState.CLOSED;
        }
        if (d.getStatus().isPaused() || due == null) {
            return DeadlineState.PAUSED;
        }
        if (now.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        long left = new org.motcua.core.calendar.DeadlineCalculator().workingMinutesBetween(calendar, now, due);
        return left <= calendar.workingMinutesPerDay() ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
    }

    static StepView step(DossierStepEntity s) {
        return new StepView(s.getStepIndex(), s.getCode(), s.getNameVi(), s.getLevel(), Arrays.asList(s.getAgencyCodes().split(",")),
                s.getDuration(), s.getUnit(),
                s.getGuards() == null || s.getGuards().isBlank() ? List.of() : Arrays.asList(s.getGuards().split(";")),
                s.getStartedAt(), s.getDueAt(), s.getCompletedAt(), s.getNameEn());
    }

    static ActionRecordView action(ActionRecordEntity a) {
        return new ActionRecordView(a.getAction(), a.getAt(), a.getActor(), a.getActorRoles(), a.getFromStatus(),
                a.getToStatus(), a.getFromStep(), a.getToStep(), a.getFromHolder(), a.getToHolder(),
                a.getNote(), a.isImported(), a.getImportedBy(),
                a.getRuleBreaches() == null ? List.of() : Arrays.asList(a.getRuleBreaches().split(",")));
    }

    /**
     * A slip row as the reader renders it: its notes as stored (key and arguments, or an old row's text), the
     * applicant party named from the dossier (the row holds only {@link Note#APPLICANT_PARTY}).
     */
    static ControlSlipRowView slipRow(ControlSlipRowEntity r) {
        String applicant = r.getDossier().getApplicantName();
        return new ControlSlipRowView(r.getSeq(), r.getStepIndex(), Note.party(r.getFromAgency(), applicant),
                Note.party(r.getToAgency(), applicant), r.getHandedOverAt(), r.getHandedOverBy(), r.getReceivedAt(),
                r.getReceivedBy(), r.getStepDueAt(), r.getResult(), r.getNote(), r.getRecall());
    }

    static PostingView posting(PostingRecordEntity p) {
        return new PostingView(p.getStepIndex(), p.getStartDate(), p.getEndDate(), p.getPlace(), p.getComplaints(),
                p.getRecordedBy(), p.getRecordedAt());
    }

    static TransferView transfer(TransferEntity t, LocalDateTime now) {
        boolean escalated = t.getState() == TransferState.PENDING && now.isAfter(t.getSlaDueAt());
        return new TransferView(t.getId(), t.getDossier().getId(), t.getDossier().getCode(), t.getFromOffice().getCode(),
                t.getToOffice().getCode(), t.getToDepartment().getName(), t.getSentAt(), t.getSlaDueAt(), t.getState(),
                escalated, t.getReason());
    }
}
