// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.dossier.TransferState;

/** An inter-level (liên thông) hand-off to another office, which must accept or return it. */
@Entity
@Table(name = "inter_level_transfer", indexes = @Index(name = "ix_transfer_to_state", columnList = "to_office_id,state,sla_due_at"))
public class TransferEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_office_id")
    private OfficeEntity fromOffice;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_office_id")
    private OfficeEntity toOffice;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_department_id")
    private DepartmentEntity toDepartment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_department_id")
    private DepartmentEntity fromDepartment;

    @Column(name = "from_step", nullable = false)
    private int fromStepIndex;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = 60)
    private String sentBy;

    @Column(name = "sla_due_at", nullable = false)
    private LocalDateTime slaDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TransferState state;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(length = 2000)
    private String reason;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public OfficeEntity getFromOffice() {
        return fromOffice;
    }

    public void setFromOffice(OfficeEntity fromOffice) {
        this.fromOffice = fromOffice;
    }

    public OfficeEntity getToOffice() {
        return toOffice;
    }

    public void setToOffice(OfficeEntity toOffice) {
        this.toOffice = toOffice;
    }

    public DepartmentEntity getToDepartment() {
        return toDepartment;
    }

    public void setToDepartment(DepartmentEntity toDepartment) {
        this.toDepartment = toDepartment;
    }

    public DepartmentEntity getFromDepartment() {
        return fromDepartment;
    }

    public void setFromDepartment(DepartmentEntity fromDepartment) {
        this.fromDepartment = fromDepartment;
    }

    public int getFromStepIndex() {
        return fromStepIndex;
    }

    public void setFromStepIndex(int fromStepIndex) {
        this.fromStepIndex = fromStepIndex;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public void setSentBy(String sentBy) {
        this.sentBy = sentBy;
    }

    public LocalDateTime getSlaDueAt() {
        return slaDueAt;
    }

    public void setSlaDueAt(LocalDateTime slaDueAt) {
        this.slaDueAt = slaDueAt;
    }

    public TransferState getState() {
        return state;
    }

    public void setState(TransferState state) {
        this.state = state;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public void setAnsweredAt(LocalDateTime answeredAt) {
        this.answeredAt = answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
