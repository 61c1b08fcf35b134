// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDateTime;
import java.util.Locale;

import org.motcua.core.dossier.DossierStatus;

/**
 * A dossier without its applicant's personal data (no name, number, phone, address): what a desk may see of a
 * citizen's earlier dossiers while receiving a new one ({@link DossierQueries#earlierDossiers}). Opening one reads it
 * with {@link DossierQueries#byId}, which records the opening in the access log.
 */
public record DossierSummary(long id, String code, String officeName, String procedureCode, String procedureName,
        String procedureNameEn, DossierStatus status, LocalDateTime receivedAt, LocalDateTime dueAt,
        LocalDateTime finishedAt, LocalDateTime returnedAt) {

    /** @return the procedure's name in the user's language (Vietnamese when it has no English name) */
    public String procedureName(Locale locale) {
        return "en".equals(locale.getLanguage()) && procedureNameEn != null && !procedureNameEn.isBlank()
                ? procedureNameEn : procedureName;
    }
}
