// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Optional;
import org.motcua.core.security.Principal;

/**
 * Read-only questions about dossiers; deadline states and escalations are computed when read. Every question is
 * asked by a signed-in {@code viewer} and answered within what the viewer may see: a dossier is visible to the
 * desks and leaders of the office that received it and of the offices above it, of every office on its route and
 * of the office holding it, and to every department that holds or held a step of it; an administrator without
 * another role sees no dossier. A dossier the viewer may not see is answered as not found; opening one
 * ({@link #byId}, {@link #byCode}) is recorded in the access log.
 */
public interface DossierQueries {

    /** @return the dossier with this id */
    Optional<DossierView> byId(Principal viewer, long id);

    /** @return the dossier with this code, written in any case */
    Optional<DossierView> byCode(Principal viewer, String code);

    /**
     * One search over every dossier the viewer may see: by code or its tail, by the applicant's name without accents,
     * by CCCD/CMND, as {@link DossierSearch} says. A list is not an opening: nothing goes to the access log.
     *
     * @return a page of the matching dossiers, newest receipt first; empty for blank text
     */
    List<DossierView> search(Principal viewer, DossierSearch search, int offset, int limit);

    /**
     * A citizen's earlier dossiers, for the desk receiving a new one: those whose applicant has exactly this CCCD/CMND
     * (spaces and dots ignored) and that the viewer may see, without personal data.
     *
     * @return at most {@code limit} of them, newest receipt first
     */
    List<DossierSummary> earlierDossiers(Principal viewer, String idNumber, int limit);

    /** @return the dossier's steps */
    List<StepView> steps(Principal viewer, long dossierId);

    /**
     * @return the dossier against the same-day forwarding rule (NĐ 61/2018 Art. 19(1)(b)); empty for a dossier not
     *         yet received complete or received before the rule was recorded (changeset motcua-0016)
     */
    Optional<ForwardingView> forwarding(Principal viewer, long dossierId);

    /** @return the values of the procedure's extra form fields, as received (label and type of that day) */
    List<org.motcua.core.procedure.FieldValue> fields(Principal viewer, long dossierId);

    /** @return the dossier's audit trail, oldest first */
    List<ActionRecordView> history(Principal viewer, long dossierId);

    /** @return the dossier's control slip, in order */
    List<ControlSlipRowView> controlSlip(Principal viewer, long dossierId);

    /** @return the open dossiers held by a department, earliest due first */
    List<DossierView> heldBy(Principal viewer, long departmentId, int offset, int limit);

    /** @return a page of the open dossiers held by a department that match {@code query}, in its order */
    List<DossierView> heldBy(Principal viewer, long departmentId, InboxQuery query, int offset, int limit);

    /** @return how many open dossiers held by a department match {@code query} */
    long countHeldBy(Principal viewer, long departmentId, InboxQuery query);

    /**
     * The ids of the open dossiers held by a department that match {@code query}, in its order: one query
     * however long the inbox, after which {@link #byIds} reads any page by primary key. An inbox keeps the
     * ids (8 bytes a dossier) so that scrolling deep into a long list costs no more than the first page.
     *
     * @return the ids, in the query's order; their number is the inbox's row count
     */
    long[] heldByIds(Principal viewer, long departmentId, InboxQuery query);

    /** @return the dossiers with these ids, in the order given (ids no longer found are left out) */
    List<DossierView> byIds(Principal viewer, long[] ids);

    /** @return a page of all dossiers received by an office ({@code null}: every office), oldest first */
    List<DossierView> page(Principal viewer, String officeCode, int offset, int limit);

    /** @return the inter-level dossiers waiting for this office's answer, oldest first */
    List<TransferView> pendingTransfers(Principal viewer, long officeId);
}
