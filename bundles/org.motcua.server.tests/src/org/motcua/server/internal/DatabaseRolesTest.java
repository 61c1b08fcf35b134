// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.dossier.Channel;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.testsupport.TestProvinceWorld;
import org.motcua.testsupport.World;

/**
 * The server's application role on PostgreSQL (skipped without the test server): it adds rows to the hash-chained
 * audit and never changes or removes one, by privilege (before the trigger of changeset 0019 is even reached).
 */
class DatabaseRolesTest {

    @Test
    void theApplicationRoleAddsAuditRowsAndCannotUpdateOrDeleteThem() throws Exception {
        DatabaseConfig owner = World.postgres("roles");
        String role = "motcua_app_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        String password = "app-" + System.nanoTime();
        TestProvinceWorld w = new TestProvinceWorld(owner, World.APPLICANT); // migrated and filled by the owner
        try {
            w.landAtDepartment();
            execute(w.dataSource, "create role " + role + " login password '" + password + "'");
            DatabaseRoles.grantApplication(w.dataSource, role);
            DatabaseConfig app = new DatabaseConfig(owner.url(), role, password);
            DataSource appData = Database.dataSource(app);
            for (String statement : List.of(
                    "update dossier_action set note_args = 'sửa lén'",
                    "delete from dossier_action",
                    "truncate dossier_action",
                    "update admin_audit set actor = 'admin'",
                    "delete from admin_audit",
                    "update dossier_access set user_id = user_id",
                    "delete from dossier_access",
                    "delete from audit_chain_head")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(appData, statement), statement);
                assertEquals("42501", refused.getSQLState(), statement);
                assertTrue(refused.getMessage().contains("permission denied"), statement + ": " + refused.getMessage());
            }
            // what it may do: read, and write through the core, whose chained records it only inserts
            try (Connection c = appData.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from dossier_action")) {
                r.next();
                assertTrue(r.getLong(1) > 0);
            }
            EntityManagerFactory factory = Database.openWithoutMigrating(app, appData);
            try {
                CoreEngine core = CoreEngine.create(factory, w.clock, w.core.procedures(), World.TEST_SECURITY);
                Principal desk = core.sessions().signIn("desk.district", World.PASSWORD.toCharArray(), SessionKind.TOOL);
                var d = core.workflow().receive(desk, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
                core.queries().byId(desk, d.id()).orElseThrow();
                Principal admin = core.sessions().signIn("admin", World.PASSWORD.toCharArray(), SessionKind.TOOL);
                AuditReport report = core.audit().verify(admin, List.of());
                assertTrue(report.intact(), report.toString());
            } finally {
                factory.close();
            }
        } finally {
            w.close();
            DataSource pool = Database.dataSource(owner);
            try {
                execute(pool, "drop owned by " + role);
                execute(pool, "drop role if exists " + role);
            } catch (SQLException notCreated) {
                // the role was never created (the world failed first): nothing to drop
            }
        }
    }

    private static void execute(DataSource data, String statement) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
