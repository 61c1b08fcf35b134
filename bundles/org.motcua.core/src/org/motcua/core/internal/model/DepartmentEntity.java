// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import jakarta.persistence.*;

import org.motcua.core.org.DepartmentKind;

/** A department of an office, or an external agency taking part in procedures. */
@Entity
@Cacheable
@org.eclipse.persistence.annotations.Cache(expiry = 60_000)
@Table(name = "department", uniqueConstraints = @UniqueConstraint(columnNames = { "office_id", "code" }))
public class DepartmentEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DepartmentKind kind;

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

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

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

}
