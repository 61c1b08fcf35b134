// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.util.Set;

import jakarta.persistence.*;

import org.motcua.core.org.Role;

/** A user of MotCua with roles scoped to an office and, for staff, a department. */
/* not cached: every call reads the user as the database says now (a deactivation acts at once) */
@Entity
@Table(name = "user_account")
public class UserEntity extends BaseEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private OfficeEntity office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private DepartmentEntity department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 24)
    private Set<Role> roles = new java.util.HashSet<>();

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** Failed sign-ins since the last success (reset by a success or an administrator's unlock). */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** Until when sign-in is refused after repeated failures ({@code null}: not locked). */
    @Column(name = "locked_until")
    private java.time.LocalDateTime lockedUntil;

    /** Whether the user must choose a new password before anything else (after an administrator's reset). */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public OfficeEntity getOffice() {
        return office;
    }

    public void setOffice(OfficeEntity office) {
        this.office = office;
    }

    public DepartmentEntity getDepartment() {
        return department;
    }

    public void setDepartment(DepartmentEntity department) {
        this.department = department;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public void setFailedSignIns(int failedSignIns) {
        this.failedSignIns = failedSignIns;
    }

    public java.time.LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(java.time.LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }
}
