// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.dossier.PauseReason;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.PauseEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.workflow.ActionRequest;

/** Supplement requests, financial obligations (the two-stage appointment) and public postings. */
final class PauseActions {

    private static final String TAX_AGENCY = "Cơ quan thuế / tax office";

    String requestSupplement(ActionContext c, ActionRequest.RequestSupplement r) {
        DossierEntity d = c.dossier;
        validateRequest(r.items(), r.reason());
        WorkingCalendar calendar = c.receivingCalendar();
        long elapsed = c.engine.calculator().workingMinutesBetween(calendar, d.getValidReceivedAt(), c.now);
        long limit = d.getSupplementLimit().multiply(BigDecimal.valueOf(calendar.workingMinutesPerDay())).longValue();
        if (elapsed > limit) {
            throw new MotCuaException("supplement.tooLate", d.getCode(), d.getSupplementLimit().stripTrailingZeros()
                    .toPlainString(), WorkflowEngine.days(elapsed, calendar).toPlainString());
        }
        recordSupplementRequest(c, r.items(), r.reason());
        d.setStatus(DossierStatus.SUPPLEMENT_REQUESTED);
        openPause(d, PauseReason.SUPPLEMENT, c.now);
        c.slip(ActionContext.agencyName(d.getHolder()), WorkflowEngine.applicantLabel(d), null,
                "Mẫu 02: " + String.join("; ", r.items()));
        return r.reason().trim();
    }

    /** Writes the Mẫu 02 request itself (also used at reception for an incomplete dossier). */
    void recordSupplementRequest(ActionContext c, List<String> items, String reason) {
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

    private static void validateRequest(List<String> items, String reason) {
        if (items == null || items.stream().allMatch(i -> i == null || i.isBlank())) {
            throw new MotCuaException("supplement.itemsRequired");
        }
        WorkflowEngine.requireText(reason, "supplement.reasonRequired");
    }

    String supplementReceived(ActionContext c) {
        DossierEntity d = c.dossier;
        c.em.createQuery("select s from SupplementRequestEntity s where s.dossier = :d and s.receivedAt is null",
                SupplementRequestEntity.class).setParameter("d", d).getResultList().forEach(s -> s.setReceivedAt(c.now));
        closePause(d, PauseReason.SUPPLEMENT, c.now);
        boolean atDesk = d.getCurrentStepIndex() == 0 && d.getHolder().getKind() == DepartmentKind.DESK;
        d.setStatus(atDesk ? DossierStatus.RECEIVED : DossierStatus.PROCESSING);
        // complete at last (reception) or a RESTART procedure: the clock restarts; else the pause is skipped
        Deadlines.afterSupplement(c.engine.calculator(), c.receivingCalendar(), c.holderCalendar(), d, c.now);
        c.slip(WorkflowEngine.applicantLabel(d), ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                "Bổ sung lần / supplement round " + d.getSupplementRounds()).setReceivedAt(c.now);
        return null;
    }

    String requestFinancialObligation(ActionContext c, ActionRequest.RequestFinancialObligation r) {
        DossierEntity d = c.dossier;
        d.setStatus(DossierStatus.FINANCIAL_OBLIGATION);
        openPause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        c.slip(ActionContext.agencyName(d.getHolder()), taxAgency(c), null, "Phiếu chuyển thông tin thuế / tax slip");
        return r.note();
    }

    String confirmPayment(ActionContext c) {
        DossierEntity d = c.dossier;
        closePause(d, PauseReason.FINANCIAL_OBLIGATION, c.now);
        d.setStatus(DossierStatus.PROCESSING);
        // the tax time is skipped: every due time is recomputed with this pause (docs/core.md)
        Deadlines.recompute(c.engine.calculator(), c.receivingCalendar(), c.holderCalendar(), d);
        c.slip(taxAgency(c), ActionContext.agencyName(d.getHolder()), c.currentStep().getDueAt(),
                "Đã nộp NVTC / payment confirmed").setReceivedAt(c.now);
        return null;
    }

    String recordPosting(ActionContext c, ActionRequest.RecordPosting r) {
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
        return r.start() + " → " + r.end() + ", " + r.place().trim();
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

    private static String taxAgency(ActionContext c) {
        return c.em.createQuery("select d from DepartmentEntity d where d.kind = :k and d.code = 'THUE'", DepartmentEntity.class)
                .setParameter("k", DepartmentKind.EXTERNAL).getResultList().stream().findFirst()
                .map(ActionContext::agencyName).orElse(TAX_AGENCY);
    }
}
