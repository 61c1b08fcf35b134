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

    @Test
    void existingDossiersGetTheDeskThatReceivedThemOrElseTheirOfficesDesk() throws Exception {
        DataSource db = Database.dataSource(DatabaseConfig.h2Memory("receiving-desk-" + System.nanoTime()));
        Migrations.migrateTo(db, 9); // a database of the release before motcua-0011, with dossiers
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            office(s);
            s.execute("insert into department (id, version, office_id, code, name, kind) values"
                    + " (10, 1, 1, 'MOTCUA', 'Bộ phận một cửa', 'DESK'), (11, 1, 1, 'MOTCUA2', 'Quầy 2', 'DESK'),"
                    + " (12, 1, 1, 'TNMT', 'Phòng TNMT', 'INTERNAL')");
            dossier(s, 100, "received at the second desk");
            dossier(s, 101, "received by a user of no desk");
            dossier(s, 102, "imported without its receipt");
            s.execute("insert into dossier_action (id, version, dossier_id, action, at_time, actor, actor_roles,"
                    + " actor_department, from_status, to_status, from_step, to_step, imported) values"
                    + " (200, 1, 100, 'RECEIVE', current_timestamp, 'quay2', 'DESK_OFFICER', 'MOTCUA2', null, 'RECEIVED', 0, 0, false),"
                    + " (201, 1, 100, 'HAND_OVER', current_timestamp, 'quay1', 'DESK_OFFICER', 'MOTCUA', 'RECEIVED', 'PROCESSING', 0, 1, false),"
                    + " (202, 1, 101, 'RECEIVE', current_timestamp, 'dat', 'DESK_OFFICER', 'TNMT', null, 'RECEIVED', 0, 0, false)");
        }
        Migrations.migrate(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, receiving_department_id from dossier order by id")) {
            StringBuilder desks = new StringBuilder();
            while (r.next()) {
                desks.append(r.getLong(1)).append('→').append(r.getLong(2)).append(' ');
            }
            // the receipt's desk, not the later hand-over's; else the office's first desk, never a department
            assertEquals("100→11 101→10 102→10 ", desks.toString());
        }
    }

    /** Inserts the office 1 (Tháp Mười) as a database of changeset motcua-0009 holds it. */
    static void office(Statement s) throws Exception {
        s.execute("insert into office (id, version, code, name, level, regime, working_periods, acceptance_sla_days,"
                + " code_prefix) values (1, 1, 'H20.872', 'Tháp Mười', 'DISTRICT', 'DECREE_61_2018', '07:00-11:30',"
                + " 1, '00')");
    }

    /** Inserts the dossier {@code id} of office 1 as a database of changeset motcua-0009 holds it. */
    static void dossier(Statement s, long id, String applicant) throws Exception {
        s.execute("insert into dossier (id, version, code, office_id, current_office_id, channel, status, applicant_name,"
                + " applicant_organisation, procedure_code, procedure_version, procedure_name_vi, total_duration, total_unit,"
                + " supplement_policy, supplement_limit, financial_obligation, fee_vnd, received_at, current_step,"
                + " last_sender_step, receiver_acted, supplement_rounds, reappointed) values (" + id + ", 1, 'H20.872-250602-"
                + id + "', 1, 1, 'WALK_IN', 'RECEIVED', '" + applicant + "', false, 'T.LAND', 'test-1', 'Đất', 4,"
                + " 'WORKING_DAYS', 'PAUSE', 3, false, 0, current_timestamp, 0, 0, false, 0, false)");
    }

    private static int changesets(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from databasechangelog")) {
            r.next();
            return r.getInt(1);
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
