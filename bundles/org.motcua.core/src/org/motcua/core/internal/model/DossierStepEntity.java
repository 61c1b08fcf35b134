// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.org.OfficeLevel;

/** A step of a dossier, copied from the procedure version it was received under, with its times. */
@Entity
@Table(name = "dossier_step")
public class DossierStepEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 400)
    private String nameVi;

    @Column(name = "name_en", length = 400)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OfficeLevel level;

    @Column(name = "agency_codes", nullable = false, length = 400)
    private String agencyCodes;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal duration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DurationUnit unit;

    @Column(length = 1000)
    private String guards;

    /** Whether the tax pause (financial obligation) may be requested at this step, once. */
    @Column(name = "financial_obligation", nullable = false)
    private boolean financialObligation;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_department_id")
    private DepartmentEntity holder;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public void setStepIndex(int stepIndex) {
        this.stepIndex = stepIndex;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public OfficeLevel getLevel() {
        return level;
    }

    public void setLevel(OfficeLevel level) {
        this.level = level;
    }

    public String getAgencyCodes() {
        return agencyCodes;
    }

    public void setAgencyCodes(String agencyCodes) {
        this.agencyCodes = agencyCodes;
    }

    public BigDecimal getDuration() {
        return duration;
    }

    public void setDuration(BigDecimal duration) {
        this.duration = duration;
    }

    public DurationUnit getUnit() {
        return unit;
    }

    public void setUnit(DurationUnit unit) {
        this.unit = unit;
    }

    public String getGuards() {
        return guards;
    }

    public void setGuards(String guards) {
        this.guards = guards;
    }

    public boolean isFinancialObligation() {
        return financialObligation;
    }

    public void setFinancialObligation(boolean financialObligation) {
        this.financialObligation = financialObligation;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(LocalDateTime completedAt) {
        this.completedAt = completedAt;
    }

    public DepartmentEntity getHolder() {
        return holder;
    }

    public void setHolder(DepartmentEntity holder) {
        this.holder = holder;
    }
}
