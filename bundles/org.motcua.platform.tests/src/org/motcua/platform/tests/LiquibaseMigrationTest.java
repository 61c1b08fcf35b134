// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;

/**
 * Liquibase inside OSGi: applies a changelog shipped in this bundle to an H2 file database. The
 * recipe (see docs/decisions/migrations.md): run inside a Liquibase Scope whose class loader is
 * Liquibase's own bundle class loader (its built-in services are found with ServiceLoader in its own
 * jar) and whose resource accessor reads the changelog from the bundle that ships it.
 */
class LiquibaseMigrationTest {

    static final String CHANGELOG = "db/changelog/platform-changelog.xml";

    @TempDir
    Path tmp;

    @Test
    void appliesChangelogFromBundleOnceAndOnlyOnce() throws Exception {
        assertEquals("org.liquibase.core", FrameworkUtil.getBundle(Scope.class).getSymbolicName());
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + tmp.resolve("migrations").toAbsolutePath());
        ds.setUser("sa");

        migrate(ds);
        try (Connection c = ds.getConnection()) {
            assertTrue(tables(c).containsAll(List.of("PROCEDURE_TYPE", "DOSSIER", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK")),
                    () -> "tables: " + tablesQuietly(c));
            assertEquals(List.of("001-procedure|motcua|" + CHANGELOG + "|EXECUTED|1", "002-dossier|motcua|" + CHANGELOG + "|EXECUTED|2"),
                    changelogRows(c));
            assertEquals("Đăng ký thường trú", single(c, "SELECT NAME FROM PROCEDURE_TYPE WHERE CODE = '1.004227'"),
                    "Vietnamese text from the XML changelog must arrive intact");
        }

        // Second run: nothing to do, same history, lock released.
        migrate(ds);
        try (Connection c = ds.getConnection()) {
            assertEquals(List.of("001-procedure|motcua|" + CHANGELOG + "|EXECUTED|1", "002-dossier|motcua|" + CHANGELOG + "|EXECUTED|2"),
                    changelogRows(c));
            assertEquals("1", single(c, "SELECT COUNT(*) FROM PROCEDURE_TYPE"), "the insert must not run twice");
            assertFalse(Boolean.parseBoolean(single(c, "SELECT LOCKED FROM DATABASECHANGELOGLOCK WHERE ID = 1")));
        }
    }

    /** The recipe the persistence bundle copies. */
    static void migrate(JdbcDataSource ds) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Scope.class.getClassLoader());
        scope.put(Scope.Attr.resourceAccessor.name(), new OSGiResourceAccessor(TestFiles.bundle()));
        Scope.child(scope, () -> {
            try (Connection c = ds.getConnection()) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute();
            }
        });
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static String tablesQuietly(Connection c) {
        try {
            return tables(c).toString();
        } catch (SQLException e) {
            return e.toString();
        }
    }

    private static List<String> changelogRows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT ID, AUTHOR, FILENAME, EXECTYPE, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getInt(5));
            }
        }
        return rows;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
