// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.workflow.Note;

/** The audit record of an administrative change (offices, departments, users, calendars, modules). */
@Entity
@Table(name = "admin_audit")
public class AdminAuditEntity extends ChainedEntity {

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    /** The details of a row written before changeset 0010, shown as they are; new rows leave them empty. */
    @Column(length = 2000)
    private String details;

    /** The change as a message key (changeset 0010): {@code org.motcua.core.workflow.Note}. */
    @Column(name = "note_key", length = 100)
    private String noteKey;

    /** The key's arguments (codes and ids, never names of persons), joined by U+001F. */
    @Column(name = "note_args", length = 2000)
    private String noteArgs;

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

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** @return the note of the change: its key and arguments, or an older row's text (changeset 0010) */
    public Note getNote() {
        return Note.stored(noteKey, noteArgs, details);
    }

    /** Stores the note of the change: a key and its arguments ({@link Note#encode}), or a literal text. */
    public void setNote(Note note) {
        this.noteKey = note.key();
        this.noteArgs = note.encodedArgs();
        this.details = note.text();
    }

    @Override
    public java.util.List<Object> chainValues() {
        return java.util.Arrays.asList(at, actor, action, details, noteKey, noteArgs);
    }
}
