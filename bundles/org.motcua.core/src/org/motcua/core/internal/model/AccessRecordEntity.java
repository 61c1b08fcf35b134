// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

/** One opening of a dossier's personal data: who, when, which dossier (ids only). */
@Entity
@Table(name = "dossier_access")
public class AccessRecordEntity extends BaseEntity {

    @Column(name = "at_time", nullable = false)
    private LocalDateTime at;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
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
}
