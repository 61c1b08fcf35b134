// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.core.MotCuaException;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.persistence.Migrations;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;

/**
 * Backups are data and restores cannot hurt: every refused file leaves the workspace as it was, and
 * nothing in a file is ever run.
 */
class BackupRestoreTest {

    private static final char[] PASSPHRASE = "cum-mat-khau-sao-luu".toCharArray();
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 27, 9, 0);

    @TempDir
    Path home;

    private Workspace workspace;
    private long office;
    private Path backup;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(WorkspaceSettings.load(home, Map.of()), new ProcedureRegistry());
        var org = workspace.core().organization();
        org.createFirstAdministrator(new OfficeData("H20.872.01", "UBND xã Mỹ An", OfficeLevel.COMMUNE,
                Regime.DECREE_118_2025, null, null, null, null), "admin", "Quản trị viên", "mat-khau-123".toCharArray());
        office = org.office("H20.872.01").orElseThrow().id();
        org.createDepartment(admin(), office, "VHXH", "Văn hóa – Xã hội ‏<b>=1+1</b> 🌾", DepartmentKind.INTERNAL);
        backup = home.resolve("backups/motcua.mcbak");
        DataBackup.write(workspace.dataSource(), backup, PASSPHRASE, NOW);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Principal admin() {
        return workspace.core().sessions().signIn("admin", "mat-khau-123".toCharArray(),
                org.motcua.core.security.SessionKind.TOOL);
    }

    private List<String> departments() {
        return workspace.core().organization().departments(office).stream().map(DepartmentRef::name).sorted().toList();
    }

    private MotCuaException refusedRestore(Path file, char[] passphrase) {
        List<String> before = departments();
        MotCuaException e = assertThrows(MotCuaException.class, () -> DataRestore.restore(workspace.dataSource(), file,
                passphrase, home.resolve("data"), home.resolve("data/safety.mcbak"), NOW));
        assertEquals(before, departments(), "a refused restore changes nothing");
        assertEquals(Migrations.LATEST_CHANGESET, Migrations.appliedChangeset(workspace.dataSource()));
        return e;
    }

    @Test
    void roundTripRestoresTheDataAndTheSafetyCopyRestoresWhatWasReplaced() throws Exception {
        List<String> atBackup = departments();
        assertTrue(atBackup.contains("Văn hóa – Xã hội ‏<b>=1+1</b> 🌾"), "text kept intact: " + atBackup);
        workspace.core().organization().createDepartment(admin(), office, "TP", "Tư pháp", DepartmentKind.INTERNAL);
        Path safety = home.resolve("data/before.mcbak");
        BackupManifest restored = DataRestore.restore(workspace.dataSource(), backup, PASSPHRASE, home.resolve("data"),
                safety, NOW);
        assertEquals(Migrations.LATEST_CHANGESET, restored.changeset());
        workspace.close();
        workspace = Workspace.open(WorkspaceSettings.load(home, Map.of()), new ProcedureRegistry());
        assertEquals(atBackup, departments(), "the department created after the backup is gone");
        // the identifiers handed out after a restore never collide with restored rows
        workspace.core().organization().createDepartment(admin(), office, "NV", "Nội vụ", DepartmentKind.INTERNAL);
        DataRestore.restore(workspace.dataSource(), safety, PASSPHRASE, home.resolve("data"), home.resolve("data/again.mcbak"), NOW);
        workspace.close();
        workspace = Workspace.open(WorkspaceSettings.load(home, Map.of()), new ProcedureRegistry());
        assertTrue(departments().contains("Tư pháp"), "the safety copy holds what the restore replaced");
        assertFalse(Files.exists(home.resolve("data").resolve("restore-" + NOW.toString().replace(':', '-'))),
                "the scratch database is removed");
    }

    @Test
    void aBackupIsReadableByItsOwnerOnlyAndHoldsNoPlainText() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        String bytes = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("VHXH") || bytes.contains("admin") || bytes.contains("manifest"), "encrypted");
    }

    @Test
    void oneChangedByteATruncatedFileOrAWrongPassphraseIsRefused() throws Exception {
        byte[] original = Files.readAllBytes(backup);
        for (int at : new int[] { 9, 20, original.length / 2, original.length - 1 }) {
            byte[] changed = original.clone();
            changed[at] ^= 0x01;
            Path file = home.resolve("changed-" + at + ".mcbak");
            Files.write(file, changed);
            assertEquals("backup.tampered", refusedRestore(file, PASSPHRASE).key(), "byte " + at);
        }
        Path truncated = home.resolve("truncated.mcbak");
        Files.write(truncated, java.util.Arrays.copyOf(original, original.length - 100));
        assertEquals("backup.tampered", refusedRestore(truncated, PASSPHRASE).key());
        assertEquals("backup.tampered", refusedRestore(backup, "mot-cum-khac-han".toCharArray()).key());
    }

    @Test
    void anOldSqlScriptIsNeverRun() throws Exception {
        Path marker = home.resolve("ran.txt");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("script.sql"));
            out.write(("CREATE ALIAS RUN_ME AS 'String run() throws Exception { java.nio.file.Files.writeString("
                    + "java.nio.file.Path.of(\"" + marker + "\"), \"x\"); return \"x\"; }';\nCALL RUN_ME();\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path script = home.resolve("old-backup.zip");
        Files.write(script, zip.toByteArray());
        assertEquals("backup.notABackup", refusedRestore(script, PASSPHRASE).key());
        assertFalse(Files.exists(marker), "nothing from the file ran");
        try (Connection c = workspace.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from information_schema.routines where routine_name = 'RUN_ME'")) {
            r.next();
            assertEquals(0, r.getInt(1));
        }
    }

    /** An H2 statement that, if it ever ran, would write {@code marker}: the attack a crafted backup carries. */
    private static String createAlias(Path marker) {
        return "CREATE ALIAS RUN_ME AS 'String run() throws Exception { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + marker + "\"), \"x\"); return \"x\"; }'; CALL RUN_ME(); --";
    }

    private void nothingRan(Path marker) throws Exception {
        assertFalse(Files.exists(marker), "nothing from the file ran");
        try (Connection c = workspace.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from information_schema.routines where routine_name = 'RUN_ME'")) {
            r.next();
            assertEquals(0, r.getInt(1), "no alias created");
        }
    }

    @Test
    void aSealedBackupCarryingCreateAliasRunsNothing() throws Exception {
        // whoever knows the passphrase (or an insider's own backup) can seal anything: the content is still only data
        Path marker = home.resolve("ran.txt");
        String attack = createAlias(marker);
        Path script = resealed("script", entries -> {
            entries.put("script.sql", attack.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertEquals("backup.damaged", refusedRestore(script, PASSPHRASE).key(), "an entry other than data");
        Path tableName = manifestChanged("table-name", m -> m.replace("tables=", "tables=OFFICE; " + attack.replace(",", " ") + ","));
        assertEquals("backup.damaged", refusedRestore(tableName, PASSPHRASE).key(), "a table name that is a statement");
        Path columnName = resealed("column-name", entries -> {
            entries.put("data/DEPARTMENT.rows", renamedColumn(entries.get("data/DEPARTMENT.rows"), "NAME",
                    "NAME\") values (1); " + attack));
            return entries;
        });
        assertEquals("backup.unknownColumn", refusedRestore(columnName, PASSPHRASE).key(), "a column name that is a statement");
        Path zipCut = home.resolve("zip-cut.mcbak");
        byte[] zip = BackupCipher.open(Files.readAllBytes(backup), PASSPHRASE);
        Files.write(zipCut, BackupCipher.seal(java.util.Arrays.copyOf(zip, zip.length / 2), PASSPHRASE));
        assertEquals("backup.damaged", refusedRestore(zipCut, PASSPHRASE).key(), "a truncated ZIP, sealed whole");
        nothingRan(marker);

        // as a value, a statement is a department's name like any other: restored as text, never run
        String value = "x'); CREATE ALIAS RUN_ME FOR \"java.lang.System.exit\"; CALL RUN_ME(0); --";
        workspace.core().organization().createDepartment(admin(), office, "TP", value, DepartmentKind.INTERNAL);
        Path withValue = home.resolve("with-value.mcbak");
        DataBackup.write(workspace.dataSource(), withValue, PASSPHRASE, NOW);
        workspace.core().organization().createDepartment(admin(), office, "NV", "Nội vụ", DepartmentKind.INTERNAL);
        DataRestore.restore(workspace.dataSource(), withValue, PASSPHRASE, home.resolve("data"), home.resolve("data/s.mcbak"), NOW);
        workspace.close();
        workspace = Workspace.open(WorkspaceSettings.load(home, Map.of()), new ProcedureRegistry());
        assertTrue(departments().contains(value), "the text comes back as it was typed: " + departments());
        assertFalse(departments().contains("Nội vụ"));
        nothingRan(marker);
    }

    /** @return the table data with its column {@code from} named {@code to} */
    private static byte[] renamedColumn(byte[] data, String from, String to) {
        try {
            var in = new java.io.DataInputStream(new ByteArrayInputStream(data));
            List<String> columns = TableCodec.columns(in);
            assertTrue(columns.contains(from), columns::toString);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var out = new java.io.DataOutputStream(bytes);
            out.writeInt(columns.size());
            for (String c : columns) {
                byte[] name = (c.equals(from) ? to : c).getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
            }
            out.write(in.readAllBytes());
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path newer = manifestChanged("newer", m -> m.replaceAll("changeset=\\d+", "changeset=" + (Migrations.LATEST_CHANGESET + 1)));
        assertEquals("backup.newer", refusedRestore(newer, PASSPHRASE).key());
        Path newerFormat = manifestChanged("newer-format", m -> m.replaceAll("format=\\d+", "format=" + (BackupCipher.FORMAT + 1)));
        assertEquals("backup.unknownFormat", refusedRestore(newerFormat, PASSPHRASE).key());
    }

    /** @return this test's backup with its manifest changed by {@code change}, sealed again */
    private Path manifestChanged(String name, UnaryOperator<String> change) throws Exception {
        return resealed(name, entries -> {
            String manifest = new String(entries.get("manifest.properties"), StandardCharsets.UTF_8);
            entries.put("manifest.properties", change.apply(manifest).getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    @Test
    void rowsThatDoNotMatchTheManifestOrPointNowhereAreRefused() throws Exception {
        Path miscounted = resealed("miscounted", entries -> {
            String manifest = new String(entries.get("manifest.properties"), StandardCharsets.UTF_8);
            entries.put("manifest.properties", manifest.replaceAll("rows\\.DEPARTMENT=(\\d+)", "rows.DEPARTMENT=99")
                    .getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertEquals("backup.countMismatch", refusedRestore(miscounted, PASSPHRASE).key());
        Path orphans = resealed("orphans", entries -> {
            entries.put("data/OFFICE.rows", emptyTable(entries.get("data/OFFICE.rows")));
            String manifest = new String(entries.get("manifest.properties"), StandardCharsets.UTF_8);
            entries.put("manifest.properties", manifest.replaceAll("rows\\.OFFICE=(\\d+)", "rows.OFFICE=0")
                    .getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertEquals("backup.brokenReferences", refusedRestore(orphans, PASSPHRASE).key());
        Path unknown = resealed("unknown", entries -> {
            entries.put("data/EVIL.rows", entries.get("data/OFFICE.rows"));
            String manifest = new String(entries.get("manifest.properties"), StandardCharsets.UTF_8);
            entries.put("manifest.properties", manifest.replace("tables=", "tables=EVIL,").concat("\nrows.EVIL=1\n")
                    .getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertEquals("backup.unknownTable", refusedRestore(unknown, PASSPHRASE).key());
    }

    /** @return the table data with its column header and no row */
    private static byte[] emptyTable(byte[] data) {
        try {
            var in = new java.io.DataInputStream(new ByteArrayInputStream(data));
            List<String> columns = TableCodec.columns(in);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var out = new java.io.DataOutputStream(bytes);
            out.writeInt(columns.size());
            for (String c : columns) {
                byte[] name = c.getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
            }
            out.writeBoolean(false);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a backup made from this test's one, its content changed by {@code change} and sealed again */
    private Path resealed(String name, UnaryOperator<Map<String, byte[]>> change) throws Exception {
        byte[] plain = BackupCipher.open(Files.readAllBytes(backup), PASSPHRASE);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(plain))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertArrayEquals(plain, BackupCipher.open(Files.readAllBytes(backup), PASSPHRASE));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> e : change.apply(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Path file = home.resolve(name + ".mcbak");
        Files.write(file, BackupCipher.seal(zipped.toByteArray(), PASSPHRASE));
        return file;
    }
}
