// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.motcua.core.MotCuaException;
import org.motcua.persistence.Migrations;

/**
 * Makes a backup of a MotCua database: data, never a script. A ZIP of a manifest and one typed row
 * stream per table (the schema is not in it: a restore builds it with the migrations), sealed with
 * AES-256-GCM under the backup operator's passphrase, written readable by its owner only. The rows
 * are read in one transaction, so the copy is consistent while the office keeps working.
 */
public final class DataBackup {

    /** Liquibase's own tables: the schema's history belongs to the database a restore builds. */
    static final List<String> SKIPPED = List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private DataBackup() {
    }

    /**
     * Writes a backup of {@code source} to {@code file} (replaced only once complete).
     *
     * @return what it holds
     */
    public static BackupManifest write(DataSource source, Path file, char[] passphrase, LocalDateTime now) {
        if (passphrase == null || passphrase.length < BackupCipher.MIN_PASSPHRASE) {
            throw new MotCuaException("backup.passphraseTooShort", BackupCipher.MIN_PASSPHRASE);
        }
        int changeset = Migrations.appliedChangeset(source);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = source.getConnection(); ZipOutputStream zip = new ZipOutputStream(zipped)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            for (String table : tables(c)) {
                zip.putNextEntry(new ZipEntry("data/" + table + ".rows"));
                DataOutputStream out = new DataOutputStream(zip);
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + quoted(c, table))) {
                    rows.put(table, TableCodec.write(r, out));
                }
                out.flush();
                zip.closeEntry();
            }
            c.commit();
            BackupManifest manifest = new BackupManifest(BackupCipher.FORMAT, changeset, now, rows);
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write(manifest.toBytes());
            zip.closeEntry();
            zip.finish();
            writeOwnerOnly(file, BackupCipher.seal(zipped.toByteArray(), passphrase));
            return manifest;
        } catch (SQLException | IOException e) {
            throw new MotCuaException(e, "backup.failed", String.valueOf(e.getMessage()));
        }
    }

    /** @return the application tables of the connection's schema, by name */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[] { "TABLE" })) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME");
                if (!SKIPPED.contains(name.toUpperCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    static String quoted(Connection c, String identifier) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString().trim();
        return q + identifier.replace(q, q + q) + q;
    }

    /** Writes {@code bytes} to a new file readable by its owner only, then moves it into place. */
    static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) { // not a POSIX file system
            Files.createFile(temporary);
        }
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
