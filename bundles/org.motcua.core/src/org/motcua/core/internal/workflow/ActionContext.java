// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDateTime;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.ActionRecordEntity;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierStepEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.workflow.Note;

/**
 * One action in progress: the transaction's entity manager, the acting user, the dossier, the time,
 * and the dossier's state before the action, so that the audit record can say what changed.
 */
final class ActionContext {

    final EntityManager em;
    final UserEntity user;
    final DossierEntity dossier;
    final LocalDateTime now;
    final WorkflowEngine engine;
    private DossierStatus statusBefore;
    private final int stepBefore;
    private final String holderBefore;
    /** The dossier's procedure code before the action (a correction moves its KPI counts). */
    final String procedureBefore;
    /** Whether the dossier had been received complete before the action (Mẫu 01; a KPI "received"). */
    final boolean receivedCompleteBefore;
    /** The rules of today an imported action broke (message keys), written on its audit record. */
    private final java.util.Set<String> breaches = new java.util.LinkedHashSet<>();

    ActionContext(EntityManager em, UserEntity user, DossierEntity dossier, LocalDateTime now, WorkflowEngine engine) {
        this.em = em;
        this.user = user;
        this.dossier = dossier;
        this.now = now;
        this.engine = engine;
        this.statusBefore = dossier.getStatus();
        this.stepBefore = dossier.getCurrentStepIndex();
        this.holderBefore = agencyName(dossier.getHolder());
        this.procedureBefore = dossier.getProcedureCode();
        this.receivedCompleteBefore = dossier.getValidReceivedAt() != null;
    }

    /** Marks the action as the one that creates the dossier: its audit record has no status before. */
    ActionContext created() {
        statusBefore = null;
        return this;
    }

    /** @return the calendar of the office that holds the dossier now */
    WorkingCalendar holderCalendar() {
        OfficeEntity office = dossier.getHolder() != null ? dossier.getHolder().getOffice() : dossier.getCurrentOffice();
        return engine.calendars().calendarOf(em, office, dossier);
    }

    /** @return the calendar of the office that received the dossier (the appointment is its promise) */
    WorkingCalendar receivingCalendar() {
        return engine.calendars().calendarOf(em, dossier.getOffice(), dossier);
    }

    DossierStepEntity currentStep() {
        return dossier.getSteps().get(dossier.getCurrentStepIndex());
    }

    /**
     * A rule of today the action breaks: refused for live work; for an imported action, history that happened
     * before the rule existed in the old system, recorded with the rule on its audit record instead of refused.
     */
    void breach(org.motcua.core.MotCuaException rule) {
        if (!engine.isImporting()) {
            throw rule;
        }
        breaches.add(rule.key());
    }

    /** Writes the audit record of {@code action}, its note as a key and arguments ({@link Note}). */
    void audit(ActionType action, Note note) {
        ActionRecordEntity record = new ActionRecordEntity();
        record.setDossier(dossier);
        record.setAction(action);
        record.setAt(now);
        record.setActor(user.getUsername());
        record.setActorRoles(user.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        record.setActorDepartment(user.getDepartment() == null ? null : user.getDepartment().getCode());
        record.setFromStatus(statusBefore);
        record.setToStatus(dossier.getStatus());
        record.setFromStep(stepBefore);
        record.setToStep(dossier.getCurrentStepIndex());
        record.setFromHolder(holderBefore);
        record.setToHolder(agencyName(dossier.getHolder()));
        record.setNote(note);
        record.setImported(engine.isImporting());
        record.setImportedBy(engine.importer());
        if (!breaches.isEmpty()) {
            record.setRuleBreaches(String.join(",", breaches));
            engine.countBreach();
        }
        KpiCounters.record(this, action); // KPI counters in the same transaction (docs/kpi.md)
        // the record last: its chain's head is the last lock the transaction takes (AuditChain)
        AuditChain.append(em, org.motcua.core.audit.AuditKind.ACTION, dossier.getOffice().getId(), record);
    }

    /**
     * Adds a control-slip row: the dossier leaves {@code from} for {@code to} now.
     *
     * @param from an agency's name ({@link #agencyName}) or a party marker ({@link Note#APPLICANT_PARTY}: the
     *             applicant is named from the dossier when the slip is read, never stored here)
     * @param note the row's note as a key and arguments
     */
    ControlSlipRowEntity slip(String from, String to, LocalDateTime stepDue, Note note) {
        java.util.List<ControlSlipRowEntity> rows = dossier.getSlipRows();
        ControlSlipRowEntity row = new ControlSlipRowEntity();
        row.setDossier(dossier);
        row.setSeq(rows.size() + 1);
        row.setStepIndex(dossier.getCurrentStepIndex());
        row.setFromAgency(from);
        row.setToAgency(to);
        row.setHandedOverAt(now);
        row.setHandedOverBy(user.getFullName());
        row.setStepDueAt(stepDue);
        row.setNote(note);
        em.persist(row);
        rows.add(row);
        return row;
    }

    /** @return the newest control-slip row, if any */
    ControlSlipRowEntity lastSlipRow() {
        java.util.List<ControlSlipRowEntity> rows = dossier.getSlipRows();
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    /** @return "Department – Office" as printed on the control slip */
    static String agencyName(DepartmentEntity department) {
        if (department == null) {
            return null;
        }
        return department.getName() + " – " + department.getOffice().getName();
    }
}
