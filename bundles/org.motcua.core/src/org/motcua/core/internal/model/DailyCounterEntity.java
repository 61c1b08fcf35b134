// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDate;

import jakarta.persistence.*;

/** The last dossier sequence number used by an office on a day; rows are locked while a number is taken. */
@Entity
@Table(name = "daily_counter", uniqueConstraints = @UniqueConstraint(columnNames = { "office_id", "day_date" }))
public class DailyCounterEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public int getLastValue() {
        return lastValue;
    }

    public void setLastValue(int lastValue) {
        this.lastValue = lastValue;
    }
}
