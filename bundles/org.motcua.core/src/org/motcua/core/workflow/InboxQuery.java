package org.motcua.core.workflow;

/**
 * The search and order of a department inbox.
 *
 * @param search     text found in the dossier code or the applicant's name (anywhere, any case), or at the
 *                   start of the applicant's CCCD/CMND; empty for every dossier
 * @param sort       the order
 * @param descending whether the order is reversed
 */
public record InboxQuery(String search, Sort sort, boolean descending) {

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

    /** @return every dossier, earliest due first */
    public static InboxQuery byDue() {
        return new InboxQuery("", Sort.DUE, false);
    }
}
