// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.motcua.core.MotCuaException;
import org.motcua.persistence.Migrations;

/**
 * Restores a backup made by {@link DataBackup} into an embedded H2 workspace database without ever
 * running anything from the file: the envelope's tag, the manifest and the schema changeset are
 * checked first; the rows are loaded through prepared statements into a scratch database that the
 * migrations build, counted and checked for broken references, then migrated to this version; only
 * then is the live database's content replaced, in one transaction, after a safety copy of it (itself
 * a backup in the same format). A refused or failed restore leaves the live database as it was.
 */
public final class DataRestore {

    private static final Pattern ENTRY = Pattern.compile("data/([A-Za-z0-9_]{1,128})\\.rows");
    private static final long MAX_FILE = Integer.MAX_VALUE - 64;
    private static final int MAX_ENTRIES = 500;

    private DataRestore() {
    }

    /**
     * @param live       the workspace's database, at this version's schema (opened without migrating)
     * @param backup     the backup file
     * @param work       a folder for the scratch database (removed afterwards)
     * @param safetyFile where the live content is saved before it is replaced
     * @return the restored backup's manifest
     */
    public static BackupManifest restore(DataSource live, Path backup, char[] passphrase, Path work, Path safetyFile,
            LocalDateTime now) {
        return restore(live, backup, passphrase, work, safetyFile, now, null);
    }

