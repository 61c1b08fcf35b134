// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;


/**
 * A supplement request (Mẫu 02): itemised papers ({@link SupplementItemEntity}; {@code items} keeps their names, one a
 * line), reason, its number per issuing office and year, the applicant's deadline, when it was answered.
 */
@Entity
@Table(name = "supplement_request")
public class SupplementRequestEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(nullable = false, length = 4000)
    private String items;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    /** The office that issued it (its numbering); null in rows before changeset motcua-0015. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @Column(name = "form_year")
    private Integer formYear;

    /** The number of the Mẫu 02 in its office and year (Số …/HDHS). */
    @Column(name = "form_no")
    private Integer formNo;

    /** The date by which the applicant is asked to bring the papers, printed on the form. */
    @Column(name = "citizen_due_date")
    private java.time.LocalDate citizenDue;

    /** When the desk must have told the applicant of a department's request (a province's rule), or null. */
    @Column(name = "notify_due_at")
    private LocalDateTime notifyDueAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("position")
    private java.util.List<SupplementItemEntity> papers = new java.util.ArrayList<>();

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public Integer getFormYear() {
        return formYear;
    }

    public void setFormYear(Integer formYear) {
        this.formYear = formYear;
    }

    public Integer getFormNo() {
        return formNo;
    }

    public void setFormNo(Integer formNo) {
        this.formNo = formNo;
    }

    public java.time.LocalDate getCitizenDue() {
        return citizenDue;
    }

    public void setCitizenDue(java.time.LocalDate citizenDue) {
        this.citizenDue = citizenDue;
    }

    public LocalDateTime getNotifyDueAt() {
        return notifyDueAt;
    }

    public void setNotifyDueAt(LocalDateTime notifyDueAt) {
        this.notifyDueAt = notifyDueAt;
    }

    public java.util.List<SupplementItemEntity> getPapers() {
        return papers;
    }

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public int getRound() {
        return round;
    }

    public void setRound(int round) {
        this.round = round;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(LocalDateTime requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

}
