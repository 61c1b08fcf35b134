// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import jakarta.persistence.*;


/** A paper of the dossier's checklist at reception. */
@Entity
@Table(name = "dossier_document")
public class DossierDocumentEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 400)
    private String name;

    @Column(nullable = false)
    private boolean original;

    @Column(name = "copies", nullable = false)
    private int count;

    @Column(nullable = false)
    private boolean received;

    public DossierEntity getDossier() {
        return dossier;
    }

    public void setDossier(DossierEntity dossier) {
        this.dossier = dossier;
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

    public boolean isOriginal() {
        return original;
    }

    public void setOriginal(boolean original) {
        this.original = original;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }

}
