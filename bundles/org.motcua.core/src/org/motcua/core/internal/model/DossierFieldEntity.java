// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import jakarta.persistence.*;

import org.motcua.core.procedure.FieldType;

/**
 * The value of one of the procedure's extra form fields, kept with the field's label and type of the day
 * of receipt (part of the dossier's copy of its procedure). Written at receipt, replaced only when the desk
 * corrects the procedure.
 */
@Entity
@Table(name = "dossier_field")
public class DossierFieldEntity extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false)
    private int position;

    @Column(name = "field_key", nullable = false, length = 60)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;

    @Column(name = "label_vi", nullable = false, length = 200)
    private String labelVi;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "field_value", nullable = false, length = 500)
    private String value;

    @Column(name = "display_vi", nullable = false, length = 500)
    private String displayVi;

    @Column(name = "display_en", nullable = false, length = 500)
    private String displayEn;

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

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getLabelVi() {
        return labelVi;
    }

    public void setLabelVi(String labelVi) {
        this.labelVi = labelVi;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getDisplayVi() {
        return displayVi;
    }

    public void setDisplayVi(String displayVi) {
        this.displayVi = displayVi;
    }

    public String getDisplayEn() {
        return displayEn;
    }

    public void setDisplayEn(String displayEn) {
        this.displayEn = displayEn;
    }
}
