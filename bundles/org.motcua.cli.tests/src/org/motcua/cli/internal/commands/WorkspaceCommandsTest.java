// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.cli.internal.CliApplication;
import org.motcua.cli.internal.CommandRegistry;
import org.motcua.cli.internal.Dispatcher;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.MotCuaException;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.security.Principal;
import org.motcua.persistence.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The workspace commands on a real H2 workspace: init, import-events, export-dossiers, backup, restore, due-date. */
class WorkspaceCommandsTest {

    private static final String PASSWORD = "mat-khau-123";

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String backupPassphrase = "cum-mat-khau-sao-luu";
    private BundleContext context;
    private ServiceRegistration<ProcedureModule> module;
    private CommandRegistry registry;
    private Workspace workspace;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkUtil.getBundle(CliApplication.class).start();
        FrameworkUtil.getBundle(CoreEngine.class).start();
        context = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        // a procedure module contributed as a service, as a real module bundle does
        module = context.registerService(ProcedureModule.class, new TestModule(), null);
        registry = new CommandRegistry(context);
    }

    @AfterEach
    void tearDown() {
        registry.close();
        module.unregister();
        if (workspace != null) {
            workspace.close();
        }
    }

    private int run(String... args) {
        return runAs(PASSWORD, args);
    }

    /** Runs a command with {@code password} in MOTCUA_PASSWORD. */
    private int runAs(String password, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put("MOTCUA_PASSWORD", password);
        environment.put("MOTCUA_BACKUP_PASSPHRASE", backupPassphrase);
        Dispatcher dispatcher = new Dispatcher(registry, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, this::workspace);
        return dispatcher.dispatch(List.of(args), Messages.VIETNAMESE);
    }

    private Workspace workspace() {
        if (workspace == null) {
            ProcedureRegistry procedures = context.getService(context.getServiceReference(ProcedureRegistry.class));
            workspace = Workspace.open(home, procedures);
        }
        return workspace;
    }

    @Test
    void importEventsThenExportGivesTheExpectedStatusesAndDueDates() throws IOException {
        Path log = importOffice();
        assertTrue(Files.readString(home.resolve("motcua.properties")).contains("office=H20.872"));
        long openBefore = openSessions();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Đã nhập 14 thao tác của 3 hồ sơ"), out.toString());
        assertEquals(openBefore, openSessions(), "the command's session ended with the command");

        Path csv = home.resolve("dossiers.csv");
        // citizens' data needs a sign-in, and an administrator reads none of it
        assertEquals(2, run("export-dossiers", "--out", csv.toString()), "--user is required");
        assertFalse(Files.exists(csv), "nothing exported without a sign-in");
        assertEquals(1, run("export-dossiers", "--out", csv.toString(), "--user", "admin"));
        assertEquals(0, run("export-dossiers", "--out", csv.toString(), "--user", "desk"), err.toString());
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            parser.forEach(r -> rows.put(r.get("applicant"), r));
        }
        CSVRecord returned = rows.get("Nguyễn Văn Ồ");
        assertEquals("H20.872-250602-0001", returned.get("code"));
        assertEquals("10", returned.get("national_status"));
        assertEquals("2025-06-06T08:00", returned.get("due_at"));
        assertEquals("EARLY", returned.get("timeliness"));
        CSVRecord resumed = rows.get("Trần Thị Ữ");
        assertEquals("PROCESSING", resumed.get("status"));
        assertEquals("POSTAL", resumed.get("channel"));
        // received Mon 10:00 + 4 working days = Fri 6 June 10:00, moved by the 38.5 working hours paused
        // from Tue 3 June 09:30 to Tue 10 June 08:00
        assertEquals("2025-06-13T08:30", resumed.get("due_at"));
        assertEquals("1", resumed.get("supplement_rounds"));
        CSVRecord withdrawn = rows.get("Lê Văn Ạ");
        assertEquals("7", withdrawn.get("national_status"));
        assertEquals("CLOSED", withdrawn.get("deadline_state"));
        // the replay is audited as an import, at the log's own times
        Principal reader = signIn("desk");
        long id = workspace().core().queries().byCode(reader, "H20.872-250602-0001").orElseThrow().id();
        var history = workspace().core().queries().history(reader, id);
        assertTrue(history.stream().allMatch(a -> a.imported()));
        assertEquals(LocalDate.of(2025, 6, 5).atTime(9, 0), history.getLast().at());
    }

    /** The office of the import tests: a desk, a land department and their users; the module enabled. */
    private Path importOffice() throws IOException {
        assertEquals(0, run("init", "--office-code", "H20.872", "--office-name", "Bộ phận một cửa huyện Tháp Mười",
                "--level", "DISTRICT", "--regime", "DECREE_61_2018", "--admin", "admin"), err.toString());
        var org = workspace().core().organization();
        Principal admin = signIn("admin");
        long office = org.office("H20.872").orElseThrow().id();
        long desk = org.departments(office).get(0).id();
        long land = org.createDepartment(admin, office, "TNMT", "Phòng Tài nguyên và Môi trường", DepartmentKind.INTERNAL).id();
        org.createUser(admin, "desk", "Nguyễn Thị Hồng", office, desk, EnumSet.of(Role.DESK_OFFICER), PASSWORD.toCharArray());
        workspace().core().modules().enable(admin, office, "org.motcua.cli.tests"); // the module is enabled here
        org.createUser(admin, "land", "Trần Văn Đất", office, land, EnumSet.of(Role.SPECIALIST), PASSWORD.toCharArray());
        Path log = home.resolve("events.csv");
        try (InputStream in = WorkspaceCommandsTest.class.getClassLoader()
                .getResourceAsStream("events/thap-muoi-2025-06.csv")) {
            Files.copy(in, log);
        }
        return log;
    }

    /** @return the sessions not yet signed out, read behind the core's back */
    private long openSessions() {
        try (var connection = workspace().dataSource().getConnection();
                var result = connection.createStatement()
                        .executeQuery("select count(*) from user_session where ended_at is null")) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long dossierCount() {
        return workspace().core().queries().page(signIn("desk"), "H20.872", 0, 1000).size();
    }

    @Test
    void aLogWithMalformedLinesListsEveryOneAndWritesNothing() throws IOException {
        Path log = importOffice();
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("2025-06-02T09:00", "02/06/2025 9h")); // line 3: not a date
        lines.set(4, lines.get(4).replace(",TAKE,", ",GRAB,")); // line 5: not an action
        lines.set(3, lines.get(3).replace(",POSTAL,", ",FAX,")); // line 4: not a channel
        lines.set(12, lines.get(12).replace("087095000789", "08709500078")); // line 13: 11 digits, no CCCD
        lines.add("2025-06-30T08:00,OLD-009,RECEIVE"); // 3 columns of 13
        lines.add("2025-06-30T09:00,OLD-010,RECEIVE,ghost,T.LAND,WALK_IN,Phan Văn Ma,087095000999,,,,,"); // no such user
        lines.add("2025-06-30T10:00,OLD-011,RECEIVE,desk,T.NONE,WALK_IN,Đỗ Thị Sai,087195000111,,,,,"); // no such procedure
        Files.write(log, lines, StandardCharsets.UTF_8);
        assertEquals(1, run("import-events", log.toString(), "--user", "admin", "--lang", "en"));
        String errors = err.toString(StandardCharsets.UTF_8);
        int n = lines.size();
        for (int line : List.of(3, 4, 5, 13, n - 2, n - 1, n)) {
            assertTrue(errors.contains("Dòng " + line + " bị từ chối"), line + " in " + errors);
        }
        assertEquals(7, errors.lines().count(), "one message a bad line, no other: " + errors);
        assertTrue(errors.contains("02/06/2025 9h"), errors);
        assertTrue(errors.contains("GRAB"), errors);
        assertTrue(errors.contains("có 3 cột, tiêu đề của tệp có 13 cột"), errors);
        assertTrue(errors.contains("ghost") && errors.contains("T.NONE") && errors.contains("11"), errors);
        assertFalse(errors.contains("DateTimeParseException") || errors.contains("java."), "no raw Java text: " + errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("7 dòng bị từ chối"), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, dossierCount(), "nothing is written while the file has a bad line");
    }

    @Test
    void theSameLogImportedTwiceAddsItsDossiersOnceAndALongerOneOnlyWhatIsNew() throws IOException {
        Path log = importOffice();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin", "--check"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Tệp hợp lệ"), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, dossierCount(), "--check writes nothing");
        assertEquals(0, run("import-events", log.toString(), "--user", "admin", "--batch", "2"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 lô"), out.toString(StandardCharsets.UTF_8));
        assertEquals(3, dossierCount());
        out.reset();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        String again = out.toString(StandardCharsets.UTF_8);
        assertTrue(again.contains("Đã nhập 0 thao tác của 0 hồ sơ") && again.contains("14 thao tác đã được nhập từ trước"), again);
        assertEquals(3, dossierCount(), "the same log again adds nothing");

        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.add("2025-06-10T09:00,OLD-002,FORWARD,land,,,,,,TNMT,trình ký,,");
        lines.add("2025-06-11T08:00,OLD-004,RECEIVE,desk,T.LAND,WALK_IN,Võ Thị Mới,087195000222,,,,,");
        Files.write(log, lines, StandardCharsets.UTF_8);
        out.reset();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Đã nhập 2 thao tác của 1 hồ sơ"), out.toString(StandardCharsets.UTF_8));
        assertEquals(4, dossierCount());

        // the leader's reconciliation: OLD-002 and OLD-004 left open by the old system and still open
        org(a -> a.createUser(signIn("admin"), "lanhdao", "Lãnh đạo huyện", a.office("H20.872").orElseThrow().id(), null,
                EnumSet.of(Role.LEADER), PASSWORD.toCharArray()));
        out.reset();
        assertEquals(0, run("legacy", "reconcile", "--user", "lanhdao"), err.toString());
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("H20.872\tBộ phận một cửa huyện Tháp Mười\t2\t4\t0\t2"), table);
        assertEquals(1, run("legacy", "reconcile", "--user", "desk"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("không xem được đối chiếu"), err.toString());
    }

    private void org(java.util.function.Consumer<org.motcua.core.org.OrganizationService> work) {
        work.accept(workspace().core().organization());
    }

    @Test
    void aLineTheCoreRefusesLeavesNothingOfTheLogWritten() throws IOException {
        Path log = importOffice();
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.add("2025-06-30T08:00,OLD-001,FINISH,desk,,,,,,,,,"); // a desk officer may not finish
        Files.write(log, lines, StandardCharsets.UTF_8);
        assertEquals(1, run("import-events", log.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Dòng " + lines.size() + " bị từ chối"), err.toString());
        assertEquals(0, dossierCount(), "the dossiers of the lines before are not written either");
    }

    @Test
    void onlyAnAdministratorImportsAndTheCoreChecksIt() throws IOException {
        Path log = importOffice();
        assertEquals(1, run("import-events", log.toString(), "--user", "desk"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("quản trị viên"), err.toString());
        MotCuaException refused = assertThrows(MotCuaException.class, () -> workspace().core().imports()
                .importEvents(signIn("desk"), List.of()));
        assertEquals("admin.required", refused.key());
        assertEquals(0, dossierCount());
    }

    @Test
    void importStopsAtTheFirstRefusedLineAndSaysWhich() throws IOException {
        assertEquals(0, run("init", "--office-code", "H20.873", "--office-name", "Một cửa Cao Lãnh", "--level",
                "DISTRICT", "--regime", "DECREE_61_2018", "--admin", "admin"), err.toString());
        Path log = home.resolve("bad.csv");
        Files.writeString(log, "at,ref,action,actor\n2025-06-02T08:00,X-1,FINISH,admin\n", StandardCharsets.UTF_8);
        assertEquals(1, run("import-events", log.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Dòng 2 bị từ chối"), err.toString());
        assertEquals(1, run("import-events", log.toString(), "--user", "admin", "--lang", "en"));
        out.reset();
        assertEquals(1, run("import-events", log.toString(), "--user", "nobody"));
    }

    /** A new workspace with one office and the backup operator {@code saoluu}; @return the office's id */
    private long officeWithBackupOperator() {
        assertEquals(0, run("init", "--office-code", "H20.872.01", "--office-name", "UBND xã Mỹ An", "--admin", "admin"));
        var org = workspace().core().organization();
        long office = org.office("H20.872.01").orElseThrow().id();
        org.createUser(signIn("admin"), "saoluu", "Người vận hành sao lưu", office, null,
                EnumSet.of(Role.BACKUP_OPERATOR), PASSWORD.toCharArray());
        return office;
    }

    @Test
    void backupAndRestoreRoundTripForTheBackupOperatorOnly() throws Exception {
        long office = officeWithBackupOperator();
        var org = workspace().core().organization();
        Path file = home.resolve("backup/motcua.mcbak");
        assertEquals(1, run("backup", "--out", file.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("người vận hành sao lưu"), err.toString());
        assertFalse(Files.exists(file), "an administrator makes no backup");
        assertEquals(0, run("backup", "--out", file.toString(), "--user", "saoluu"), err.toString());
        assertTrue(Files.size(file) > 1000);
        org.createDepartment(signIn("admin"), office, "VHXH", "Văn hóa – Xã hội", DepartmentKind.INTERNAL);
        assertEquals(1, run("restore", "--from", file.toString(), "--user", "admin"));
        assertEquals(0, run("restore", "--from", file.toString(), "--user", "saoluu"), err.toString());
        workspace.close();
        workspace = null;
        assertEquals(List.of("MOTCUA"), workspace().core().organization().departments(office).stream()
                .map(d -> d.code()).toList(), "the department created after the backup is gone");
        assertTrue(Files.list(home.resolve("data")).anyMatch(f -> f.getFileName().toString().startsWith("before-restore")));
        // the backup's own audit, then the restore's one record, chained after it: the restored workspace verifies
        assertEquals(1, records("backup.restore"), "one record of the restore, in the restored database");
        assertEquals(0, records("backup.write"), "the backup's record is written after the copy: not in it");
        out.reset();
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
        err.reset();
        assertEquals(1, run("restore", "--from", home.resolve("missing.mcbak").toString(), "--user", "saoluu"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.mcbak"), err.toString());
        // the restore's start is in the database it replaced: restoring the safety copy brings it back
        Path safety = Files.list(home.resolve("data"))
                .filter(f -> f.getFileName().toString().startsWith("before-restore")).findFirst().orElseThrow();
        assertEquals(0, run("restore", "--from", safety.toString(), "--user", "saoluu"), err.toString());
        workspace.close();
        workspace = null;
        assertEquals(List.of("MOTCUA", "VHXH"), workspace().core().organization().departments(office).stream()
                .map(d -> d.code()).sorted().toList(), "the safety copy holds what the first restore replaced");
        assertEquals(1, records("backup.restoreStart"), "the first restore's start, kept by its safety copy");
        assertEquals(1, records("backup.write"), "the backup's record, made before the first restore");
        assertEquals(2, Files.list(home.resolve("data"))
                .filter(f -> f.getFileName().toString().startsWith("before-restore")).count(), "no safety copy overwritten");
        out.reset();
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
    }

    @Test
    void aRefusedRestoreChangesNoDataAndIsRecordedAsStartedAndRefused() throws Exception {
        long office = officeWithBackupOperator();
        var org = workspace().core().organization();
        Path file = home.resolve("backup/motcua.mcbak");
        assertEquals(0, run("backup", "--out", file.toString(), "--user", "saoluu"), err.toString());
        org.createDepartment(signIn("admin"), office, "VHXH", "Văn hóa – Xã hội", DepartmentKind.INTERNAL);
        List<String> before = List.of("MOTCUA", "VHXH");
        java.util.function.Supplier<List<String>> departments = () -> workspace().core().organization()
                .departments(office).stream().map(d -> d.code()).sorted().toList();

        // nobody signed in (a usage error), a wrong password, an administrator: refused before the file is read
        err.reset();
        assertEquals(2, run("restore", "--from", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--user"), err.toString());
        assertEquals(1, runAs("sai-mat-khau", "restore", "--from", file.toString(), "--user", "saoluu"));
        err.reset();
        assertEquals(1, run("restore", "--from", file.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Chỉ người vận hành sao lưu"), err.toString());
        assertEquals(1, count("select count(*) from admin_audit where action = 'backup.refused' and actor = 'admin'"
                + " and note_args like '%backup.operatorRequired%'"), "the administrator's attempt is recorded");

        // one changed byte, a truncated file, a wrong passphrase: refused with a message, the data as it was
        byte[] original = Files.readAllBytes(file);
        byte[] changed = original.clone();
        changed[original.length / 2] ^= 0x20;
        Path tampered = home.resolve("tampered.mcbak");
        Files.write(tampered, changed);
        Path truncated = home.resolve("truncated.mcbak");
        Files.write(truncated, java.util.Arrays.copyOf(original, original.length * 2 / 3));
        for (Path refused : List.of(tampered, truncated, file)) {
            backupPassphrase = refused == file ? "mot-cum-mat-khau-khac" : "cum-mat-khau-sao-luu";
            err.reset();
            assertEquals(1, run("restore", "--from", refused.toString(), "--user", "saoluu"), refused.toString());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("Không có gì bị thay đổi"), err.toString());
            assertEquals(before, departments.get(), "a refused restore leaves the data as it was");
        }
        assertEquals(3, records("backup.restoreStart"), "each operator's attempt has its start");
        assertEquals(3, count("select count(*) from admin_audit where action = 'backup.refused' and actor = 'saoluu'"
                + " and note_args like '%backup.tampered%'"), "and its refusal");
        assertEquals(0, records("backup.restore"));
        assertFalse(Files.list(home.resolve("data")).anyMatch(f -> f.getFileName().toString().startsWith("before-restore")),
                "no safety copy: nothing was about to be replaced");
        out.reset();
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
    }

    /** @return how many administrative records of {@code action} the workspace holds, read behind the core's back */
    private long records(String action) {
        return count("select count(*) from admin_audit where action = '" + action + "'");
    }

    private long count(String query) {
        try (var connection = workspace().dataSource().getConnection();
                var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String statement) {
        try (var connection = workspace().dataSource().getConnection(); var s = connection.createStatement()) {
            s.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void auditVerifyNamesARowChangedBehindItsBackAndHeadsAreSignedOffTheData() throws IOException {
        Path log = importOffice();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        assertEquals(0, run("export-dossiers", "--out", home.resolve("d.csv").toString(), "--user", "desk"), err.toString());
        out.reset();
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nhật ký toàn vẹn"), out.toString(StandardCharsets.UTF_8));

        // the heads, signed with the workspace's key (created on first use, owner-only)
        Path heads = home.resolve("heads/dau-chuoi.txt");
        Files.createDirectories(heads.getParent());
        out.reset();
        assertEquals(0, run("audit", "heads", "--out", heads.toString(), "--user", "admin"), out + "\n" + err);
        assertEquals("rw-------", permissions(heads));
        assertEquals("rw-------", permissions(home.resolve("keys/audit-heads.p8")));
        assertEquals("rwx------", permissions(home.resolve("keys")));
        String text = Files.readString(heads, StandardCharsets.UTF_8);
        assertTrue(text.contains("head=ACTION;") && text.contains(";H20.872;") && text.contains("signature="), text);
        assertFalse(text.contains("Nguyễn Văn Ồ"), "no personal data in the heads");
        out.reset();
        assertEquals(0, run("audit", "verify", "--heads", heads.toString(), "--user", "admin"), out + "\n" + err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("chữ ký hợp lệ"), out.toString(StandardCharsets.UTF_8));
        // one character of the heads changed: the signature fails
        Path forged = home.resolve("heads/forged.txt");
        String firstHash = text.lines().filter(l -> l.startsWith("head=ACTION;")).findFirst().orElseThrow().split(";")[5];
        Files.writeString(forged, text.replace(firstHash, (firstHash.charAt(0) == 'a' ? "b" : "a") + firstHash.substring(1)),
                StandardCharsets.UTF_8);
        err.reset();
        assertEquals(1, run("audit", "verify", "--heads", forged.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("chữ ký hợp lệ"), err.toString(StandardCharsets.UTF_8));

        // a row changed with SQL behind the application's back: named, exit code 3
        long id = count("select min(id) from dossier_action where action = 'TAKE'");
        execute("update dossier_action set actor = 'desk' where id = " + id);
        out.reset();
        assertEquals(AuditCommand.BROKEN, run("audit", "verify", "--user", "admin"), out + "\n" + err);
        String broken = out.toString(StandardCharsets.UTF_8);
        assertTrue(broken.contains("bảng dossier_action, dòng id " + id + ", đơn vị H20.872"), broken);
        assertTrue(broken.contains("đã bị sửa"), broken);
        // only administrators and leaders verify
        err.reset();
        assertEquals(1, run("audit", "verify", "--user", "desk"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("quản trị viên và lãnh đạo"), err.toString());
        assertEquals(1, run("audit", "heads", "--out", home.resolve("x.txt").toString(), "--user", "desk"));
        assertFalse(Files.exists(home.resolve("x.txt")));
        assertEquals(2, run("audit", "--user", "admin"), "verify, heads or list");
    }

    private static String permissions(Path file) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void auditListFiltersByUserOfficeKindAndPeriod() throws IOException {
        Path log = importOffice();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        signIn("desk");
        out.reset();
        assertEquals(0, run("audit", "list", "--kind", "action", "--office", "H20.872", "--from", "2025-06-02", "--to",
                "2025-06-02", "--user", "admin"), err.toString());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("2025-06-02") && l.contains("\tACTION\tH20.872\t")), lines.toString());
        out.reset();
        assertEquals(0, run("audit", "list", "--kind", "admin", "--actor", "desk", "--user", "admin"), err.toString());
        lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertTrue(lines.stream().allMatch(l -> l.contains("\tADMIN\t") && l.contains("\tdesk\t")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tsignin.ok\t")), lines.toString());
    }

    @Test
    void signInsExportsBackupsAndImportsLeaveExactlyOneRecordEach() throws IOException {
        Path log = importOffice();
        var org = workspace().core().organization();
        org.createUser(signIn("admin"), "saoluu", "Người vận hành sao lưu", org.office("H20.872").orElseThrow().id(), null,
                EnumSet.of(Role.BACKUP_OPERATOR), PASSWORD.toCharArray());
        long ok = records("signin.ok");
        long failed = records("signin.failed");
        assertEquals(1, runAs("sai-mat-khau", "export-dossiers", "--out", home.resolve("d.csv").toString(), "--user", "desk"));
        assertEquals(failed + 1, records("signin.failed"), "one record of the failed sign-in");
        assertEquals(ok, records("signin.ok"));

        long signOuts = records("signout");
        assertEquals(0, run("export-dossiers", "--out", home.resolve("d.csv").toString(), "--user", "desk"), err.toString());
        assertEquals(ok + 1, records("signin.ok"), "one record of the sign-in");
        assertEquals(1, records("export.dossiers"), "one record of the export");
        assertEquals(signOuts + 1, records("signout"), "the command's session ended, recorded once");
        assertEquals(1, count("select count(*) from admin_audit where action = 'export.dossiers' and actor = 'desk'"
                + " and note_args like '%d.csv%'"));

        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        assertEquals(1, records("import.start"));
        assertEquals(1, records("import.end"));
        assertEquals(0, records("import.failed"));
        assertEquals(0, run("import-events", log.toString(), "--user", "admin", "--check"), err.toString());
        assertEquals(1, records("import.start"), "a check writes nothing, so it starts no import");

        assertEquals(0, run("backup", "--out", home.resolve("b.mcbak").toString(), "--user", "saoluu"), err.toString());
        assertEquals(1, records("backup.write"));
        out.reset();
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
    }

    @Test
    void dueDateOnACalendarFile() throws IOException {
        Path calendar = home.resolve("tet-2026.properties");
        Files.writeString(calendar, "cutoff=15:00\nholidays=2026-02-16..2026-02-20\n", StandardCharsets.UTF_8);
        assertEquals(0, run("due-date", "--received", "2026-02-13T15:30", "--duration", "1", "--calendar", calendar.toString()));
        // after the 15:00 cut-off on the Friday before Tết: counted from Monday 23 February 07:00
        assertEquals("2026-02-23T17:00", out.toString(StandardCharsets.UTF_8).trim());
        out.reset();
        assertEquals(0, run("due-date", "--received", "2026-02-09T08:00", "--duration", "5", "--calendar", calendar.toString(),
                "--pause", "2026-02-10T08:00/2026-02-12T08:00"));
        assertEquals("2026-02-25T08:00", out.toString(StandardCharsets.UTF_8).trim());
        assertEquals(2, run("due-date", "--duration", "5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--received"));
    }

    @Test
    void demoDataLoadsALivingOfficeThroughTheCoreServicesAndIsIdempotent() {
        module.unregister(); // no module installed: the demo brings its stand-in procedures
        module = context.registerService(ProcedureModule.class, new TestModule() {
            @Override
            public List<ProcedureDefinition> procedures() {
                return List.of();
            }
        }, null);
        assertEquals(0, run("demo-data", "--months", "1", "--per-year", "1500"), out + "\n" + err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("(0 thao tác bị từ chối)"), text);
        assertTrue(org.motcua.persistence.WorkspaceSettings.load(home, Map.of()).demo(), "the workspace is marked as a demo");
        var queries = workspace().core().queries();
        Principal province = new org.motcua.demo.DemoSessions(workspace().core()).of(org.motcua.demo.DemoOffices.PROVINCE_DESK);
        var dossiers = queries.page(province, null, 0, 100_000);
        assertTrue(dossiers.size() > 150, "a month at ~1500 a year per district: " + dossiers.size());
        long returned = dossiers.stream().filter(d -> d.status() == org.motcua.core.dossier.DossierStatus.RETURNED).count();
        long open = dossiers.stream().filter(d -> d.status().isOpen()).count();
        long late = dossiers.stream().filter(d -> d.timeliness() == org.motcua.core.calendar.TimelinessClass.LATE).count();
        assertTrue(returned > dossiers.size() / 2, "most are done: " + returned);
        assertTrue(open > 5, "some are in progress: " + open);
        assertTrue(late > 0 && late < returned / 5, "a few are late: " + late + " of " + returned);
        assertTrue(dossiers.stream().anyMatch(d -> d.procedureCode().equals("DEMO.SOCIAL")
                && d.currentOfficeCode().equals("H20.872")), "commune dossiers went up to the district");
        out.reset();
        assertEquals(0, run("demo-data", "--months", "1"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("đã có sẵn"));
        // a longer stretch loads only the days before the loaded ones (the first start loads the last weeks)
        out.reset();
        java.time.LocalDate loadedFrom = dossiers.get(0).receivedAt().toLocalDate();
        assertEquals(0, run("demo-data", "--months", "2", "--per-year", "1500"), out + "\n" + err);
        var all = workspace().core().queries().page(province, null, 0, 100_000);
        assertTrue(all.size() > dossiers.size() + 100, "a second month: " + all.size() + " after " + dossiers.size());
        assertTrue(all.get(0).receivedAt().toLocalDate().isBefore(loadedFrom.minusWeeks(3)), "earlier: " + all.get(0).receivedAt());
        assertEquals(all.size(), all.stream().map(d -> d.code()).distinct().count(), "no dossier twice");
        out.reset();
        assertEquals(0, run("demo-data", "--months", "2"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("đã có sẵn"));
        // the desktop's background load goes on from the earliest day loaded, a day at a time, until told to stop
        LocalDate before = all.get(0).receivedAt().toLocalDate();
        org.motcua.core.SettableTimeSource clock = new org.motcua.core.SettableTimeSource(before.atTime(7, 0));
        int[] days = { 0 };
        LocalDate reached = new org.motcua.demo.DemoDataGenerator(workspace().replayCore(clock), clock, 7)
                .generateBefore(before, org.motcua.demo.DemoDataGenerator.DEMO_NOW, 1500, () -> days[0] < 7,
                        first -> days[0]++);
        assertEquals(before.minusDays(7), reached, "stopped when told, a day at a time");
        var more = workspace().core().queries().page(province, null, 0, 100_000);
        assertTrue(more.size() > all.size(), "a week more: " + more.size() + " after " + all.size());
        assertFalse(more.get(0).receivedAt().toLocalDate().isBefore(reached), "nothing before the day reached");
        assertEquals(more.size(), more.stream().map(d -> d.code()).distinct().count(), "no dossier twice");
        // the demo's real history — months of work, imports aside, loaded in batches — verifies
        Principal demoAdmin = workspace().core().sessions().signIn("admin", "motcua-demo".toCharArray(),
                org.motcua.core.security.SessionKind.COMMAND_LINE);
        var report = workspace().core().audit().verify(demoAdmin, List.of());
        assertTrue(report.intact(), report.toString());
        assertTrue(report.records() > 1000 && report.chains() > 5, report.toString());
    }

    /** One district procedure: reception, review, approval; 4 working days in all. */
    static class TestModule implements ProcedureModule {
        @Override
        public String id() {
            return "org.motcua.cli.tests";
        }

        @Override
        public String nameVi() {
            return "Thủ tục thử nghiệm";
        }

        @Override
        public String nameEn() {
            return "Test procedures";
        }

        @Override
        public List<ProcedureDefinition> procedures() {
            List<StepDefinition> steps = new ArrayList<>();
            steps.add(step("TN", "MOTCUA", 0.5));
            steps.add(step("TD", "TNMT", 2));
            steps.add(step("PD", "TNMT", 1));
            return List.of(new ProcedureDefinition("T.LAND", "test-1", "Đăng ký biến động (thử nghiệm)", null, "Thử nghiệm",
                    LocalDate.of(2020, 1, 1), null, Regime.DECREE_61_2018, OfficeLevel.DISTRICT, 3, 0, BigDecimal.valueOf(4),
                    DurationUnit.WORKING_DAYS, List.of(new DocumentRequirement("Đơn", null, true, 1, false)), steps,
                    PausePolicy.PAUSE, BigDecimal.valueOf(3), false));
        }

        private static StepDefinition step(String code, String agency, double days) {
            return new StepDefinition(code, code, null, OfficeLevel.DISTRICT, List.of(agency), BigDecimal.valueOf(days),
                    DurationUnit.WORKING_DAYS, List.of());
        }
    }

    /** @return a session of {@code username} (every account of these tests has {@link #PASSWORD}) */
    @Test
    void theTransitionIsPlannedThenAppliedOnceAndOnlyByTheTopAdministrator() throws IOException {
        Path log = importOffice();
        assertEquals(0, run("import-events", log.toString(), "--user", "admin"), err.toString());
        Principal admin = signIn("admin");
        var org = workspace().core().organization();
        long successor = org.createOffice(admin, new OfficeData("H82.TM",
                "Trung tâm Phục vụ hành chính công xã Tháp Mười", OfficeLevel.COMMUNE,
                Regime.DECREE_118_2025, null, null, null, java.math.BigDecimal.ONE)).id();
        org.createDepartment(admin, successor, "TNMT", "Phòng Kinh tế – địa chính", DepartmentKind.INTERNAL);

        // the shipped unit table
        assertEquals(0, run("transition", "units"), err.toString());
        String units = out.toString(StandardCharsets.UTF_8);
        assertTrue(units.contains("PROVINCE,-,87,Tỉnh Đồng Tháp,82,Tỉnh Đồng Tháp,2025-07-01"), units);
        assertTrue(units.contains("COMMUNE,Huyện Tháp Mười,,Xã Mỹ Hòa,,Xã Tháp Mười,2025-07-01,NQ 1663/NQ-UBTVQH15,false"),
                units);
        Path bad = home.resolve("units.csv");
        Files.writeString(bad, "level,old_parent,old_code,old_name,new_code,new_name,valid_from,legal_basis,code_verified\n"
                + "COMMUNE,Huyện Tân Phước,,Xã Tân Hòa Thành,,Xã Tân Phước 1,1/7/2025,NQ 1663/NQ-UBTVQH15,false\n",
                StandardCharsets.UTF_8);
        err.reset();
        assertEquals(1, run("transition", "units", "--import", bad.toString(), "--user", "admin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Dòng 2: ngày hiệu lực không hợp lệ"), err.toString());

        assertEquals(0, run("transition", "successor", "H20.872", "H82.TM", "--from", "2025-07-01", "--basis",
                "NQ 1663/NQ-UBTVQH15", "--user", "admin"), err.toString());
        out.reset();
        assertEquals(0, run("transition", "plan", "--user", "admin"), err.toString());
        String plan = out.toString(StandardCharsets.UTF_8);
        long planned = plan.lines().filter(l -> l.contains("\tH20.872\tH82.TM\t")).count();
        assertTrue(planned > 0, plan);
        assertTrue(plan.contains("Chưa ghi gì"), plan);
        long open = workspace().core().queries().page(signIn("desk"), "H20.872", 0, 1000).stream()
                .filter(d -> d.status().isOpen() || d.status() == DossierStatus.FINISHED).count();
        assertEquals(planned, open, "the plan writes nothing: " + plan);

        assertEquals(1, run("transition", "apply", "--user", "desk"));
        out.reset();
        assertEquals(0, run("transition", "apply", "--user", "admin"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Đã bàn giao " + planned + " hồ sơ; 0 hồ sơ"), out.toString());
        out.reset();
        assertEquals(0, run("transition", "apply", "--user", "admin"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Đã bàn giao 0 hồ sơ; 0 hồ sơ"), out.toString());
        assertEquals(0, run("audit", "verify", "--user", "admin"), out + "\n" + err);
    }

    private Principal signIn(String username) {
        return workspace().core().sessions().signIn(username, PASSWORD.toCharArray(),
                org.motcua.core.security.SessionKind.COMMAND_LINE);
    }
}
