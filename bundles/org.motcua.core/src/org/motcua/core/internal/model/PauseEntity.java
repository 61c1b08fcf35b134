// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

import org.motcua.core.dossier.PauseReason;

/** An interval during which the dossier's deadline clock stood still. */
@Entity
@Table(name = "dossier_pause")
public class PauseEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PauseReason reason;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    /** The step the dossier was at when the pause began ({@code null} for pauses older than changeset 0007). */
    @Column(name = "step_index")
    private Integer stepIndex;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
    }

    public PauseReason getReason() {
        return reason;
    }

    public void setReason(PauseReason reason) {
        this.reason = reason;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public Integer getStepIndex() {
        return stepIndex;
    }

    public void setStepIndex(Integer stepIndex) {
        this.stepIndex = stepIndex;
    }

}
