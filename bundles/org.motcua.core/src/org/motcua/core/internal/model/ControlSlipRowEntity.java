// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.calendar.TimelinessClass;
import org.motcua.core.workflow.Note;

/** A row of the process-control slip (Mẫu 05; 06 from 2025): one hand-off between agencies. */
@Entity
@Table(name = "control_slip_row", indexes = @Index(name = "ix_slip_dossier", columnList = "dossier_id"))
public class ControlSlipRowEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false)
    private int seq;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    /**
     * "Department – Office" (200 + 3 + 200; changeset 0009 widened it), or a party marker of
     * {@code org.motcua.core.workflow.Note} ({@code @applicant}: never the applicant's name since changeset 0010;
     * older rows hold "Người nộp hồ sơ: name").
     */
    @Column(name = "from_agency", nullable = false, length = 403)
    private String fromAgency;

    @Column(name = "to_agency", nullable = false, length = 403)
    private String toAgency;

    @Column(name = "handed_over_at", nullable = false)
    private LocalDateTime handedOverAt;

    @Column(name = "handed_over_by", nullable = false, length = 200)
    private String handedOverBy;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "received_by", length = 200)
    private String receivedBy;

    @Column(name = "step_due_at")
    private LocalDateTime stepDueAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private TimelinessClass result;

    /** The row's own note in a row written before changeset 0010, shown as it is; new rows leave it empty. */
    @Column(length = 1000)
    private String note;

    /** "Thu hồi / recalled: reason" of a recall written before changeset 0010 (0009); never appended to. */
    @Column(name = "recall_note", length = 1000)
    private String recallNote;

    /** The row's own note (channel, papers asked for, reason of a return ...): its message key (changeset 0010). */
    @Column(name = "note_key", length = 100)
    private String noteKey;

    /** The row's note's arguments, joined by U+001F ({@code Note.encode}). */
    @Column(name = "note_args", length = 1000)
    private String noteArgs;

    /** The recall of this hand-off, if the sender recalled it: its message key; never appended to. */
    @Column(name = "recall_key", length = 100)
    private String recallKey;

    /** The recall's arguments (its reason), joined by U+001F. */
    @Column(name = "recall_args", length = 1000)
    private String recallArgs;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public void setStepIndex(int stepIndex) {
        this.stepIndex = stepIndex;
    }

    public String getFromAgency() {
        return fromAgency;
    }

    public void setFromAgency(String fromAgency) {
        this.fromAgency = fromAgency;
    }

    public String getToAgency() {
        return toAgency;
    }

    public void setToAgency(String toAgency) {
        this.toAgency = toAgency;
    }

    public LocalDateTime getHandedOverAt() {
        return handedOverAt;
    }

    public void setHandedOverAt(LocalDateTime handedOverAt) {
        this.handedOverAt = handedOverAt;
    }

    public String getHandedOverBy() {
        return handedOverBy;
    }

    public void setHandedOverBy(String handedOverBy) {
        this.handedOverBy = handedOverBy;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public LocalDateTime getStepDueAt() {
        return stepDueAt;
    }

    public void setStepDueAt(LocalDateTime stepDueAt) {
        this.stepDueAt = stepDueAt;
    }

    public TimelinessClass getResult() {
        return result;
    }

    public void setResult(TimelinessClass result) {
        this.result = result;
    }

    /** @return the row's own note: its key and arguments, or an older row's text (changeset 0010) */
    public Note getNote() {
        return Note.stored(noteKey, noteArgs, note);
    }

    /** Stores the row's own note: a key and its arguments ({@link Note#encode}), or a literal text. */
    public void setNote(Note note) {
        this.noteKey = note.key();
        this.noteArgs = note.encodedArgs();
        this.note = note.text();
    }

    /** @return the recall of this hand-off: its key and arguments, or an older row's text (changeset 0010) */
    public Note getRecall() {
        return Note.stored(recallKey, recallArgs, recallNote);
    }

    /** Stores the recall of this hand-off: a key and its arguments ({@link Note#encode}), or a literal text. */
    public void setRecall(Note note) {
        this.recallKey = note.key();
        this.recallArgs = note.encodedArgs();
        this.recallNote = note.text();
    }
}
