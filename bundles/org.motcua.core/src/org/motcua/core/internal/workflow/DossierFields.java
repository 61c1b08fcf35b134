// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierFieldEntity;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.FormValidation;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.InvalidFieldsException;

/**
 * The dossier's values of its procedure's extra form fields: checked against the definition the dossier is
 * received under (every problem at once, before anything is written), then stored with the field's label
 * and type as part of the dossier's copy of the procedure.
 */
final class DossierFields {

    private DossierFields() {
    }

    /**
     * @param complete whether required fields must be given (a complete receipt, not an import)
     * @return the checked values; throws {@link InvalidFieldsException} listing every problem
     */
    static List<FieldValue> check(ProcedureDefinition definition, Map<String, String> values, LocalDate day,
            boolean complete) {
        FormValidation.Result result = FormValidation.validate(definition.fields(), values, day, complete);
        if (!result.isValid()) {
            throw new InvalidFieldsException(result);
        }
        return result.values();
    }

    /** Stores the values of a dossier that has just been persisted. */
    static void store(EntityManager em, DossierEntity d, List<FieldValue> values) {
        int position = 0;
        for (FieldValue v : values) {
            DossierFieldEntity f = new DossierFieldEntity();
            f.setDossier(d);
            f.setPosition(position++);
            f.setKey(v.key());
            f.setType(v.type());
            f.setLabelVi(v.labelVi());
            f.setLabelEn(v.labelEn());
            f.setValue(v.value());
            f.setDisplayVi(v.displayVi());
            f.setDisplayEn(v.displayEn());
            em.persist(f);
        }
    }

    /** @return the dossier's values, in the definition's order */
    static List<FieldValue> of(EntityManager em, long dossierId) {
        return em.createQuery("select f from DossierFieldEntity f where f.dossier.id = :d order by f.position",
                DossierFieldEntity.class).setParameter("d", dossierId).getResultList().stream()
                .map(f -> new FieldValue(f.getKey(), f.getLabelVi(), f.getLabelEn(), f.getType(), f.getValue(),
                        f.getDisplayVi(), f.getDisplayEn()))
                .toList();
    }

    /**
     * Replaces the values when the desk corrects the procedure: {@code given} ({@code null}: the values kept
     * so far, by key) are checked against the new definition, as a complete receipt unless imported.
     */
    static void replace(EntityManager em, DossierEntity d, ProcedureDefinition definition, Map<String, String> given,
            boolean complete) {
        Map<String, String> values = given;
        if (values == null) {
            values = new LinkedHashMap<>();
            for (FieldValue v : of(em, d.getId())) {
                if (definition.field(v.key()).isPresent()) {
                    values.put(v.key(), v.value());
                }
            }
        }
        List<FieldValue> checked = check(definition, values, d.getReceivedAt().toLocalDate(), complete);
        em.createQuery("delete from DossierFieldEntity f where f.dossier = :d").setParameter("d", d).executeUpdate();
        store(em, d, checked);
    }
}
