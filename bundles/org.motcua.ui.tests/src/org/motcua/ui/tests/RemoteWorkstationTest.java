// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.reporting.ui.internal.DashboardPart;
import org.motcua.reporting.ui.internal.FormPreviewDialog;
import org.motcua.server.internal.EmbeddedServer;
import org.motcua.server.internal.ServerReports;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.RemoteBackend;
import org.osgi.framework.FrameworkUtil;

/**
 * The desktop as a workstation of a server: the same workbench started with a server address and its key's
 * pin, against a MotCua server over real HTTPS (in this process, on its own demo database). A land dossier
 * goes from the desk through the registry office and the department back to the desk, its receipt is
 * rendered by the server, a dossier another desk sends is announced through the server's change feed, and
 * the district leader sees the server's dashboard; the workstation's folder
 * holds the server's address and pin and no database.
 */
class RemoteWorkstationTest {

    private static Path serverHome;
    private static Path workstationHome;
    private static Workspace serverWorkspace;
    private static ServerReports reports;
    private static EmbeddedServer server;

    @BeforeAll
    static void demoServer() throws Exception {
        serverHome = Files.createTempDirectory("motcua-ui-server");
        WorkspaceSettings settings = WorkspaceSettings.load(serverHome, Map.of());
        try (Workspace workspace = Workspace.open(settings, new ProcedureRegistry())) {
            workspace.createAsDemo();
            new DemoOffices(workspace.core()).create();
        }
        settings.asDemo(DemoDataGenerator.DEMO_NOW, org.motcua.core.TimeSource.system().now())
                .withOffice(DemoOffices.THAP_MUOI).save(false);
        ProcedureRegistry procedures = new ProcedureRegistry();
        serverWorkspace = Workspace.open(serverHome, procedures);
        DemoDataGenerator.registerStandInProcedures(procedures, serverWorkspace.core().time().now().toLocalDate());
        reports = new ServerReports(FrameworkUtil.getBundle(RemoteWorkstationTest.class).getBundleContext(),
                serverWorkspace.dataSource());
        server = EmbeddedServer.start(serverWorkspace.core(), serverHome, true, 100, reports);
        workstationHome = Files.createTempDirectory("motcua-ui-workstation");
        System.setProperty("motcua.home", workstationHome.toString());
        System.setProperty("motcua.server", server.address().toString());
        System.setProperty("motcua.serverPin", server.pin());
    }

    @AfterAll
    static void stopServer() {
        System.clearProperty("motcua.server");
        System.clearProperty("motcua.serverPin");
        if (server != null) {
            server.close();
        }
        if (reports != null) {
            reports.close();
        }
        if (serverWorkspace != null) {
            serverWorkspace.close();
        }
    }

