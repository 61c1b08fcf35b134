// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import org.motcua.core.dossier.DeadlineState;

/**
 * The search, deadline filter and order of a department inbox.
 *
 * @param search     text found in the dossier code or the applicant's name (anywhere, any case; the name also
 *                   without accents: "nguyen" finds "Nguyễn"), or at the start of the applicant's CCCD/CMND; empty for
 *                   every dossier
 * @param sort       the order
 * @param descending whether the order is reversed
 * @param deadline   only the dossiers in this deadline state (as {@link DossierView#deadlineState()} reports
 *                   it at the time of the query); {@code null} for every state
 */
public record InboxQuery(String search, Sort sort, boolean descending, DeadlineState deadline) {

    /** The orders an inbox offers. */
    public enum Sort {
        /** Earliest appointment first (the default: what must be done first). */
        DUE,
        /** Oldest receipt first. */
        RECEIVED,
        /** By dossier code. */
        CODE,
        /** By applicant name. */
        APPLICANT
    }

    /** Normalises the fields. */
    public InboxQuery {
        search = search == null ? "" : search.trim();
        sort = sort == null ? Sort.DUE : sort;
    }

    /** A query over every deadline state. */
    public InboxQuery(String search, Sort sort, boolean descending) {
        this(search, sort, descending, null);
    }

    /** @return every dossier, earliest due first */
    public static InboxQuery byDue() {
        return new InboxQuery("", Sort.DUE, false, null);
    }
}
