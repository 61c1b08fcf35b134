// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Optional;

/** Read-only questions about dossiers; deadline states and escalations are computed when read. */
public interface DossierQueries {

    /** @return the dossier with this id */
    Optional<DossierView> byId(long id);

    /** @return the dossier with this code */
    Optional<DossierView> byCode(String code);

    /** @return the dossier's steps */
    List<StepView> steps(long dossierId);

    /** @return the values of the procedure's extra form fields, as received (label and type of that day) */
    List<org.motcua.core.procedure.FieldValue> fields(long dossierId);

    /** @return the dossier's audit trail, oldest first */
    List<ActionRecordView> history(long dossierId);

    /** @return the dossier's control slip, in order */
    List<ControlSlipRowView> controlSlip(long dossierId);

    /** @return the open dossiers held by a department, earliest due first */
    List<DossierView> heldBy(long departmentId, int offset, int limit);

    /** @return a page of the open dossiers held by a department that match {@code query}, in its order */
    List<DossierView> heldBy(long departmentId, InboxQuery query, int offset, int limit);

    /** @return how many open dossiers held by a department match {@code query} */
    long countHeldBy(long departmentId, InboxQuery query);

    /**
     * The ids of the open dossiers held by a department that match {@code query}, in its order: one query
     * however long the inbox, after which {@link #byIds} reads any page by primary key. An inbox keeps the
     * ids (8 bytes a dossier) so that scrolling deep into a long list costs no more than the first page.
     *
     * @return the ids, in the query's order; their number is the inbox's row count
     */
    long[] heldByIds(long departmentId, InboxQuery query);

    /** @return the dossiers with these ids, in the order given (ids no longer found are left out) */
    List<DossierView> byIds(long[] ids);

    /** @return a page of all dossiers received by an office ({@code null}: every office), oldest first */
    List<DossierView> page(String officeCode, int offset, int limit);

    /** @return the inter-level dossiers waiting for this office's answer, oldest first */
    List<TransferView> pendingTransfers(long officeId);
}
