// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.*;

/**
 * An office's calendar settings from {@code effectiveFrom} on (until the next row's date): working periods, receipt
 * cut-off with its basis, and the inter-level acceptance SLA. Before the first row the office row's settings apply.
 */
@Entity
@Table(name = "office_setting")
public class OfficeSettingEntity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "working_periods", nullable = false, length = 100)
    private String workingPeriods;

    @Column(name = "cut_off")
    private LocalTime cutOff;

    @Column(name = "cut_off_basis", length = 300)
    private String cutOffBasis;

    @Column(name = "acceptance_sla_days", nullable = false, precision = 6, scale = 2)
    private BigDecimal acceptanceSlaDays;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getWorkingPeriods() {
        return workingPeriods;
    }

    public void setWorkingPeriods(String workingPeriods) {
        this.workingPeriods = workingPeriods;
    }

    public LocalTime getCutOff() {
        return cutOff;
    }

    public void setCutOff(LocalTime cutOff) {
        this.cutOff = cutOff;
    }

    public String getCutOffBasis() {
        return cutOffBasis;
    }

    public void setCutOffBasis(String cutOffBasis) {
        this.cutOffBasis = cutOffBasis;
    }

    public BigDecimal getAcceptanceSlaDays() {
        return acceptanceSlaDays;
    }

    public void setAcceptanceSlaDays(BigDecimal acceptanceSlaDays) {
        this.acceptanceSlaDays = acceptanceSlaDays;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
