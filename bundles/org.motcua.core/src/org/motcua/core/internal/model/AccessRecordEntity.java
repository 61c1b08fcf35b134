// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

/** One opening of a dossier's personal data: who, when, which dossier (ids only). */
@Entity
@Table(name = "dossier_access")
public class AccessRecordEntity extends ChainedEntity {

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    public LocalDateTime getAt() {
        return at;
    }

    /** Sets the time to the microsecond, as the database keeps it: the chain's hash is the one of the stored row. */
    public void setAt(LocalDateTime at) {
        this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public void setDossierId(long dossierId) {
        this.dossierId = dossierId;
    }

    @Override
    public java.util.List<Object> chainValues() {
        return java.util.Arrays.asList(at, userId, dossierId);
    }
}
