package org.motcua.core.workflow;

import java.util.List;

import org.motcua.core.dossier.Channel;

/**
 * What the desk enters to receive a dossier.
 *
 * @param procedureCode the TTHC code; the version in force on the day is used
 * @param channel       how the dossier came
 * @param applicant     the applicant
 * @param documents     the checklist of papers (may be empty: the procedure's list is used, all received)
 */
public record ReceiveRequest(String procedureCode, Channel channel, ApplicantData applicant, List<DocumentItem> documents) {

    /** Copies the list. */
    public ReceiveRequest {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
