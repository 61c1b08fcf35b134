// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.core.dossier.Channel;

/**
 * What the desk enters to receive a dossier.
 *
 * @param procedureCode the TTHC code; the version in force on the day is used
 * @param channel       how the dossier came
 * @param applicant     the applicant
 * @param documents     the checklist of papers (may be empty: the procedure's list is used, all received)
 * @param fieldValues   the values of the procedure's extra form fields by key, as typed (checked against the
 *                      version the dossier is received under; may be empty)
 */
public record ReceiveRequest(String procedureCode, Channel channel, ApplicantData applicant, List<DocumentItem> documents,
        Map<String, String> fieldValues) {

    /** A request without extra form fields. */
    public ReceiveRequest(String procedureCode, Channel channel, ApplicantData applicant, List<DocumentItem> documents) {
        this(procedureCode, channel, applicant, documents, Map.of());
    }

    /** Copies the lists. */
    public ReceiveRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
        fieldValues = fieldValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldValues));
    }
}
