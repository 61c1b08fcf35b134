// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * PostgreSQL privileges of the server's application role: it reads and writes rows, it owns nothing, so it
 * cannot change the schema, drop a table or grant itself more. Run by {@code server migrate} as the owner.
 */
final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /** Grants {@code role} the row privileges on the schema's tables and sequences, nothing more. */
    static void grantApplication(DataSource owner, String role) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new SQLException("not a plain role name: " + role);
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            String schema = quoted(c.getSchema()); // the schema the migrations wrote (currentSchema=… in the URL)
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            s.execute("REVOKE CREATE ON SCHEMA " + schema + " FROM " + role);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
