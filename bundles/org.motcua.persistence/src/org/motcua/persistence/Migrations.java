// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;

import org.motcua.core.engine.CoreEngine;
import org.motcua.core.MotCuaException;
import org.osgi.framework.FrameworkUtil;

/**
 * Brings the database schema up to date with Liquibase before EclipseLink opens it, and refuses to
 * start against a database that a newer MotCua has already migrated. The changelog ships in
 * org.motcua.core ({@code db/changelog}); see docs/decisions/migrations.md for the OSGi details.
 */
public final class Migrations {

    /** The master changelog, as recorded in DATABASECHANGELOG: never move it. */
    public static final String CHANGELOG = "db/changelog/motcua-changelog.xml";

    /**
     * The newest changeset this version of MotCua knows ({@code motcua-NNNN}). Not a compile-time constant on
     * purpose: a class compiled against an older value (an incremental build of another bundle, or of this one)
     * reads the current one instead of a copy inlined when it was compiled.
     */
    public static final int LATEST_CHANGESET = Integer.parseInt("20");

    private Migrations() {
    }

    /** The changeset that chains the audit records (docs/security.md); the history before it is sealed after it. */
    static final int AUDIT_CHAIN_CHANGESET = 19;

    /** Applies the pending changesets; a no-op on an up-to-date database. */
    public static void migrate(DataSource dataSource) {
        run(dataSource, 0);
    }

    /**
     * Applies the changesets up to {@code motcua-NNNN} with {@code NNNN = changeset} and no further: a
     * restore builds the schema a backup's rows were written for, loads them, then migrates the rest.
     */
    public static void migrateTo(DataSource dataSource, int changeset) {
        if (changeset < 1 || changeset > LATEST_CHANGESET) {
            throw new IllegalArgumentException("no changeset motcua-" + changeset);
        }
        int applied = appliedChangeset(dataSource);
        if (applied < changeset) {
            run(dataSource, changeset - applied); // one changeset a file, in order (motcua-changelog.xml)
        }
    }

    /** Runs the changelog: all pending changesets, or the next {@code count} of them when it is positive. */
    private static void run(DataSource dataSource, int count) {
        refuseNewerDatabase(dataSource);
        Map<String, Object> scope = new HashMap<>();
        // Liquibase's own class loader sees its META-INF/services; never rely on the context class loader
        scope.put(Scope.Attr.classLoader.name(), Scope.class.getClassLoader());
        scope.put(Scope.Attr.resourceAccessor.name(),
                new OSGiResourceAccessor(FrameworkUtil.getBundle(CoreEngine.class)));
        // Liquibase builds its root scope on first use from the thread context class loader: make
        // that Liquibase's own loader too, or a caller whose context loader cannot see Liquibase's
        // META-INF/services (e.g. a test fragment of another bundle) gets "Cannot find default log service"
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            Scope.child(scope, () -> {
                try (Connection connection = dataSource.getConnection()) {
                    Database database = DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                    CommandScope command = count > 0 ? new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                            .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                            : new CommandScope(UpdateCommandStep.COMMAND_NAME);
                    command.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(count > 0 ? UpdateCountCommandStep.CHANGELOG_FILE_ARG
                                    : UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute();
                }
            });
        } catch (Exception e) {
            throw new MotCuaException(e, "database.migrationFailed", String.valueOf(e.getMessage()));
        } finally {
            thread.setContextClassLoader(previous);
        }
        sealAuditHistory(dataSource);
    }

    /**
     * Seals the audit records written before changeset 0019 into their hash chains (the changeset leaves a marker
     * when there are some; the sealing removes it in the same transaction, so an interrupted sealing is done again at
     * the next start and a record written later outside a chain is never sealed).
     */
    private static void sealAuditHistory(DataSource dataSource) {
        if (appliedChangeset(dataSource) < AUDIT_CHAIN_CHANGESET) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            CoreEngine.sealAuditHistory(connection);
        } catch (SQLException e) {
            throw new MotCuaException(e, "database.migrationFailed", String.valueOf(e.getMessage()));
        }
    }

    /** @return the highest {@code motcua-NNNN} changeset applied to the database, 0 for an empty one */
    public static int appliedChangeset(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!hasChangelogTable(connection)) {
                return 0;
            }
            int highest = 0;
            try (ResultSet rows = statement.executeQuery("select id from databasechangelog")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    if (id != null && id.matches("motcua-\\d{4}")) {
                        highest = Math.max(highest, Integer.parseInt(id.substring(7)));
                    }
                }
            }
            return highest;
        } catch (SQLException e) {
            throw new MotCuaException(e, "database.unreachable", String.valueOf(e.getMessage()));
        }
    }

    private static boolean hasChangelogTable(Connection connection) throws SQLException {
        for (String name : new String[] { "DATABASECHANGELOG", "databasechangelog" }) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void refuseNewerDatabase(DataSource dataSource) {
        int applied = appliedChangeset(dataSource);
        if (applied > LATEST_CHANGESET) {
            throw new MotCuaException("database.newerThanApplication", applied, LATEST_CHANGESET);
        }
    }
}
