// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.time.LocalDateTime;

import org.motcua.core.workflow.Note;

/**
 * One record of the audit, as {@code cli audit list} and an audit screen show it.
 *
 * @param kind       its kind
 * @param id         its id
 * @param officeCode its chain's office ("-" for the installation)
 * @param at         when
 * @param actor      who (an account name; for a failed sign-in, the name typed)
 * @param action     what: an action type, an administrative action ({@code signin.ok}, {@code user.create}, ...), or
 *                   {@code open} for the opening of a dossier
 * @param dossierCode the dossier concerned, if any
 * @param note       the details as a key and arguments ({@link Note#render})
 */
public record AuditRecord(AuditKind kind, long id, String officeCode, LocalDateTime at, String actor, String action,
        String dossierCode, Note note) {
}
