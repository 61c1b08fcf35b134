// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

/**
 * The first record of a chain that does not match what the chain says.
 *
 * @param kind       the kind of records (its {@link AuditKind#table() table})
 * @param rowId      the id of the record concerned: the changed record, or the missing one as the chain names it
 *                   ({@code null} when nothing names it)
 * @param officeId   the chain's office
 * @param officeCode the office's code ("-" for 0 or an office that no longer exists)
 * @param seq        the record's position in the chain ({@code null} for a record outside any chain)
 * @param problem    what does not match
 * @param missing    for {@link Problem#DELETED} and {@link Problem#MISSING_AT_END}: how many records are missing
 */
public record AuditMismatch(AuditKind kind, Long rowId, long officeId, String officeCode, Long seq, Problem problem,
        long missing) {

    /** What does not match; each has the message key {@code audit.problem.<NAME>}. */
    public enum Problem {
        /** The record's content or its link differs from what its hash was computed over: it was changed. */
        CHANGED,
        /** The record matches its own hash, but the next record links to another hash: it was changed and rehashed. */
        REHASHED,
        /** Records are missing before the next one: deleted (the next record names the last of them). */
        DELETED,
        /** The head names records after the last one there is: the last records were deleted. */
        MISSING_AT_END,
        /** Two records hold one position: the chain forked. */
        FORKED,
        /** A record that belongs to no chain: written behind the application's back. */
        UNCHAINED,
        /** Records after the chain's head: written behind the application's back. */
        BEYOND_HEAD,
        /** The chain's last record is not the one its head names (the head or the record was rewritten). */
        HEAD_DIFFERS,
        /** A chain without its head. */
        NO_HEAD,
        /** An exported head is no longer in the chain: the history it committed to was rewritten. */
        EXPORTED_HEAD_DIFFERS
    }

    /** @return the table that holds the record */
    public String table() {
        return kind.table();
    }
}
