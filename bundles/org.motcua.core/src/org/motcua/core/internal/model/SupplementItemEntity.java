// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import jakarta.persistence.*;

import org.motcua.core.workflow.PaperKind;

/** One paper a supplement request (Mẫu 02) asks for: from the procedure's list or not (then with its reason), its kind. */
@Entity
@Table(name = "supplement_item")
public class SupplementItemEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private SupplementRequestEntity request;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaperKind kind;

    /** Whether the paper is on the procedure version's document list. */
    @Column(nullable = false)
    private boolean listed;

    /** Why a paper not on the list is needed; null for a listed paper. */
    @Column(name = "other_reason", length = 2000)
    private String otherReason;

    public SupplementRequestEntity getRequest() {
        return request;
    }

    public void setRequest(SupplementRequestEntity request) {
        this.request = request;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PaperKind getKind() {
        return kind;
    }

    public void setKind(PaperKind kind) {
        this.kind = kind;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public String getOtherReason() {
        return otherReason;
    }

    public void setOtherReason(String otherReason) {
        this.otherReason = otherReason;
    }
}