    @Test
    void aLandDossierGoesThroughTheServerFromAWorkstation() throws Exception {
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(org.motcua.ui.internal.Messages.SignIn_title);
            assertTrue(robot.exists("signin.demoAccounts"), "a demo server's sign-in lists its demo accounts");
            DeskAndDepartmentTest.signIn(workbench, robot, "motcua.tm");
            MotCuaSession desk = DeskAndDepartmentTest.session(workbench, robot);
            assertTrue(desk.backend() instanceof RemoteBackend, "the core is the server's");
            assertEquals(DemoDataGenerator.DEMO_NOW.toLocalDate(), desk.core().time().now().toLocalDate(),
                    "the demo server's clock, not this machine's");

            robot.select("intake.procedure", "DEMO.LAND");
            robot.waitFor("the appointment", () -> !robot.text("intake.appointment").isBlank());
            robot.type("intake.name", "Nguyễn Văn Ồ");
            robot.type("intake.idNumber", "087095000123");
            robot.type("intake.phone", "0912 345 678");
            robot.type("intake.address", "Mỹ An, Tháp Mười, Đồng Tháp");
            robot.click("intake.receive");
            String result = robot.waitFor("the receipt", () -> robot.text("intake.result").startsWith("Đã tiếp nhận")
                    ? robot.text("intake.result") : null);
            Matcher m = Pattern.compile("H20\\.872-\\d{6}-\\d{4}").matcher(result);
            assertTrue(m.find(), result);
            String code = m.group();
            robot.screenshot("remote-workstation-intake");

            // the receipt (Mẫu 01) rendered by the server, previewed here
            robot.click("intake.print");
            Shell preview = (Shell) robot.waitFor("the receipt preview", () -> robot.find("form.preview"));
            String receipt = DeskAndDepartmentTest.pdfText(robot.ui(() -> ((FormPreviewDialog) preview.getData()).pdf()));
            assertTrue(receipt.contains(code) && receipt.contains("Nguyễn Văn Ồ"), receipt);
            robot.ui(() -> {
                preview.close();
                return Boolean.TRUE;
            });

            robot.click("intake.open");
            DeskAndDepartmentTest.waitForDossier(robot, code);
            DeskAndDepartmentTest.act(robot, "HAND_OVER", () -> robot.select("action.target", "Văn phòng Đăng ký"),
                    DossierStatus.PROCESSING);
            DeskAndDepartmentTest.signOut(workbench, robot);
            DeskAndDepartmentTest.signIn(workbench, robot, "vpdk.tm");
            robot.waitFor("the inbox's count on its tab", () -> inboxLabel(workbench, robot).endsWith("(1)"));
            // another desk hands a second dossier to VPĐK through the server: the feed announces it here
            handOverAnotherToRegistryOffice();
            robot.waitFor("the arrival announced", () -> inboxLabel(workbench, robot).endsWith("(2)")
                    && robot.text("inbox.banner").startsWith("Có 1 hồ sơ mới"));
            robot.screenshot("remote-workstation-arrival");
            DeskAndDepartmentTest.openByCode(robot, code);
            DeskAndDepartmentTest.take(robot);
            DeskAndDepartmentTest.act(robot, "FORWARD", () -> robot.select("action.target", "Tài nguyên"),
                    DossierStatus.PROCESSING);
            DeskAndDepartmentTest.signOut(workbench, robot);
            DeskAndDepartmentTest.signIn(workbench, robot, "tnmt.tm");
            DeskAndDepartmentTest.openByCode(robot, code);
            DeskAndDepartmentTest.take(robot);
            DeskAndDepartmentTest.act(robot, "FINISH", () -> robot.type("action.note", "Đã ký"), DossierStatus.FINISHED);
            DeskAndDepartmentTest.signOut(workbench, robot);
            DeskAndDepartmentTest.signIn(workbench, robot, "motcua.tm");
            DeskAndDepartmentTest.openByCode(robot, code);
            DeskAndDepartmentTest.act(robot, "RETURN_RESULT", () -> { }, DossierStatus.RETURNED);
            robot.screenshot("remote-workstation-dossier");
            assertEquals(DossierStatus.RETURNED, serverWorkspace.core().queries()
                    .byCode(new org.motcua.demo.DemoSessions(serverWorkspace.core()).of(DemoOffices.PROVINCE_DESK), code)
                    .orElseThrow().status(), "written on the server");

            // the district leader's dashboard, rendered by the server
            DeskAndDepartmentTest.signOut(workbench, robot);
            DeskAndDepartmentTest.signIn(workbench, robot, "lanhdao.tm");
            DashboardPart dashboard = robot.waitFor("the dashboard", () -> dashboardPart(workbench).getObject() instanceof DashboardPart d ? d : null);
            robot.waitFor("the first rendering", () -> !dashboard.busy() && dashboard.pageCount() > 0);
            robot.screenshot("remote-workstation-dashboard");
        });
        assertFalse(Files.exists(workstationHome.resolve("data")), "no database on the workstation");
        Properties kept = new Properties();
        try (InputStream in = Files.newInputStream(workstationHome.resolve("motcua.properties"))) {
            kept.load(in);
        }
        assertEquals(server.address().toString(), kept.getProperty("server.urls"));
        assertEquals(server.pin(), kept.getProperty("server.pins"));
        assertFalse(kept.stringPropertyNames().stream().anyMatch(k -> k.startsWith("db.")), "no database login: " + kept);
    }

    /** Receives a land dossier at the Tháp Mười desk and hands it to VPĐK, on the server, as another desk would. */
    private static void handOverAnotherToRegistryOffice() {
        var core = serverWorkspace.core();
        var desk = core.sessions().signIn("motcua.tm", DemoOffices.PASSWORD.toCharArray(),
                org.motcua.core.security.SessionKind.DESKTOP);
        var received = core.workflow().receive(desk, new org.motcua.core.workflow.ReceiveRequest("DEMO.LAND",
                org.motcua.core.dossier.Channel.WALK_IN, new org.motcua.core.workflow.ApplicantData("Trần Thị Bé",
                        "087195000777", "0913 000 777", null, "Mỹ An, Tháp Mười, Đồng Tháp", false), java.util.List.of()));
        long office = core.organization().office(DemoOffices.THAP_MUOI).orElseThrow().id();
        long vpdk = core.organization().departments(office).stream().filter(d -> d.code().equals("VPDK")).findFirst()
                .orElseThrow().id();
        core.workflow().perform(desk, received.id(), received.version(),
                new org.motcua.core.workflow.ActionRequest.HandOver(vpdk));
    }

    private static String inboxLabel(org.eclipse.e4.ui.internal.workbench.E4Workbench workbench, Robot robot) {
        return robot.ui(() -> {
            MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                    .find("org.motcua.ui.window.main", workbench.getApplication());
            MPart inbox = window.getContext().get(EPartService.class)
                    .findPart(org.motcua.ui.internal.session.SessionAddon.PART_INBOX);
            return inbox == null || inbox.getLabel() == null ? "" : inbox.getLabel();
        });
    }

    private static MPart dashboardPart(org.eclipse.e4.ui.internal.workbench.E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        return window.getContext().get(EPartService.class).findPart(DashboardPart.ID);
    }
}
