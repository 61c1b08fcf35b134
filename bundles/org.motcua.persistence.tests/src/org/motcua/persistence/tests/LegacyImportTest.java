// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ImportRefusedException;
import org.motcua.core.workflow.ImportRejectedException;
import org.motcua.core.workflow.ImportReport;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.LegacyCount;
import org.motcua.core.workflow.ReceiveRequest;

/**
 * The old system's log (issue 17.1) and its dossiers left open (17.2): checked whole before anything is written,
 * imported once whatever the number of runs, history that breaks today's rules recorded with a flag, legacy dossiers
 * closed with a reason and reconciled per office.
 */
class LegacyImportTest extends WorldTest {

    /** Monday 4 November 2024, 08:00: the old system's week. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2024, 11, 4, 8, 0);

    private static ImportedEvent receive(int line, LocalDateTime at, String ref) {
        return ImportedEvent.received(line, at, ref, "desk.district",
                TestWorld.request(TestWorld.LAND, Channel.WALK_IN, "Hồ sơ cũ " + ref), null);
    }

    private ImportedEvent handOver(int line, LocalDateTime at, String ref) {
        return ImportedEvent.action(line, at, ref, "desk.district", new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
    }

    private static ImportedEvent take(int line, LocalDateTime at, String ref) {
        return ImportedEvent.action(line, at, ref, "land.specialist", new ActionRequest.Take());
    }

    private List<ImportedEvent> firstExtract() {
        return List.of(receive(2, MONDAY, "CU-1"), handOver(3, MONDAY.plusHours(1), "CU-1"),
                receive(4, MONDAY.plusHours(2), "CU-2"), take(5, MONDAY.plusHours(3), "CU-1"));
    }

    private int dossiers() {
        return w.core.queries().page(w.reader(), w.district.code(), 0, 10_000).size();
    }

    @Test
    void theSameLogImportedTwiceAddsItsDossiersOnceAndALongerLogOnlyWhatIsNew() {
        ImportReport first = w.core.imports().importLog(w.admin, firstExtract(), 200);
        assertEquals(new ImportReport(4, 2, 0, 0, 1), first);
        assertEquals(2, dossiers());

        ImportReport again = w.core.imports().importLog(w.admin, firstExtract(), 200);
        assertEquals(new ImportReport(0, 0, 4, 0, 0), again, "the same file again writes nothing");
        assertEquals(2, dossiers());

        // a later extract of the old system: the same lines, then CU-2 handed over and a new dossier CU-3
        List<ImportedEvent> longer = new ArrayList<>(firstExtract());
        longer.add(handOver(6, MONDAY.plusHours(4), "CU-2"));
        longer.add(receive(7, MONDAY.plusHours(5), "CU-3"));
        ImportReport more = w.core.imports().importLog(w.admin, longer, 200);
        assertEquals(new ImportReport(2, 1, 4, 0, 1), more);
        assertEquals(3, dossiers());
        DossierView cu2 = byApplicant("Hồ sơ cũ CU-2");
        assertEquals(DossierStatus.PROCESSING, cu2.status(), "the new line of CU-2 was replayed on the dossier imported before");
        assertEquals(List.of(ActionType.RECEIVE, ActionType.HAND_OVER),
                w.core.queries().history(w.reader(), cu2.id()).stream().map(ActionRecordView::action).toList());
    }

    @Test
    void aLogThatContradictsWhatWasImportedIsRefusedAndNothingIsWritten() {
        w.core.imports().importLog(w.admin, firstExtract(), 200);
        List<ImportedEvent> changed = new ArrayList<>(firstExtract());
        changed.set(1, handOver(3, MONDAY.plusMinutes(70), "CU-1")); // the hand-over's time differs
        changed.add(receive(6, MONDAY.plusHours(5), "CU-3"));
        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> w.core.imports().importLog(w.admin, changed, 200));
        assertEquals(List.of(3), refused.lines().stream().map(ImportRefusedException::line).toList());
        assertEquals("import.differs", refused.lines().get(0).refusal().key());
        assertEquals(2, dossiers(), "CU-3 is not written either");
    }

    @Test
    void aLogWithBadLinesListsEveryOneWithItsNumberAndWritesNothing() {
        ApplicantData badId = new ApplicantData("Hồ sơ cũ CU-9", "12345", null, null, null, false);
        List<ImportedEvent> log = List.of(
                receive(2, MONDAY, "CU-1"),
                ImportedEvent.received(3, MONDAY.plusMinutes(5), "CU-8", "nobody", // a user MotCua does not know
                        TestWorld.request(TestWorld.LAND, Channel.WALK_IN, "Hồ sơ cũ CU-8"), null),
                ImportedEvent.received(4, MONDAY.plusMinutes(10), "CU-9", "desk.district",
                        new ReceiveRequest(TestWorld.LAND, Channel.WALK_IN, badId, List.of()), null),
                ImportedEvent.received(5, MONDAY.plusMinutes(15), "CU-10", "desk.district",
                        TestWorld.request("T.NONE", Channel.WALK_IN, "Hồ sơ cũ CU-10"), null),
                take(6, MONDAY.plusMinutes(20), "CU-404"), // never received
                handOver(7, MONDAY.minusDays(1), "CU-1"), // out of time order
                receive(8, MONDAY.plusMinutes(30), "CU-1")); // received twice
        List<ImportRefusedException> problems = w.core.imports().check(w.admin, log);
        assertEquals(List.of(3, 4, 5, 6, 7, 8), problems.stream().map(ImportRefusedException::line).toList());
        assertEquals(List.of("user.unknown", "validation.cccd.length", "procedure.unknown", "import.unknownRef",
                "import.outOfOrder", "import.duplicateRef"), problems.stream().map(p -> p.refusal().key()).toList());
        assertTrue(problems.get(0).message(java.util.Locale.ENGLISH).startsWith("Line 3 refused"),
                problems.get(0).message(java.util.Locale.ENGLISH));
        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> w.core.imports().importLog(w.admin, log, 200));
        assertEquals(6, refused.lines().size());
        assertEquals(0, dossiers(), "the good line 2 is not written either");
    }

    @Test
    void aLineTheWorkflowRefusesIsFoundBeforeAnythingIsWrittenWithTheOtherDossiersStillChecked() {
        List<ImportedEvent> log = List.of(receive(2, MONDAY, "CU-1"), receive(3, MONDAY.plusMinutes(5), "CU-2"),
                // a desk officer may not finish, and CU-2 is still at the desk: two refusals, in two dossiers
                ImportedEvent.action(4, MONDAY.plusHours(1), "CU-1", "desk.district", new ActionRequest.Finish(null)),
                ImportedEvent.action(5, MONDAY.plusHours(2), "CU-2", "land.specialist", new ActionRequest.Take()),
                receive(6, MONDAY.plusHours(3), "CU-3"));
        List<ImportRefusedException> problems = w.core.imports().check(w.admin, log);
        assertEquals(List.of(4, 5), problems.stream().map(ImportRefusedException::line).toList());
        assertEquals(0, dossiers(), "a check writes nothing");
        assertThrows(ImportRejectedException.class, () -> w.core.imports().importLog(w.admin, log, 1));
        assertEquals(0, dossiers());
    }

    @Test
    void largeLogsImportInBatchesAndARunAfterAnInterruptionResumes() {
        List<ImportedEvent> log = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            log.add(receive(log.size() + 2, MONDAY.plusMinutes(10 * i), "CU-" + i));
            log.add(handOver(log.size() + 2, MONDAY.plusMinutes(10 * i + 5), "CU-" + i));
        }
        // the first run wrote the first two dossiers before it stopped (as a batch of two would have)
        w.core.imports().importLog(w.admin, log.subList(0, 4), 2);
        assertEquals(2, dossiers());
        ImportReport resumed = w.core.imports().importLog(w.admin, log, 2);
        assertEquals(new ImportReport(6, 3, 4, 0, 2), resumed, "three dossiers left, in batches of two");
        assertEquals(5, dossiers());
    }

    @Test
    void historyThatBreaksTodaysRulesIsRecordedAsItHappenedAndFlagged() {
        // the old system had no public-posting guard: the commune sent the allowance up without posting it
        LocalDateTime at = MONDAY;
        List<ImportedEvent> log = List.of(
                ImportedEvent.received(2, at, "XA-1", "desk.commune",
                        TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN, "Hồ sơ cũ XA-1"), null),
                ImportedEvent.action(3, at.plusHours(1), "XA-1", "desk.commune",
                        new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH"))),
                ImportedEvent.action(4, at.plusHours(2), "XA-1", "social.commune", new ActionRequest.Take()),
                ImportedEvent.action(5, at.plusHours(3), "XA-1", "social.commune",
                        new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null)),
                // a land dossier: Mẫu 02 a week after receipt (limit 3 working days), Mẫu 04 after the due date
                receive(6, at.plusHours(4), "CU-1"), handOver(7, at.plusHours(5), "CU-1"), take(8, at.plusHours(6), "CU-1"),
                ImportedEvent.action(9, at.plusDays(7), "CU-1", "land.specialist",
                        ActionRequest.RequestSupplement.of(List.of("Trích lục thửa đất"), "Thiếu trích lục")),
                ImportedEvent.action(10, at.plusDays(8), "CU-1", "desk.district", new ActionRequest.SupplementReceived()),
                ImportedEvent.action(11, at.plusDays(16), "CU-1", "land.head",
                        new ActionRequest.Apologize(at.plusDays(25), "Chờ kết quả đo đạc")));
        ImportReport report = w.core.imports().importLog(w.admin, log, 200);
        assertEquals(3, report.flagged());

        DossierView social = byApplicant("Hồ sơ cũ XA-1");
        List<ActionRecordView> history = w.core.queries().history(w.reader(), social.id());
        assertEquals(List.of("guard.posting.missing"), history.get(3).ruleBreaches());
        assertTrue(history.subList(0, 3).stream().allMatch(a -> a.ruleBreaches().isEmpty()));
        List<ActionRecordView> land = w.core.queries().history(w.reader(), byApplicant("Hồ sơ cũ CU-1").id());
        assertEquals(List.of("supplement.tooLate"), land.get(3).ruleBreaches());
        assertEquals(List.of("apologize.tooLate"), land.get(5).ruleBreaches());
        assertTrue(land.stream().allMatch(ActionRecordView::imported));

        // today the same forward is refused: the guard holds for work done in MotCua
        DossierView live = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        live = w.act(w.communeDesk, live, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        DossierView taken = w.act(w.communeSocial, live, new ActionRequest.Take());
        TestWorld.refused("guard.posting.missing",
                () -> w.act(w.communeSocial, taken, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null)));
    }

    @Test
    void aLegacyDossierIsClosedWithAReasonByTheDepartmentHeadOrALeaderAndReconciled() {
        DossierView open = w.importedLandAtDepartment("CU-1", MONDAY);
        DossierView closing = w.importedLandAtDepartment("CU-2", MONDAY.plusHours(3));
        w.importedLandAtDepartment("CU-3", MONDAY.plusHours(6));
        DossierView live = w.landAtDepartment();

        TestWorld.refused("legacy.reasonRequired", () -> w.act(w.landHead, closing, new ActionRequest.CloseLegacy(" ")));
        TestWorld.refused("action.roleDenied", () -> w.act(w.landSpecialist, closing,
                new ActionRequest.CloseLegacy("Người nộp đã nhận kết quả giấy năm 2024")));
        TestWorld.refused("legacy.notImported", () -> w.act(w.landHead, live,
                new ActionRequest.CloseLegacy("Không phải hồ sơ cũ")));
        assertTrue(w.core.workflow().allowedActions(w.landHead, closing.id()).contains(ActionType.CLOSE_LEGACY));
        assertTrue(!w.core.workflow().allowedActions(w.landHead, live.id()).contains(ActionType.CLOSE_LEGACY),
                "not offered on a dossier received in MotCua");

        DossierView closed = w.act(w.landHead, closing, new ActionRequest.CloseLegacy("Người nộp đã nhận kết quả giấy năm 2024"));
        assertEquals(DossierStatus.STOPPED, closed.status());
        w.act(w.leader, byApplicant("Hồ sơ cũ CU-3"), new ActionRequest.CloseLegacy("Hồ sơ trùng với CU-1"));
        ActionRecordView audit = w.core.queries().history(w.reader(), closing.id()).getLast();
        assertEquals(ActionType.CLOSE_LEGACY, audit.action());
        assertEquals("land.head", audit.actor());
        assertTrue(!audit.imported(), "a closure is work done in MotCua, audited as such");
        assertEquals("note.legacyClosed", audit.note().key());
        assertEquals(List.of("CU-2", "Người nộp đã nhận kết quả giấy năm 2024"), audit.note().args());

        // per office: three left open by the old system and imported, two closed, one still open
        assertEquals(List.of(new LegacyCount(w.district.code(), "Bộ phận một cửa huyện Tháp Mười", 3, 3, 2, 1)),
                w.core.imports().reconcile(w.leader));
        assertEquals(List.of(), w.core.imports().reconcile(w.user(w.commune, null, org.motcua.core.org.Role.LEADER)),
                "a commune's leader reads no district counts");
        TestWorld.refused("legacy.reconcileDenied", () -> w.core.imports().reconcile(w.desk));
        assertEquals(DossierStatus.PROCESSING, w.core.queries().byId(w.reader(), open.id()).orElseThrow().status());
    }

    private DossierView byApplicant(String name) {
        return w.core.queries().page(w.reader(), w.district.code(), 0, 10_000).stream()
                .filter(d -> d.applicantName().equals(name)).findFirst()
                .or(() -> w.core.queries().page(w.reader(), w.commune.code(), 0, 10_000).stream()
                        .filter(d -> d.applicantName().equals(name)).findFirst())
                .orElseThrow();
    }
}
