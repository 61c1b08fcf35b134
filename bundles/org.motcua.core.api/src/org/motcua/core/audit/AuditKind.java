// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

/** The kinds of append-only records, each a hash chain per office (docs/security.md). */
public enum AuditKind {
    /** The audit record of an action on a dossier (table {@code dossier_action}); one chain per receiving office. */
    ACTION("dossier_action"),
    /** An administrative record: sign-ins, accounts, offices, calendars, modules (table {@code admin_audit}). */
    ADMIN("admin_audit"),
    /** The opening of a dossier's personal data (table {@code dossier_access}); one chain per viewer's office. */
    ACCESS("dossier_access");

    private final String table;

    AuditKind(String table) {
        this.table = table;
    }

    /** @return the table that holds the records */
    public String table() {
        return table;
    }
}
