// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * PostgreSQL privileges of the server's application role: it reads and writes rows, it owns nothing, so it
 * cannot change the schema, drop a table or grant itself more, and it only adds rows to the hash-chained audit.
 * Run by {@code server migrate} as the owner.
 */
final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /**
     * Grants {@code role} the row privileges on the schema's tables and sequences, nothing more: on the chained audit
     * tables SELECT and INSERT only (a trigger of changeset 0019 refuses UPDATE and DELETE to anyone as well).
     */
    static void grantApplication(DataSource owner, String role) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new SQLException("not a plain role name: " + role);
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            String schema = quoted(c.getSchema()); // the schema the migrations wrote (currentSchema=… in the URL)
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            // the hash-chained audit is append-only (docs/security.md): rows are added, never changed or removed
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + ".dossier_action, " + schema + ".admin_audit, "
                    + schema + ".dossier_access FROM " + role);
            s.execute("REVOKE DELETE, TRUNCATE ON " + schema + ".audit_chain_head FROM " + role);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            s.execute("REVOKE CREATE ON SCHEMA " + schema + " FROM " + role);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
