// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.time.LocalDate;

import jakarta.persistence.*;


/** A holiday or a make-up working day, for one office or (office null) for all. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Column(name = "working_day", nullable = false)
    private boolean workingDay;

    @Column(length = 300)
    private String note;

    @Column(length = 300)
    private String notice;

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

    public boolean isWorkingDay() {
        return workingDay;
    }

    public void setWorkingDay(boolean workingDay) {
        this.workingDay = workingDay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
