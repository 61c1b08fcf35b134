// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;

/**
 * One line of a dossier's audit trail. An imported line ({@code imported}) was performed by {@code actor} in an
 * old system and brought into MotCua by {@code importedBy}.
 *
 * @param note         what the action recorded (its reason, note or change), as a {@link Note} the reader renders
 * @param ruleBreaches the rules of today an imported line broke, recorded as it happened (message keys of the core's
 *                     texts; empty for a line that broke none and for every live action)
 */
public record ActionRecordView(ActionType action, LocalDateTime at, String actor, String actorRoles,
        DossierStatus fromStatus, DossierStatus toStatus, int fromStep, int toStep, String fromHolder,
        String toHolder, Note note, boolean imported, String importedBy, java.util.List<String> ruleBreaches) {

    /** Copies the breaches. */
    public ActionRecordView {
        ruleBreaches = ruleBreaches == null ? java.util.List.of() : java.util.List.copyOf(ruleBreaches);
    }

    /** A line that broke no rule (the form before {@code ruleBreaches}). */
    public ActionRecordView(ActionType action, LocalDateTime at, String actor, String actorRoles,
            DossierStatus fromStatus, DossierStatus toStatus, int fromStep, int toStep, String fromHolder,
            String toHolder, Note note, boolean imported, String importedBy) {
        this(action, at, actor, actorRoles, fromStatus, toStatus, fromStep, toStep, fromHolder, toHolder, note, imported,
                importedBy, java.util.List.of());
    }
}
