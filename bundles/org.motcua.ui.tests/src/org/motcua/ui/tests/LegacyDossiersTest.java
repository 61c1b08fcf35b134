// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaCore;
import org.motcua.core.TimeSource;
import org.motcua.core.dossier.Channel;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.ui.internal.parts.LegacyPart;
import org.motcua.ui.internal.session.SessionAddon;

/**
 * A leader reconciles the old system's dossiers (issue 17.2): three land dossiers imported open at Tháp Mười, one
 * closed by the head of the land registry with a reason; the leader's screen counts them per office, and a desk
 * officer has no such screen.
 */
class LegacyDossiersTest {

    private static final String[] REFS = { "TM-2019-0412", "TM-2019-0587", "TM-2019-0733" };

    @BeforeAll
    static void workspaceWithAnImportedLog() throws Exception {
        Path home = Files.createTempDirectory("motcua-ui-legacy");
        WorkspaceSettings settings = WorkspaceSettings.load(home, Map.of());
        LocalDate day = LocalDate.of(2019, 6, 3);
        ProcedureRegistry procedures = new ProcedureRegistry();
        DemoDataGenerator.registerStandInProcedures(procedures, day);
        try (Workspace workspace = Workspace.open(settings, procedures)) {
            workspace.createAsDemo();
            MotCuaCore core = workspace.core();
            new DemoOffices(core).create();
            List<ImportedEvent> log = new ArrayList<>();
            long vpdk = core.organization().departments(core.organization().office(DemoOffices.THAP_MUOI).orElseThrow().id())
                    .stream().filter(d -> d.code().equals("VPDK")).findFirst().orElseThrow().id();
            for (int i = 0; i < REFS.length; i++) {
                LocalDateTime at = day.atTime(8 + i, 0);
                log.add(ImportedEvent.received(log.size() + 2, at, REFS[i], "motcua.tm", new ReceiveRequest("DEMO.LAND",
                        Channel.WALK_IN, new ApplicantData("Người nộp hồ sơ cũ " + (i + 1), "087095000123", null, null,
                                null, false), List.of()), null));
                log.add(ImportedEvent.action(log.size() + 2, at.plusMinutes(20), REFS[i], "motcua.tm",
                        new ActionRequest.HandOver(vpdk)));
                log.add(ImportedEvent.action(log.size() + 2, at.plusMinutes(40), REFS[i], "vpdk.tm", new ActionRequest.Take()));
            }
            // the old system let the head of the land registry apologise after the due date: recorded, flagged
            log.add(ImportedEvent.action(log.size() + 2, day.plusDays(14).atTime(9, 0), REFS[1], "truongphong.vpdk.tm",
                    new ActionRequest.Apologize(day.plusDays(21).atTime(16, 0), "Chờ đo đạc lại thửa đất")));
            core.imports().importEvents(signIn(core, "admin"), log);
            Principal head = signIn(core, "truongphong.vpdk.tm");
            DossierView first = core.queries().page(signIn(core, "lanhdao.tm"), DemoOffices.THAP_MUOI, 0, 100).stream()
                    .filter(d -> d.applicantName().endsWith(" 1")).findFirst().orElseThrow();
            core.workflow().perform(head, first.id(), first.version(),
                    new ActionRequest.CloseLegacy("Hồ sơ đã trả kết quả giấy năm 2019, hệ thống cũ không ghi nhận"));
        }
        settings.asDemo(DemoDataGenerator.DEMO_NOW, TimeSource.system().now()).withOffice(DemoOffices.THAP_MUOI).save(false);
        System.setProperty("motcua.home", home.toString());
    }

    private static Principal signIn(MotCuaCore core, String username) {
        return core.sessions().signIn(username, DemoOffices.PASSWORD.toCharArray(), SessionKind.DESKTOP);
    }

    @Test
    void aLeaderSeesPerOfficeWhatTheOldSystemLeftOpenImportedClosedAndStillOpen() {
        WorkbenchRunner.drive((workbench, robot) -> {
            Steps.signIn(workbench, robot, "motcua.tm");
            assertFalse(robot.ui(() -> part(workbench).isToBeRendered()), "a desk officer has no reconciliation screen");
            Steps.command(workbench, "org.motcua.ui.command.signOut", null);

            Steps.signIn(workbench, robot, "lanhdao.tm");
            robot.ui(() -> {
                part(workbench).getContext().get(EPartService.class).activate(part(workbench));
                return null;
            });
            LegacyPart legacy = robot.waitFor("the legacy screen",
                    () -> part(workbench).getObject() instanceof LegacyPart p ? p : null);
            List<List<String>> rows = robot.waitFor("the counts", () -> {
                List<List<String>> shown = robot.ui(legacy::rows);
                return shown.size() == 2 ? shown : null;
            });
            List<String> office = rows.get(0);
            assertEquals(DemoOffices.THAP_MUOI, office.get(0));
            assertEquals(List.of("3", "3", "1", "2"), office.subList(2, 6),
                    "left open by the old system, imported, closed with a reason, still open");
            assertEquals(List.of("3", "3", "1", "2"), rows.get(1).subList(2, 6), "the total row");
            robot.ui(() -> { // in front of the dashboard the sign-in showed
                part(workbench).getContext().get(EPartService.class).activate(part(workbench));
                return null;
            });
            robot.idle();
            robot.screenshot("legacy-reconciliation");

            // the flagged line on the dossier's history: the old system's action, with the rule of today it broke
            org.motcua.ui.internal.session.MotCuaSession session = robot.ui(
                    () -> workbench.getApplication().getContext().get(org.motcua.ui.internal.session.MotCuaSession.class));
            DossierView second = session.core().queries().page(session.actor(), DemoOffices.THAP_MUOI, 0, 100).stream()
                    .filter(d -> d.applicantName().endsWith(" 2")).findFirst().orElseThrow();
            robot.ui(() -> {
                org.motcua.ui.internal.parts.DossierPart.open(workbench.getApplication().getChildren().get(0).getContext(),
                        second.id());
                return null;
            });
            String apology = robot.waitFor("the flagged apology", () -> robot.ui(
                    () -> DeskAndDepartmentTest.rows(robot, "dossier.history")).stream()
                    .filter(r -> r.contains("⚠")).findFirst().orElse(null));
            org.junit.jupiter.api.Assertions.assertTrue(apology.contains("trái quy định hiện hành")
                    && apology.contains("phiếu xin lỗi (Mẫu 04) sau ngày hẹn") && apology.contains("hệ thống cũ"), apology);
            robot.screenshot("legacy-flagged-history");
        });
    }

    private static MPart part(E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        return window.getContext().get(EPartService.class).findPart(SessionAddon.PART_LEGACY);
    }
}
