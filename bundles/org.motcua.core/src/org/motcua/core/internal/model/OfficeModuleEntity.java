// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.*;

/**
 * Whether a procedure module is enabled for an office (and, unless they say otherwise, for the
 * offices below it). Changed only by administrators, audited in {@link AdminAuditEntity}.
 */
@Entity
@Table(name = "office_module", uniqueConstraints = @UniqueConstraint(name = "uq_office_module",
        columnNames = { "office_id", "module_id" }))
public class OfficeModuleEntity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private OfficeEntity office;

    @Column(name = "module_id", nullable = false, length = 120)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(LocalDateTime changedAt) {
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }
}
