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
        Migrations.migrate(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from databasechangelog")) {
            r.next();
            assertEquals(Migrations.LATEST_CHANGESET, r.getInt(1), "each changeset applied once");
        }
    }

    @Test
    void slipRowsOfBeforeKeyedNotesKeepTheirTextAndTheirChannelCodeGetsItsKey() throws Exception {
        DataSource db = Database.dataSource(DatabaseConfig.h2Memory("notes-" + System.nanoTime()));
        Migrations.migrateTo(db, 9);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set referential_integrity false"); // slip rows alone, without their dossier
            int id = 1;
            for (String note : new String[] { "WALK_IN", "INTER_LEVEL", "Bổ sung lần / supplement round 1", null }) {
                s.execute("insert into control_slip_row (id, version, dossier_id, seq, step_index, from_agency, to_agency,"
                        + " handed_over_at, handed_over_by, note) values (" + id + ", 1, 1, " + id++ + ", 0,"
                        + " 'Người nộp hồ sơ: Tên Cũ', 'Bộ phận một cửa – Huyện', current_timestamp, 'Cán bộ', "
                        + (note == null ? "null" : "'" + note + "'") + ")");
            }
        }
        Migrations.migrate(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select note_key, note, from_agency from control_slip_row order by seq")) {
            StringBuilder rows = new StringBuilder();
            while (r.next()) {
                rows.append(r.getString(1)).append(" | ").append(r.getString(2)).append(" | ").append(r.getString(3)).append('\n');
            }
            assertEquals("""
                    slip.note.channel.WALK_IN | null | Người nộp hồ sơ: Tên Cũ
                    slip.note.channel.INTER_LEVEL | null | Người nộp hồ sơ: Tên Cũ
                    null | Bổ sung lần / supplement round 1 | Người nộp hồ sơ: Tên Cũ
                    null | null | Người nộp hồ sơ: Tên Cũ
                    """, rows.toString());
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
