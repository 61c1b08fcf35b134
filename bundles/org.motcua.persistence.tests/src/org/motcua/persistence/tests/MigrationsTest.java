// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.persistence.Migrations;

/** The schema comes from Liquibase changesets; a database from a newer MotCua is refused untouched. */
class MigrationsTest {

    @Test
    void anEmptyDatabaseIsMigratedAndAMigratedOneIsLeftAsItIs() throws Exception {
        DataSource db = Database.dataSource(DatabaseConfig.h2Memory("migrations-" + System.nanoTime()));
        assertEquals(0, Migrations.appliedChangeset(db));
        Migrations.migrate(db);
        assertEquals(Migrations.LATEST_CHANGESET, Migrations.appliedChangeset(db));
        int applied = changesets(db);
        Migrations.migrate(db);
        assertEquals(applied, changesets(db), "a migrated database is left as it is");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(distinct id) from databasechangelog")) {
            r.next();
            // changeset numbers are handed out to parallel branches: count them, do not assume 1..LATEST
            assertEquals(applied, r.getInt(1), "each changeset applied once");
        }
    }

    private static int changesets(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from databasechangelog")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aDatabaseMigratedByANewerMotCuaIsRefusedWithAClearMessage() throws Exception {
        DataSource db = Database.dataSource(DatabaseConfig.h2Memory("newer-" + System.nanoTime()));
        Migrations.migrate(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype)"
                    + " values ('motcua-0099', 'motcua', 'db/changelog/0099-future.xml', current_timestamp, 99, 'EXECUTED')");
        }
        MotCuaException refused = assertThrows(MotCuaException.class, () -> Migrations.migrate(db));
        assertEquals("database.newerThanApplication", refused.key());
        assertTrue(refused.message(null).contains("99"), refused.message(null));
        assertThrows(MotCuaException.class, () -> Database.open(DatabaseConfig.h2Memory("unused"), db));
    }
}
