// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.ui.tests.DeskAndDepartmentTest.rows;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionKind;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;

/**
 * The administration screen of the 1 July 2025 hand-over, driven through real widgets on a demo workspace whose
 * clock reads 1 July 2025: the administrator records xã Tháp Mười's centre as the successor of the Tháp Mười
 * district desk, sees the plan (nothing written), hands the two open dossiers over and finds nothing more to move;
 * the withdrawn one stays.
 */
class TransitionScreenTest {

    private static final String CODE = "UITEST.HANDOVER";
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 6, 30, 9, 0);

    @BeforeAll
    static void aDistrictWithOpenDossiers() throws Exception {
        Path folder = Files.createTempDirectory("motcua-ui-transition");
        WorkspaceSettings settings = WorkspaceSettings.load(folder, Map.of());
        ProcedureDefinition procedure = ProcedureBuilder.procedure(CODE, "uitest-1")
                .name("Thủ tục cấp huyện (kiểm thử)", "District procedure (UI test)").legalBasis("Kiểm thử")
                .effective(LocalDate.of(2018, 1, 1), null).regime(Regime.DECREE_61_2018).receivedAt(OfficeLevel.DISTRICT)
                .original("Đơn đề nghị", "Application", 1)
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                .step("TD", "Thẩm định", "Review", OfficeLevel.DISTRICT, 3.5, "VPDK").build();
        ProcedureRegistry procedures = new ProcedureRegistry();
        procedures.register(procedure);
        try (Workspace workspace = Workspace.open(settings, procedures)) {
            workspace.createAsDemo();
            new DemoOffices(workspace.core()).create();
        }
        // the district's desk works on 30 June 2025
        settings.asDemo(RECEIVED, org.motcua.core.TimeSource.system().now()).withOffice(DemoOffices.THAP_MUOI).save(false);
        try (Workspace workspace = Workspace.open(WorkspaceSettings.load(folder, Map.of()), procedures)) {
            var core = workspace.core();
            Principal desk = core.sessions().signIn("motcua.tm", DemoOffices.PASSWORD.toCharArray(), SessionKind.DESKTOP);
            long vpdk = core.organization().departments(core.organization().office(DemoOffices.THAP_MUOI).orElseThrow().id())
                    .stream().filter(d -> d.code().equals("VPDK")).findFirst().orElseThrow().id();
            DossierView first = core.workflow().receive(desk, request("Lê Văn Một"));
            core.workflow().perform(desk, first.id(), first.version(), new ActionRequest.HandOver(vpdk));
            core.workflow().receive(desk, request("Trần Thị Hai"));
            DossierView third = core.workflow().receive(desk, request("Phạm Văn Ba"));
            core.workflow().perform(desk, third.id(), third.version(), new ActionRequest.Withdraw("Người nộp rút"));
        }
        // the hand-over's day
        WorkspaceSettings.load(folder, Map.of()).asDemo(LocalDateTime.of(2025, 7, 1, 8, 0),
                org.motcua.core.TimeSource.system().now()).withOffice(DemoOffices.THAP_MUOI).save(false);
        System.setProperty("motcua.home", folder.toString());
    }

    private static ReceiveRequest request(String name) {
        return new ReceiveRequest(CODE, Channel.WALK_IN, new ApplicantData(name, "087095000123", "0912 345 678", null,
                "Ấp 3, xã Mỹ An, huyện Tháp Mười", false), List.of());
    }

    @Test
    void theAdministratorRecordsTheSuccessorPlansAndHandsOver() throws Exception {
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(org.motcua.ui.internal.Messages.SignIn_title);
            Shell main = robot.ui(() -> (Shell) workbench.getApplication().getChildren().get(0).getWidget());
            signIn(workbench, robot, "admin");
            robot.menu(main, "Quản trị", "Bàn giao 1/7/2025");
            robot.select("admin.transition.old", DemoOffices.THAP_MUOI + " ");
            robot.select("admin.transition.successor", "H82.TM ");
            robot.type("admin.transition.basis", "NQ 1663/NQ-UBTVQH15");
            robot.click("admin.transition.record");
            robot.waitFor("the successor recorded", () -> robot.text("admin.transition.message").startsWith("Đã ghi nhận"));
            robot.waitFor("the successor listed", () -> rows(robot, "admin.transition.successors").stream()
                    .anyMatch(r -> r.startsWith("H20.872 — ") && r.contains("H82.TM — ") && r.contains("2025-07-01")));
            assertTrue(robot.ui(() -> rows(robot, "admin.transition.units")).stream().anyMatch(r -> r.contains("Xã Mỹ Hòa")
                    && r.contains("Xã Tháp Mười") && r.contains("chưa đối chiếu")), "the shipped unit table");
            assertFalse(robot.enabled("admin.transition.apply"), "nothing to hand over before the plan");

            robot.click("admin.transition.showPlan");
            robot.waitFor("the plan", () -> robot.text("admin.transition.message").startsWith("Sẽ bàn giao 2 hồ sơ"));
            List<String> plan = robot.ui(() -> rows(robot, "admin.transition.plan"));
            assertEquals(2, plan.size(), String.valueOf(plan));
            assertTrue(plan.stream().allMatch(r -> r.contains("| H20.872 | H82.TM |")), String.valueOf(plan));
            assertTrue(plan.stream().anyMatch(r -> r.contains("Chi nhánh Văn phòng Đăng ký đất đai – Trung tâm Phục vụ"
                    + " hành chính công xã Tháp Mười")), String.valueOf(plan));
            inFront(workbench, robot); // the dashboard the sign-in opened comes up after the menu
            robot.screenshot("admin-transition-plan");

            robot.click("admin.transition.apply");
            robot.waitFor("handed over", () -> robot.text("admin.transition.message").startsWith("Đã bàn giao 2 hồ sơ"));
            inFront(workbench, robot); // the dashboard the sign-in opened comes up after the menu
            robot.screenshot("admin-transition-done");
            robot.click("admin.transition.showPlan");
            robot.waitFor("nothing more", () -> robot.text("admin.transition.message").startsWith("Sẽ bàn giao 0 hồ sơ"));
            assertTrue(robot.ui(() -> rows(robot, "admin.transition.plan")).isEmpty());
            assertFalse(robot.enabled("admin.transition.apply"));
        });
    }

    private static void inFront(org.eclipse.e4.ui.internal.workbench.E4Workbench workbench, Robot robot) {
        robot.ui(() -> {
            org.eclipse.e4.ui.model.application.ui.basic.MWindow window = (org.eclipse.e4.ui.model.application.ui.basic.MWindow)
                    workbench.getApplication().getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
                            .find("org.motcua.ui.window.main", workbench.getApplication());
            org.eclipse.e4.ui.workbench.modeling.EPartService parts = window.getContext()
                    .get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
            parts.activate(parts.findPart("org.motcua.ui.admin.part.transition"));
            return null;
        });
        robot.idle();
    }
}