    /**
     * As {@link #restore(DataSource, Path, char[], Path, Path, LocalDateTime)}, and records the restore as an
     * administrative record of {@code operator} in the restored database, in the transaction that replaces the content
     * (docs/security.md: the backup's own audit, then this record, chained after it).
     *
     * @param operator the backup operator's account name; {@code null}: no record
     */
    public static BackupManifest restore(DataSource live, Path backup, char[] passphrase, Path work, Path safetyFile,
            LocalDateTime now, String operator) {
        Map<String, byte[]> entries = unpack(backup, passphrase);
        BackupManifest manifest = BackupManifest.parse(entries.remove("manifest.properties"));
        if (manifest.format() != BackupCipher.FORMAT) {
            throw new MotCuaException("backup.unknownFormat", manifest.format(), BackupCipher.FORMAT);
        }
        if (manifest.changeset() > Migrations.LATEST_CHANGESET) {
            throw new MotCuaException("backup.newer", manifest.changeset(), Migrations.LATEST_CHANGESET);
        }
        if (manifest.changeset() < 1 || !entries.keySet().equals(manifest.rows().keySet())) {
            throw new MotCuaException("backup.damaged");
        }
        int liveChangeset = Migrations.appliedChangeset(live);
        if (liveChangeset != Migrations.LATEST_CHANGESET) {
            throw new MotCuaException("restore.liveNotCurrent", liveChangeset, Migrations.LATEST_CHANGESET);
        }
        Path scratchFolder = work.resolve("restore-" + now.toString().replace(':', '-'));
        try {
            JdbcDataSource scratch = new JdbcDataSource();
            scratch.setURL("jdbc:h2:file:" + scratchFolder.resolve("scratch").toAbsolutePath());
            Migrations.migrateTo(scratch, manifest.changeset());
            load(scratch, manifest, entries);
            Migrations.migrate(scratch);
            DataBackup.write(live, safetyFile, passphrase, now);
            replace(live, scratch, now, operator == null ? null : new String[] { operator,
                    backup.getFileName().toString(), String.valueOf(manifest.changeset()),
                    String.valueOf(manifest.createdAt()), safetyFile.getFileName().toString() });
            try (Connection c = scratch.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return manifest;
        } catch (SQLException | IOException e) {
            throw new MotCuaException(e, "restore.failed", String.valueOf(e.getMessage()), safetyFile.toString());
        } finally {
            deleteQuietly(scratchFolder);
        }
    }

    /** @return the entries of the sealed ZIP, by name; only a manifest and table data are accepted */
    static Map<String, byte[]> unpack(Path backup, char[] passphrase) {
        byte[] file;
        try {
            if (!Files.isRegularFile(backup)) {
                throw new MotCuaException("restore.noFile", backup.toString());
            }
            if (Files.size(backup) > MAX_FILE) {
                throw new MotCuaException("backup.damaged");
            }
            file = Files.readAllBytes(backup);
        } catch (IOException e) {
            throw new MotCuaException(e, "restore.noFile", backup.toString());
        }
        byte[] plain = BackupCipher.open(file, passphrase);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(plain))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                boolean known = name.equals("manifest.properties") || ENTRY.matcher(name).matches();
                if (!known || entries.size() >= MAX_ENTRIES || entries.containsKey(name)) {
                    throw new MotCuaException("backup.damaged");
                }
                byte[] bytes = zip.readAllBytes();
                entries.put(name.equals("manifest.properties") ? name : tableOf(name), bytes);
            }
        } catch (ZipException e) {
            throw new MotCuaException(e, "backup.damaged");
        } catch (IOException e) {
            throw new MotCuaException(e, "backup.damaged");
        }
        if (!entries.containsKey("manifest.properties")) {
            throw new MotCuaException("backup.damaged");
        }
        return entries;
    }

    private static String tableOf(String entry) {
        var m = ENTRY.matcher(entry);
        m.matches();
        return m.group(1);
    }

    /** Loads every table's rows into the scratch database, then checks counts and references. */
    private static void load(DataSource scratch, BackupManifest manifest, Map<String, byte[]> entries)
            throws SQLException, IOException {
        try (Connection c = scratch.getConnection(); Statement s = c.createStatement()) {
            Map<String, String> tables = new HashMap<>();
            for (String table : DataBackup.tables(c)) {
                tables.put(table.toUpperCase(Locale.ROOT), table);
            }
            c.setAutoCommit(false);
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (Map.Entry<String, Long> expected : manifest.rows().entrySet()) {
                    String table = tables.get(expected.getKey().toUpperCase(Locale.ROOT));
                    if (table == null) {
                        throw new MotCuaException("backup.unknownTable", expected.getKey());
                    }
                    // the backup holds the whole table: rows a changeset ships (admin_unit, motcua-0020) come from it
                    s.executeUpdate("delete from " + DataBackup.quoted(c, table));
                    DataInputStream in = new DataInputStream(new ByteArrayInputStream(entries.get(expected.getKey())));
                    List<String> columns = checkedColumns(c, table, TableCodec.columns(in));
                    String sql = "insert into " + DataBackup.quoted(c, table) + " (" + String.join(", ", columns)
                            + ") values (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                    try (PreparedStatement insert = c.prepareStatement(sql)) {
                        long count = TableCodec.read(in, columns.size(), insert);
                        if (count != expected.getValue() || in.available() > 0) {
                            throw new MotCuaException("backup.countMismatch", table, count, expected.getValue());
                        }
                    }
                }
                c.commit();
            } catch (java.io.EOFException e) {
                c.rollback();
                throw new MotCuaException(e, "backup.damaged");
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            checkReferences(c);
        }
    }

    /** @return the backup's column names, quoted, each one a column of the scratch table */
    private static List<String> checkedColumns(Connection c, String table, List<String> fromBackup) throws SQLException {
        Map<String, String> existing = new HashMap<>();
        try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (r.next()) {
                existing.put(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), r.getString("COLUMN_NAME"));
            }
        }
        List<String> quoted = new ArrayList<>();
        for (String name : fromBackup) {
            String column = existing.get(name.toUpperCase(Locale.ROOT));
            if (column == null) {
                throw new MotCuaException("backup.unknownColumn", table, name);
            }
            quoted.add(DataBackup.quoted(c, column));
        }
        return quoted;
    }

    /** Refuses rows whose foreign keys point nowhere (the load ran without the database's checks). */
    private static void checkReferences(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String table : DataBackup.tables(c)) {
            Map<String, List<String[]>> keys = new LinkedHashMap<>();
            try (ResultSet r = meta.getImportedKeys(null, c.getSchema(), table)) {
                while (r.next()) {
                    keys.computeIfAbsent(r.getString("FK_NAME"), k -> new ArrayList<>()).add(new String[] {
                            r.getString("FKCOLUMN_NAME"), r.getString("PKTABLE_NAME"), r.getString("PKCOLUMN_NAME") });
                }
            }
            for (Map.Entry<String, List<String[]>> key : keys.entrySet()) {
                List<String[]> parts = key.getValue();
                StringBuilder sql = new StringBuilder("select count(*) from ").append(DataBackup.quoted(c, table))
                        .append(" c where ");
                StringBuilder match = new StringBuilder();
                for (String[] p : parts) {
                    sql.append("c.").append(DataBackup.quoted(c, p[0])).append(" is not null and ");
                    match.append(match.isEmpty() ? "" : " and ").append("p.").append(DataBackup.quoted(c, p[2]))
                            .append(" = c.").append(DataBackup.quoted(c, p[0]));
                }
                sql.append("not exists (select 1 from ").append(DataBackup.quoted(c, parts.get(0)[1])).append(" p where ")
                        .append(match).append(')');
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        throw new MotCuaException("backup.brokenReferences", table, key.getKey(), r.getLong(1));
                    }
                }
            }
        }
    }

    /**
     * Replaces every row of the live database by the scratch database's, in one transaction; every session ends
     * (a restored database is signed in to afresh).
     */
    private static void replace(DataSource live, DataSource scratch, java.time.LocalDateTime now, String[] record)
            throws SQLException {
        try (Connection to = live.getConnection(); Connection from = scratch.getConnection();
                Statement s = to.createStatement()) {
            List<String> tables = DataBackup.tables(to);
            to.setAutoCommit(false);
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : tables) {
                    s.executeUpdate("delete from " + DataBackup.quoted(to, table));
                }
                long highestId = 0;
                for (String table : tables) {
                    highestId = Math.max(highestId, copy(from, to, table));
                }
                try (java.sql.PreparedStatement end = to.prepareStatement(
                        "update user_session set ended_at = ? where ended_at is null")) {
                    end.setObject(1, now);
                    end.executeUpdate();
                }
                try (ResultSet r = s.executeQuery(
                        "select sequence_name from information_schema.sequences where sequence_schema = current_schema")) {
                    List<String> sequences = new ArrayList<>();
                    while (r.next()) {
                        sequences.add(r.getString(1));
                    }
                    for (String sequence : sequences) { // past every id taken, whatever a preallocation holds
                        s.execute("alter sequence " + DataBackup.quoted(to, sequence) + " restart with " + (highestId + 1000));
                    }
                }
                if (record != null) { // the operator, then the file, its changeset, its time and the safety copy
                    org.motcua.core.engine.CoreEngine.recordAdministration(to, now, record[0], "backup.restore",
                            java.util.Arrays.copyOfRange(record, 1, record.length));
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    /** Copies one table's rows; @return the highest id among them (0 without an id column) */
    private static long copy(Connection from, Connection to, String table) throws SQLException {
        long highest = 0;
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("select * from " + DataBackup.quoted(from, table))) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            int id = -1;
            for (int i = 1; i <= columns; i++) {
                names.add(DataBackup.quoted(to, meta.getColumnName(i)));
                if (meta.getColumnName(i).equalsIgnoreCase("id")) {
                    id = i;
                }
            }
            String sql = "insert into " + DataBackup.quoted(to, table) + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                int batch = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        insert.setObject(i, rows.getObject(i));
                    }
                    if (id > 0) {
                        highest = Math.max(highest, rows.getLong(id));
                    }
                    insert.addBatch();
                    if (++batch % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return highest;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind holds nothing the live database lacks
        }
    }
}
