// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

/**
 * Privileged operations done outside the core's own transactions (by the command line or a server) that the audit
 * records: each is an administrative record {@code admin.audit.<key>}.
 */
public enum AuditEvent {
    /** Dossiers exported (arguments: office, file name, number of rows). */
    EXPORT("export.dossiers"),
    /** A period report rendered (arguments: report, office code or {@code all}, first and last day). */
    REPORT("report.render"),
    /** A dossier's form rendered for preview, print or save (arguments: form, dossier code). */
    FORM("form.render"),
    /** The audit's own records exported from the audit screen (arguments: file name, number of rows). */
    AUDIT_EXPORT("audit.export"),
    /** A backup written (arguments: file name, number of rows). */
    BACKUP("backup.write"),
    /** A backup restored (arguments: file name, its schema changeset, its time, the safety copy). */
    RESTORE("backup.restore"),
    /**
     * A restore begun, in the database it is about to replace (so the safety copy holds it; arguments: file name). Its
     * end is {@link #RESTORE}, in the restored database, or {@link #BACKUP_REFUSED}.
     */
    RESTORE_START("backup.restoreStart"),
    /**
     * A backup or restore refused or failed, nothing replaced (arguments: {@code backup} or {@code restore}, file name,
     * the refusal's message key).
     */
    BACKUP_REFUSED("backup.refused");

    private final String key;

    AuditEvent(String key) {
        this.key = key;
    }

    /** @return the administrative action recorded ({@code admin.audit.<key>} is its text) */
    public String key() {
        return key;
    }
}
