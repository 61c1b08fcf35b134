// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.math.BigDecimal;
import java.time.LocalTime;

import jakarta.persistence.*;

import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;

/** An office (bộ phận một cửa / trung tâm phục vụ hành chính công) with its regime and calendar settings. */
@Entity
@Cacheable
@org.eclipse.persistence.annotations.Cache(expiry = 60_000)
@Table(name = "office")
public class OfficeEntity extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OfficeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Regime regime;

    @ManyToOne(fetch = FetchType.LAZY)
    private OfficeEntity parent;

    @Column(name = "working_periods", nullable = false, length = 100)
    private String workingPeriods;

    @Column(name = "cut_off")
    private LocalTime cutOff;

    @Column(name = "acceptance_sla_days", nullable = false, precision = 6, scale = 2)
    private BigDecimal acceptanceSlaDays;

    @Column(name = "code_prefix", nullable = false, length = 2)
    private String codePrefix;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OfficeLevel getLevel() {
        return level;
    }

    public void setLevel(OfficeLevel level) {
        this.level = level;
    }

    public Regime getRegime() {
        return regime;
    }

    public void setRegime(Regime regime) {
        this.regime = regime;
    }

    public OfficeEntity getParent() {
        return parent;
    }

    public void setParent(OfficeEntity parent) {
        this.parent = parent;
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

    public BigDecimal getAcceptanceSlaDays() {
        return acceptanceSlaDays;
    }

    public void setAcceptanceSlaDays(BigDecimal acceptanceSlaDays) {
        this.acceptanceSlaDays = acceptanceSlaDays;
    }

    public String getCodePrefix() {
        return codePrefix;
    }

    public void setCodePrefix(String codePrefix) {
        this.codePrefix = codePrefix;
    }

}
