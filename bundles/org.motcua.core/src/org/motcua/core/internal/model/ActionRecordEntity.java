// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.Note;

/** The audit record of one action on a dossier, written in the same transaction as the change. */
@Entity
@Table(name = "dossier_action", indexes = @Index(name = "ix_action_dossier", columnList = "dossier_id"))
public class ActionRecordEntity extends ChainedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActionType action;

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "actor_roles", nullable = false, length = 200)
    private String actorRoles;

    @Column(name = "actor_department", length = 40)
    private String actorDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private DossierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private DossierStatus toStatus;

    @Column(name = "from_step", nullable = false)
    private int fromStep;

    @Column(name = "to_step", nullable = false)
    private int toStep;

    /** "Department – Office" (200 + 3 + 200; changeset 0007 widened it from 100). */
    @Column(name = "from_holder", length = 403)
    private String fromHolder;

    @Column(name = "to_holder", length = 403)
    private String toHolder;

    /** The note of a row written before changeset 0010, shown as it is; new rows leave it empty. */
    @Column(length = 2000)
    private String note;

    /** The note's message key (changeset 0010): {@code org.motcua.core.workflow.Note}. */
    @Column(name = "note_key", length = 100)
    private String noteKey;

    /** The note's arguments, joined by U+001F ({@code Note.encode}). */
    @Column(name = "note_args", length = 2000)
    private String noteArgs;

    @Column(nullable = false)
    private boolean imported;

    /** Who imported the record from an old system ({@code actor} is then the old system's user); {@code null} when live. */
    @Column(name = "imported_by", length = 60)
    private String importedBy;

    /**
     * The rules of today an imported action broke, recorded as it happened (changeset 0015): their message keys,
     * joined by {@code ,}; {@code null} when it broke none (a live action never breaks one: it is refused).
     */
    @Column(name = "rule_breaches", length = 400)
    private String ruleBreaches;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public ActionType getAction() {
        return action;
    }

    public void setAction(ActionType action) {
        this.action = action;
    }

    public LocalDateTime getAt() {
        return at;
    }

    /** Sets the time to the microsecond, as the database keeps it: the chain's hash is the one of the stored row. */
    public void setAt(LocalDateTime at) {
        this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public void setActorRoles(String actorRoles) {
        this.actorRoles = actorRoles;
    }

    public String getActorDepartment() {
        return actorDepartment;
    }

    public void setActorDepartment(String actorDepartment) {
        this.actorDepartment = actorDepartment;
    }

    public DossierStatus getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(DossierStatus fromStatus) {
        this.fromStatus = fromStatus;
    }

    public DossierStatus getToStatus() {
        return toStatus;
    }

    public void setToStatus(DossierStatus toStatus) {
        this.toStatus = toStatus;
    }

    public int getFromStep() {
        return fromStep;
    }

    public void setFromStep(int fromStep) {
        this.fromStep = fromStep;
    }

    public int getToStep() {
        return toStep;
    }

    public void setToStep(int toStep) {
        this.toStep = toStep;
    }

    public String getFromHolder() {
        return fromHolder;
    }

    public void setFromHolder(String fromHolder) {
        this.fromHolder = fromHolder;
    }

    public String getToHolder() {
        return toHolder;
    }

    public void setToHolder(String toHolder) {
        this.toHolder = toHolder;
    }

    public boolean isImported() {
        return imported;
    }

    public void setImported(boolean imported) {
        this.imported = imported;
    }

    /** @return the note: its key and arguments, or an older row's text (changeset 0010) */
    public Note getNote() {
        return Note.stored(noteKey, noteArgs, note);
    }

    /** Stores the note: a key and its arguments ({@link Note#encode}), or a literal text. */
    public void setNote(Note note) {
        this.noteKey = note.key();
        this.noteArgs = note.encodedArgs();
        this.note = note.text();
    }

    public String getRuleBreaches() {
        return ruleBreaches;
    }

    public void setRuleBreaches(String ruleBreaches) {
        this.ruleBreaches = ruleBreaches;
    }

    public String getImportedBy() {
        return importedBy;
    }

    @Override
    public java.util.List<Object> chainValues() {
        return java.util.Arrays.asList(dossier.getId(), action, at, actor, actorRoles, actorDepartment, fromStatus,
                toStatus, fromStep, toStep, fromHolder, toHolder, note, noteKey, noteArgs, imported, importedBy,
                ruleBreaches);
    }

    public void setImportedBy(String importedBy) {
        this.importedBy = importedBy;
    }
}
