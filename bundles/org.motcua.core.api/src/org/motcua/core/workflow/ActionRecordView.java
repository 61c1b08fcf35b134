// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DossierStatus;

/**
 * One line of a dossier's audit trail. An imported line ({@code imported}) was performed by {@code actor} in an
 * old system and brought into MotCua by {@code importedBy}.
 *
 * @param note what the action recorded (its reason, note or change), as a {@link Note} the reader renders
 */
public record ActionRecordView(ActionType action, LocalDateTime at, String actor, String actorRoles,
        DossierStatus fromStatus, DossierStatus toStatus, int fromStep, int toStep, String fromHolder,
        String toHolder, Note note, boolean imported, String importedBy) {
}
