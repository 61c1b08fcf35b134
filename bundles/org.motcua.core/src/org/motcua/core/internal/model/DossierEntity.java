// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.procedure.PausePolicy;

/** A dossier (hồ sơ): its procedure copy, applicant, times, status, holder and pauses. Changed only by the workflow service. */
@Entity
@Table(name = "dossier", indexes = { @Index(name = "ix_dossier_office_status", columnList = "current_office_id,status"), @Index(name = "ix_dossier_holder", columnList = "holder_department_id,status"), @Index(name = "ix_dossier_due", columnList = "status,due_at"),
        @Index(name = "ix_dossier_applicant_folded", columnList = "applicant_folded"),
        @Index(name = "ix_dossier_code_key", columnList = "code_key"),
        @Index(name = "ix_dossier_applicant_id_number", columnList = "applicant_id_number") })
public class DossierEntity extends BaseEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    /** The one-stop desk department of {@link #office} that received the dossier: its desk stage and its result. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "receiving_department_id")
    private DepartmentEntity receivingDepartment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "current_office_id")
    private OfficeEntity currentOffice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DossierStatus status;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "applicant_id_number", length = 20)
    private String applicantIdNumber;

    /** The applicant's name folded for search ({@code SearchKeys.fold}), written with the name (changeset motcua-0018). */
    @Column(name = "applicant_folded", length = 200)
    private String applicantFolded;

    /** The code upper case and reversed ({@code SearchKeys.codeKey}): its tail is an indexed prefix (motcua-0018). */
    @Column(name = "code_key", length = 60)
    private String codeKey;

    @Column(name = "applicant_phone", length = 20)
    private String applicantPhone;

    @Column(name = "applicant_email", length = 120)
    private String applicantEmail;

    @Column(name = "applicant_address", length = 300)
    private String applicantAddress;

    @Column(name = "applicant_organisation", nullable = false)
    private boolean applicantOrganisation;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "procedure_version", nullable = false, length = 40)
    private String procedureVersion;

    @Column(name = "procedure_name_vi", nullable = false, length = 400)
    private String procedureNameVi;

    @Column(name = "procedure_name_en", length = 400)
    private String procedureNameEn;

    @Column(name = "total_duration", nullable = false, precision = 8, scale = 2)
    private BigDecimal totalDuration;

    @Enumerated(EnumType.STRING)
    @Column(name = "total_unit", nullable = false, length = 16)
    private DurationUnit totalUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false, length = 8)
    private PausePolicy supplementPolicy;

    @Column(name = "supplement_limit", nullable = false, precision = 6, scale = 2)
    private BigDecimal supplementLimit;

    /** Where the supplement limit counts from ({@code SupplementRule.Anchor}); null: the valid receipt (older rows). */
    @Column(name = "supplement_from", length = 16)
    private String supplementFrom;

    /** Working days the desk has to tell the applicant of a department's Mẫu 02; null: none (older rows). */
    @Column(name = "supplement_desk_days", precision = 6, scale = 2)
    private BigDecimal supplementDeskDays;

    /** Working days the applicant is given by default to bring the papers; null: the project's default. */
    @Column(name = "supplement_citizen_days", precision = 6, scale = 2)
    private BigDecimal supplementCitizenDays;

    @Column(name = "financial_obligation", nullable = false)
    private boolean financialObligation;

    @Column(name = "fee_vnd", nullable = false)
    private long feeVnd;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "valid_received_at")
    private LocalDateTime validReceivedAt;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "original_due_at")
    private LocalDateTime originalDueAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private TimelinessClass timeliness;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeliness_original", length = 8)
    private TimelinessClass timelinessAgainstOriginal;

    @Column(name = "current_step", nullable = false)
    private int currentStepIndex;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_department_id")
    private DepartmentEntity holder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_sender_id")
    private UserEntity lastSender;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_sender_department_id")
    private DepartmentEntity lastSenderDepartment;

    @Column(name = "last_sender_step", nullable = false)
    private int lastSenderStepIndex;

    @Column(name = "receiver_acted", nullable = false)
    private boolean receiverActed;

    @Column(name = "supplement_rounds", nullable = false)
    private int supplementRounds;

    @Column(nullable = false)
    private boolean reappointed;

    /** When the re-appointment (Mẫu 04) was made; later pauses move its date on. */
    @Column(name = "reappointed_at")
    private LocalDateTime reappointedAt;

    /** The new date of the re-appointment as decided (the due time is derived from it and later pauses). */
    @Column(name = "reappointed_due_at")
    private LocalDateTime reappointedDueAt;

    /** Whether the re-appointment (Mẫu 04) came less than one working day before the due time it moved. */
    @Column(name = "apology_late", nullable = false)
    private boolean apologyLate;

    /** The time to hand the result back or tell the applicant (copied from the procedure; null before changeset 0012). */
    @Column(name = "return_duration", precision = 6, scale = 2)
    private BigDecimal returnDuration;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_unit", length = 16)
    private DurationUnit returnUnit;

    /** When the result must be handed back or the applicant told (set when the result exists, status 9). */
    @Column(name = "return_due_at")
    private LocalDateTime returnDueAt;

    /** The end of the working day by which the desk hands the dossier over (NĐ 61/2018 Art. 19(1)(b)). */
    @Column(name = "forward_due_at")
    private LocalDateTime forwardDueAt;

    /** When the desk first handed the dossier over. */
    @Column(name = "forwarded_at")
    private LocalDateTime forwardedAt;

    @Column(name = "closing_reason", length = 1000)
    private String closingReason;

    /** The old system's reference of an imported dossier (changeset 0015, unique); {@code null} for one received here. */
    @Column(name = "legacy_ref", length = 100, unique = true)
    private String legacyRef;

    /** An imported dossier's status after the last action the old system recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legacy_status", length = 24)
    private DossierStatus legacyStatus;

    /** When an imported dossier left open was closed as a legacy dossier (CLOSE_LEGACY). */
    @Column(name = "legacy_closed_at")
    private LocalDateTime legacyClosedAt;

    /** Whether an inter-level transfer of this dossier waits for acceptance (saves a look-up per action). */
    @Column(name = "transfer_pending", nullable = false)
    private boolean transferPending;

    /** The control slip, in order; rows are persisted by the workflow when added. */
    @OneToMany(mappedBy = "dossier")
    @OrderBy("seq")
    private List<ControlSlipRowEntity> slipRows = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepIndex")
    private List<DossierStepEntity> steps = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
    @OrderBy("startedAt")
    private List<PauseEntity> pauses = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DossierDocumentEntity> documents = new ArrayList<>();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
        this.codeKey = org.motcua.core.internal.workflow.SearchKeys.codeKey(code);
    }

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public DepartmentEntity getReceivingDepartment() {
        return receivingDepartment;
    }

    public void setReceivingDepartment(DepartmentEntity receivingDepartment) {
        this.receivingDepartment = receivingDepartment;
    }

    public OfficeEntity getCurrentOffice() {
        return currentOffice;
    }

    public void setCurrentOffice(OfficeEntity currentOffice) {
        this.currentOffice = currentOffice;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public void setStatus(DossierStatus status) {
        this.status = status;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
        this.applicantFolded = org.motcua.core.internal.workflow.SearchKeys.fold(applicantName);
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public void setApplicantIdNumber(String applicantIdNumber) {
        this.applicantIdNumber = applicantIdNumber;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public void setApplicantAddress(String applicantAddress) {
        this.applicantAddress = applicantAddress;
    }

    public boolean isApplicantOrganisation() {
        return applicantOrganisation;
    }

    public void setApplicantOrganisation(boolean applicantOrganisation) {
        this.applicantOrganisation = applicantOrganisation;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getProcedureVersion() {
        return procedureVersion;
    }

    public void setProcedureVersion(String procedureVersion) {
        this.procedureVersion = procedureVersion;
    }

    public String getProcedureNameVi() {
        return procedureNameVi;
    }

    public void setProcedureNameVi(String procedureNameVi) {
        this.procedureNameVi = procedureNameVi;
    }

    public String getProcedureNameEn() {
        return procedureNameEn;
    }

    public void setProcedureNameEn(String procedureNameEn) {
        this.procedureNameEn = procedureNameEn;
    }

    public BigDecimal getTotalDuration() {
        return totalDuration;
    }

    public void setTotalDuration(BigDecimal totalDuration) {
        this.totalDuration = totalDuration;
    }

    public DurationUnit getTotalUnit() {
        return totalUnit;
    }

    public void setTotalUnit(DurationUnit totalUnit) {
        this.totalUnit = totalUnit;
    }

    public PausePolicy getSupplementPolicy() {
        return supplementPolicy;
    }

    public void setSupplementPolicy(PausePolicy supplementPolicy) {
        this.supplementPolicy = supplementPolicy;
    }

    public String getSupplementFrom() {
        return supplementFrom;
    }

    public void setSupplementFrom(String supplementFrom) {
        this.supplementFrom = supplementFrom;
    }

    public BigDecimal getSupplementDeskDays() {
        return supplementDeskDays;
    }

    public void setSupplementDeskDays(BigDecimal supplementDeskDays) {
        this.supplementDeskDays = supplementDeskDays;
    }

    public BigDecimal getSupplementCitizenDays() {
        return supplementCitizenDays;
    }

    public void setSupplementCitizenDays(BigDecimal supplementCitizenDays) {
        this.supplementCitizenDays = supplementCitizenDays;
    }

    public BigDecimal getSupplementLimit() {
        return supplementLimit;
    }

    public void setSupplementLimit(BigDecimal supplementLimit) {
        this.supplementLimit = supplementLimit;
    }

    public boolean isFinancialObligation() {
        return financialObligation;
    }

    public void setFinancialObligation(boolean financialObligation) {
        this.financialObligation = financialObligation;
    }

    public long getFeeVnd() {
        return feeVnd;
    }

    public void setFeeVnd(long feeVnd) {
        this.feeVnd = feeVnd;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public LocalDateTime getValidReceivedAt() {
        return validReceivedAt;
    }

    public void setValidReceivedAt(LocalDateTime validReceivedAt) {
        this.validReceivedAt = validReceivedAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getOriginalDueAt() {
        return originalDueAt;
    }

    public void setOriginalDueAt(LocalDateTime originalDueAt) {
        this.originalDueAt = originalDueAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(LocalDateTime finishedAt) {
        this.finishedAt = finishedAt;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public void setReturnedAt(LocalDateTime returnedAt) {
        this.returnedAt = returnedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }

    public TimelinessClass getTimeliness() {
        return timeliness;
    }

    public void setTimeliness(TimelinessClass timeliness) {
        this.timeliness = timeliness;
    }

    public TimelinessClass getTimelinessAgainstOriginal() {
        return timelinessAgainstOriginal;
    }

    public void setTimelinessAgainstOriginal(TimelinessClass timelinessAgainstOriginal) {
        this.timelinessAgainstOriginal = timelinessAgainstOriginal;
    }

    public int getCurrentStepIndex() {
        return currentStepIndex;
    }

    public void setCurrentStepIndex(int currentStepIndex) {
        this.currentStepIndex = currentStepIndex;
    }

    public DepartmentEntity getHolder() {
        return holder;
    }

    public void setHolder(DepartmentEntity holder) {
        this.holder = holder;
    }

    public UserEntity getLastSender() {
        return lastSender;
    }

    public void setLastSender(UserEntity lastSender) {
        this.lastSender = lastSender;
    }

    public DepartmentEntity getLastSenderDepartment() {
        return lastSenderDepartment;
    }

    public void setLastSenderDepartment(DepartmentEntity lastSenderDepartment) {
        this.lastSenderDepartment = lastSenderDepartment;
    }

    public int getLastSenderStepIndex() {
        return lastSenderStepIndex;
    }

    public void setLastSenderStepIndex(int lastSenderStepIndex) {
        this.lastSenderStepIndex = lastSenderStepIndex;
    }

    public boolean isReceiverActed() {
        return receiverActed;
    }

    public void setReceiverActed(boolean receiverActed) {
        this.receiverActed = receiverActed;
    }

    public int getSupplementRounds() {
        return supplementRounds;
    }

    public void setSupplementRounds(int supplementRounds) {
        this.supplementRounds = supplementRounds;
    }

    public boolean isTransferPending() {
        return transferPending;
    }

    public void setTransferPending(boolean transferPending) {
        this.transferPending = transferPending;
    }

    public List<ControlSlipRowEntity> getSlipRows() {
        return slipRows;
    }

    public boolean isReappointed() {
        return reappointed;
    }

    public void setReappointed(boolean reappointed) {
        this.reappointed = reappointed;
    }

    public LocalDateTime getReappointedAt() {
        return reappointedAt;
    }

    public void setReappointedAt(LocalDateTime reappointedAt) {
        this.reappointedAt = reappointedAt;
    }

    public LocalDateTime getReappointedDueAt() {
        return reappointedDueAt;
    }

    public void setReappointedDueAt(LocalDateTime reappointedDueAt) {
        this.reappointedDueAt = reappointedDueAt;
    }

    public boolean isApologyLate() {
        return apologyLate;
    }

    public void setApologyLate(boolean apologyLate) {
        this.apologyLate = apologyLate;
    }

    public BigDecimal getReturnDuration() {
        return returnDuration;
    }

    public void setReturnDuration(BigDecimal returnDuration) {
        this.returnDuration = returnDuration;
    }

    public DurationUnit getReturnUnit() {
        return returnUnit;
    }

    public void setReturnUnit(DurationUnit returnUnit) {
        this.returnUnit = returnUnit;
    }

    public LocalDateTime getReturnDueAt() {
        return returnDueAt;
    }

    public void setReturnDueAt(LocalDateTime returnDueAt) {
        this.returnDueAt = returnDueAt;
    }

    public String getLegacyRef() {
        return legacyRef;
    }

    public void setLegacyRef(String legacyRef) {
        this.legacyRef = legacyRef;
    }

    public DossierStatus getLegacyStatus() {
        return legacyStatus;
    }

    public void setLegacyStatus(DossierStatus legacyStatus) {
        this.legacyStatus = legacyStatus;
    }

    public LocalDateTime getLegacyClosedAt() {
        return legacyClosedAt;
    }

    public void setLegacyClosedAt(LocalDateTime legacyClosedAt) {
        this.legacyClosedAt = legacyClosedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(String closingReason) {
        this.closingReason = closingReason;
    }

    public List<DossierStepEntity> getSteps() {
        return steps;
    }

    public void setSteps(List<DossierStepEntity> steps) {
        this.steps = steps;
    }

    public List<PauseEntity> getPauses() {
        return pauses;
    }

    public void setPauses(List<PauseEntity> pauses) {
        this.pauses = pauses;
    }

    public List<DossierDocumentEntity> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DossierDocumentEntity> documents) {
        this.documents = documents;
    }


    public LocalDateTime getForwardDueAt() {
        return forwardDueAt;
    }

    public void setForwardDueAt(LocalDateTime forwardDueAt) {
        this.forwardDueAt = forwardDueAt;
    }

    public LocalDateTime getForwardedAt() {
        return forwardedAt;
    }

    public void setForwardedAt(LocalDateTime forwardedAt) {
        this.forwardedAt = forwardedAt;
    }
}
