// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditRecord;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.audit.ChainHead;
import org.motcua.core.audit.SignedHeads;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InboxQuery;
import org.motcua.core.workflow.SupplementItem;
import org.motcua.remote.RemoteCore;
import org.motcua.remote.RemoteRefusal;
import org.motcua.testsupport.TestProvinceWorld;
import org.motcua.server.internal.ServerReports;
import org.motcua.testsupport.World;
import org.osgi.framework.FrameworkUtil;

/**
 * A workstation's core in remote mode: the same service interfaces as the in-process core, answered by a server
 * over pinned HTTPS. The whole land cycle runs through it with the server's rules, scope and clock; a refusal
 * reads as the in-process core's would; nothing a workstation holds lets it act as someone else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteCoreTest {

    @TempDir
    static Path folder;

    private TestProvinceWorld w;
    private TestServer server;

    @BeforeAll
    void start() throws Exception {
        w = new TestProvinceWorld(World.h2("remote-core"), World.APPLICANT);
        server = TestServer.start(w.core, folder, true, 100, new ServerReports(
                FrameworkUtil.getBundle(RemoteCoreTest.class).getBundleContext(), w.dataSource));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (w != null) {
            w.close();
        }
    }

    private RemoteCore workstation() {
        RemoteCore remote = new RemoteCore(server.connection());
        assertTrue(remote.connect().demo(), "a demo server says so");
        return remote;
    }

    private static Principal signIn(MotCuaCore core, String username) {
        return core.sessions().signIn(username, World.PASSWORD.toCharArray(), SessionKind.DESKTOP);
    }

    private static DossierView act(MotCuaCore core, Principal actor, DossierView d, ActionRequest request) {
        return core.workflow().perform(actor, d.id(), d.version(), request);
    }

    @Test
    void aLandDossierGoesFromReceiptToReturnThroughTheServer() {
        MotCuaCore desk = workstation();
        MotCuaCore land = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        Principal specialist = signIn(land, "land.specialist");
        Principal head = land.sessions().signIn("land.head", World.PASSWORD.toCharArray(), SessionKind.DESKTOP);
        assertEquals("Nguyễn Thị Hồng", desk.sessions().currentUser(deskUser).fullName());
        assertTrue(desk.workflow().receivableProcedures(deskUser).stream()
                .anyMatch(p -> p.code().equals(TestProvinceWorld.LAND) && p.steps().size() == 3),
                "the procedure's definition comes from the server, steps and fields as data");

        DossierView d = desk.workflow().receive(deskUser, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
        assertEquals(DossierStatus.RECEIVED, d.status());
        assertEquals(w.clock.now().toLocalDate(), d.receivedAt().toLocalDate(), "received at the server's clock");
        long tnmt = w.dept(w.district, "TNMT");
        d = act(desk, deskUser, d, new ActionRequest.HandOver(tnmt));
        assertEquals(1, land.queries().countHeldBy(specialist, tnmt, InboxQuery.byDue()));
        long[] ids = land.queries().heldByIds(specialist, tnmt, InboxQuery.byDue());
        assertEquals(d.code(), land.queries().byIds(specialist, ids).get(0).code());
        d = act(land, specialist, d, new ActionRequest.Take());
        assertTrue(land.workflow().allowedActions(specialist, d.id()).contains(ActionType.REQUEST_SUPPLEMENT));
        d = act(land, specialist, d, new ActionRequest.RequestSupplement(
                List.of(SupplementItem.listed("Giấy chứng nhận đã cấp")), "Bản sao mờ", null));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, d.status(), "a typed request with a list of papers travels whole");
        d = act(desk, deskUser, d, new ActionRequest.SupplementReceived());
        d = act(land, specialist, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin thuế"));
        d = act(land, specialist, d, new ActionRequest.ConfirmPayment());
        d = act(land, specialist, d, new ActionRequest.Forward(tnmt, "trình phê duyệt"));
        d = act(land, head, d, new ActionRequest.Take());
        d = act(land, head, d, new ActionRequest.Finish("Đã ký"));
        d = act(desk, deskUser, d, new ActionRequest.ReturnResult(null));
        assertEquals(DossierStatus.RETURNED, d.status());

        DossierView inProcess = w.core.queries().byId(w.reader(), d.id()).orElseThrow();
        assertEquals(inProcess, desk.queries().byId(deskUser, d.id()).orElseThrow(), "the same view as in process");
        assertEquals(w.core.queries().history(w.reader(), d.id()).size(), desk.queries().history(deskUser, d.id()).size());
        assertEquals(w.core.queries().controlSlip(w.reader(), d.id()), desk.queries().controlSlip(deskUser, d.id()));
        assertEquals(w.core.queries().steps(w.reader(), d.id()), desk.queries().steps(deskUser, d.id()));
        assertEquals(d.code(), desk.queries().byCode(deskUser, d.code()).orElseThrow().code());
        assertTrue(desk.queries().byCode(deskUser, "H20.872-000000-9999").isEmpty(), "not found is empty, as in process");
    }

    @Test
    void aRefusalReadsAsTheInProcessCoresInBothLanguages() {
        MotCuaCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        DossierView d = desk.workflow().receive(deskUser, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
        MotCuaException remote = assertThrows(MotCuaException.class,
                () -> act(desk, deskUser, d, new ActionRequest.Finish(null)));
        MotCuaException local = assertThrows(MotCuaException.class,
                () -> w.core.workflow().perform(w.desk, d.id(), d.version(), new ActionRequest.Finish(null)));
        assertEquals(local.key(), remote.key());
        assertEquals(local.message(Messages.VIETNAMESE), remote.message(Messages.VIETNAMESE));
        assertEquals(local.message(Locale.ENGLISH), remote.message(Locale.ENGLISH));
        // a stale version is refused as a conflict, never a lost update
        DossierView handed = act(desk, deskUser, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        MotCuaException stale = assertThrows(MotCuaException.class,
                () -> act(desk, deskUser, d, new ActionRequest.HandOver(w.dept(w.district, "TUPHAP"))));
        assertEquals("dossier.conflict", stale.key());
        assertEquals(handed.version(), w.core.queries().byId(w.reader(), d.id()).orElseThrow().version());
    }

    @Test
    void anotherOfficesUserSeesNothingAndCannotActThroughTheirWorkstation() {
        DossierView d = w.receiveLand();
        MotCuaCore commune = workstation();
        Principal communeDesk = signIn(commune, "desk.commune");
        assertEquals(outcome(() -> w.core.queries().byId(w.communeDesk, d.id())),
                outcome(() -> commune.queries().byId(communeDesk, d.id())), "as the in-process core answers it");
        assertEquals(outcome(() -> w.core.queries().byCode(w.communeDesk, d.code())),
                outcome(() -> commune.queries().byCode(communeDesk, d.code())));
        assertEquals(outcome(() -> w.core.queries().history(w.communeDesk, d.id())),
                outcome(() -> commune.queries().history(communeDesk, d.id())));
        assertTrue(commune.workflow().describeActions(communeDesk, d.id()).isEmpty());
        MotCuaException take = assertThrows(MotCuaException.class, () -> act(commune, communeDesk, d, new ActionRequest.Take()));
        assertInstanceOf(RemoteRefusal.class, take);
        assertEquals(403, ((RemoteRefusal) take).status(), take::getMessage);
        // a forged principal (a name the caller chose, with a made-up token) is refused, whatever it names
        Principal forged = new Principal("khong-phai-ma-phien", "desk.district", "Nguyễn Thị Hồng", null, false);
        MotCuaException refused = assertThrows(MotCuaException.class, () -> commune.queries().byId(forged, d.id()));
        assertEquals("session.invalid", refused.key());
    }

    /** @return what a read gave: its refusal's key, or whether something was found */
    private static String outcome(java.util.function.Supplier<?> read) {
        try {
            Object got = read.get();
            return got instanceof Optional<?> o ? (o.isPresent() ? "found" : "empty") : "answered";
        } catch (MotCuaException e) {
            return e.key();
        }
    }

    @Test
    void theServerRendersTheFormsOfADossierTheCallerMayRead() throws Exception {
        RemoteCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        DossierView d = desk.workflow().receive(deskUser, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
        byte[] receipt = desk.form(deskUser, d.id(), "receipt");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(d.code()), "Mẫu 01 of this dossier: " + text);
            assertTrue(text.contains("Nguyễn Văn Ồ"), "with its applicant: " + text);
        }
        RemoteCore commune = workstation();
        Principal communeDesk = signIn(commune, "desk.commune");
        assertEquals("empty", outcome(() -> w.core.queries().byId(w.communeDesk, d.id())));
        RemoteRefusal other = assertThrows(RemoteRefusal.class, () -> commune.form(communeDesk, d.id(), "receipt"));
        assertEquals("dossier.notFound", other.key(), "another office's dossier does not exist for them, nor its form");
        assertEquals(404, other.status());
        RemoteRefusal unknown = assertThrows(RemoteRefusal.class, () -> desk.form(deskUser, d.id(), "dashboard"));
        assertEquals(404, unknown.status(), "only a dossier's forms, not the office's reports");
    }

    @Test
    void theServerRendersTheDashboardForTheOfficesALeaderLeads() throws Exception {
        w.receiveLand();
        RemoteCore leader = workstation();
        Principal districtLeader = signIn(leader, "leader.district");
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        byte[] dashboard = leader.report(districtLeader, "dashboard", w.district.id(), from, to, "pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dashboard)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Tháp Mười"), "the district's dashboard: " + text);
        }
        assertEquals(403, refusal(() -> leader.report(districtLeader, "dashboard", 0, from, to, "pdf")).status(),
                "all offices together only for the top office");
        assertEquals(403, refusal(() -> leader.report(districtLeader, "dashboard", w.province.id(), from, to, "pdf"))
                .status(), "not the office above");
        RemoteCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        assertEquals("report.leadersOnly",
                refusal(() -> desk.report(deskUser, "dashboard", w.district.id(), from, to, "pdf")).key());
        RemoteCore admin = workstation();
        Principal adminUser = signIn(admin, "admin");
        byte[] xlsx = admin.report(adminUser, "dashboard", 0, from, to, "xlsx");
        assertEquals("PK", new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1), "a workbook (zip)");
    }

    @Test
    void theAuditIsReadAndCheckedThroughTheServerAndRecordsWhatItRendered() throws Exception {
        RemoteCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        DossierView d = desk.workflow().receive(deskUser, TestProvinceWorld.request(TestProvinceWorld.LAND, Channel.WALK_IN));
        desk.form(deskUser, d.id(), "receipt");
        RemoteCore leader = workstation();
        Principal districtLeader = signIn(leader, "leader.district");
        LocalDate day = w.clock.now().toLocalDate();
        leader.report(districtLeader, "dashboard", w.district.id(), day.withDayOfMonth(1), day, "pdf");

        List<AuditRecord> forms = leader.audit().list(districtLeader,
                new AuditQuery("desk.district", null, AuditKind.ADMIN, day, day, 50));
        assertTrue(forms.stream().anyMatch(r -> r.action().equals("form.render") && r.note().args().contains(d.code())),
                "the server recorded the receipt it rendered for the desk: " + forms);
        List<AuditRecord> reports = leader.audit().list(districtLeader,
                new AuditQuery("leader.district", w.district.code(), AuditKind.ADMIN, null, null, 50));
        assertTrue(reports.stream().anyMatch(r -> r.action().equals("report.render")
                && r.note().args().equals(List.of("dashboard", w.district.code(), day.withDayOfMonth(1).toString(),
                        day.toString()))), "and the leader's dashboard: " + reports);
        assertTrue(leader.audit().list(districtLeader, AuditQuery.all(10_000)).stream()
                .noneMatch(r -> r.officeCode().equals(w.province.code())), "a district leader reads no chain above");
        assertEquals(w.core.audit().list(w.admin, new AuditQuery("desk.district", null, null, null, null, 20)),
                leader.audit().list(districtLeader, new AuditQuery("desk.district", null, null, null, null, 20)),
                "the same records as in process");

        AuditReport report = leader.audit().verify(districtLeader, List.of());
        assertTrue(report.intact() && report.chains() > 0, "the chains are intact: " + report.mismatches());
        RemoteCore admin = workstation();
        Principal adminUser = signIn(admin, "admin");
        List<ChainHead> heads = admin.audit().heads(adminUser);
        assertFalse(heads.isEmpty());
        assertTrue(admin.audit().verify(adminUser, heads).intact(), "heads exported through the server are in their chains");

        // signed with the server's own key: on demand for an administrator, and the periodic export into a folder
        SignedHeads.Signed onDemand = SignedHeads.read(admin.signedAuditHeads(adminUser).lines().toList(), "server");
        assertEquals(server.heads().fingerprint(), onDemand.keyFingerprint(), "signed with the server's key");
        assertEquals("admin", onDemand.exportedBy());
        assertTrue(w.core.audit().verify(w.admin, onDemand.heads()).intact());
        assertEquals("admin.required", refusal(() -> leader.signedAuditHeads(districtLeader)).key());
        Path periodic = server.heads().exportTo(folder.resolve("audit-heads"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(periodic)), "only the server's account reads the export");
        List<String> lines = java.nio.file.Files.readAllLines(periodic);
        SignedHeads.Signed exported = SignedHeads.read(lines, periodic.toString());
        assertEquals("server", exported.exportedBy());
        assertTrue(w.core.audit().verify(w.admin, exported.heads()).intact(), "every exported head is in its chain");
        List<String> forged = lines.stream().map(l -> l.startsWith("head=ADMIN;") ? l.replaceFirst(";[0-9a-f]{64};", ";"
                + "0".repeat(64) + ";") : l).toList();
        assertEquals("audit.headsInvalid", assertThrows(MotCuaException.class,
                () -> SignedHeads.read(forged, "forged")).key(), "a head changed after signing breaks the signature");

        assertEquals("audit.readerRequired", refusal(() -> desk.audit().list(deskUser, AuditQuery.all(10))).key(),
                "a desk officer reads no audit");
        assertEquals("audit.readerRequired", refusal(() -> desk.audit().verify(deskUser, List.of())).key());
        assertEquals("admin.required", refusal(() -> leader.audit().heads(districtLeader)).key());
        RemoteRefusal fakeBackup = refusal(() -> desk.audit().record(deskUser, AuditEvent.BACKUP, "backup.zip", "1"));
        assertEquals(403, fakeBackup.status(), "a workstation cannot write the server's own records (a backup it never made)");
        assertEquals("audit.notFromWorkstation", fakeBackup.key());
        leader.audit().record(districtLeader, AuditEvent.AUDIT_EXPORT, "audit.csv", "12");
        assertTrue(w.core.audit().list(w.admin, new AuditQuery("leader.district", null, AuditKind.ADMIN, null, null, 5))
                .stream().anyMatch(r -> r.action().equals("audit.export")), "an export from the audit screen is recorded");
    }

    private static RemoteRefusal refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(RemoteRefusal.class, call);
    }

    @Test
    void theSearchThroughTheServerFindsWhatTheCoreLetsTheCallerSee() {
        DossierView d = w.receiveLand();
        RemoteCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        var search = org.motcua.core.workflow.DossierSearch.anywhere("nguyen van o");
        assertEquals(w.core.queries().search(w.desk, search, 0, 50), desk.queries().search(deskUser, search, 0, 50));
        assertTrue(desk.queries().search(deskUser, search, 0, 50).stream().anyMatch(v -> v.code().equals(d.code())),
                "the name without accents");
        assertEquals(w.core.queries().earlierDossiers(w.desk, d.applicantIdNumber(), 10),
                desk.queries().earlierDossiers(deskUser, d.applicantIdNumber(), 10));
        RemoteCore commune = workstation();
        Principal communeDesk = signIn(commune, "desk.commune");
        assertTrue(commune.queries().search(communeDesk, search, 0, 50).isEmpty(), "nothing of another office");
    }

    @Test
    void theChangeFeedTellsADepartmentThatADossierArrived() throws Exception {
        RemoteCore land = workstation();
        Principal specialist = signIn(land, "land.specialist");
        long tnmt = w.dept(w.district, "TNMT");
        var now = land.inboxChanges(specialist, tnmt, null, 0);
        assertFalse(now.changed(), "the first call says the state");
        var quiet = land.inboxChanges(specialist, tnmt, now.cursor(), 1);
        assertFalse(quiet.changed(), "nothing arrived within the wait");
        assertEquals(now.cursor(), quiet.cursor());

        var waiting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> land.inboxChanges(specialist, tnmt, now.cursor(), 30));
        DossierView d = w.receiveLand();
        w.act(w.desk, d, new ActionRequest.HandOver(tnmt));
        var arrived = waiting.get(40, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(arrived.changed(), "the hand-over ended the wait");
        assertEquals(now.count() + 1, arrived.count());

        RemoteCore commune = workstation();
        Principal communeDesk = signIn(commune, "desk.commune");
        MotCuaException other = assertThrows(MotCuaException.class, () -> commune.inboxChanges(communeDesk, tnmt, null, 0));
        assertEquals("read.notYourInbox", other.key(), "another office's inbox is not watched either");
    }

    @Test
    void theOfficeDataAndClockAreTheServers() {
        MotCuaCore admin = workstation();
        Principal adminUser = admin.sessions().signIn("admin", World.PASSWORD.toCharArray(), SessionKind.DESKTOP);
        assertEquals(w.core.organization().offices(), admin.organization().offices());
        assertEquals(w.core.organization().departments(w.district.id()), admin.organization().departments(w.district.id()));
        assertEquals(w.core.organization().calendar(w.district.id()), admin.organization().calendar(w.district.id()),
                "the calendar the server counts deadlines with, holidays included");
        assertEquals(w.core.organization().users(w.admin, w.district.id()), admin.organization().users(adminUser, w.district.id()));
        assertTrue(Duration.between(w.clock.now(), admin.time().now()).abs().toSeconds() < 5,
                "the server's (demo) clock, not this machine's: " + admin.time().now() + " / " + w.clock.now());
        admin.organization().setCalendarDay(adminUser, w.district.id(), LocalDate.of(2025, 12, 31), false, "Nghỉ bù");
        assertTrue(w.core.organization().calendar(w.district.id()).holidays().containsKey(LocalDate.of(2025, 12, 31)));
        assertEquals(w.core.procedures().all().size(), admin.procedures().all().size());
        assertEquals(w.core.workflow().rules().all(), admin.workflow().rules().all());
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        MotCuaCore desk = workstation();
        Principal deskUser = signIn(desk, "desk.district");
        desk.sessions().signOut(deskUser);
        MotCuaException ended = assertThrows(MotCuaException.class, () -> desk.sessions().currentUser(deskUser));
        assertEquals("session.ended", ended.key());
        assertThrows(MotCuaException.class, () -> w.core.sessions().resume(deskUser.token()));
    }
}
