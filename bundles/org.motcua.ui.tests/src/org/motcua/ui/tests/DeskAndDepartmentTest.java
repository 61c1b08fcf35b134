// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FieldRule;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.reporting.ui.internal.FormPreviewDialog;
import org.motcua.ui.internal.AboutDialog;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.parts.DossierPart;
import org.motcua.ui.internal.parts.InboxPart;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;

/**
 * Starts the real workbench on a demo workspace (the demo offices, no demo dossiers) and drives its widgets
 * through a day of one land dossier (DEMO.LAND at Tháp Mười: desk → VPĐK → Phòng TN&MT → desk): sign in,
 * receive with live validation, hand over, forward for signature before the check is done ("wrong"), recall,
 * forward again, supplement request (TN&MT) and supplement (desk), finish, return. Along the way: what a user may not do is not offered, and the core refuses it.
 */
class DeskAndDepartmentTest {

    private static final String FIELDS = "T.FIELDS";
    private static Path home;

    @BeforeAll
    static void demoWorkspace() throws Exception {
        home = newDemoWorkspace();
    }

    /** Creates a demo workspace (the demo offices and accounts, no dossiers) and makes it the one MotCua opens. */
    static Path newDemoWorkspace() throws Exception {
        Path folder = Files.createTempDirectory("motcua-ui-test");
        WorkspaceSettings settings = WorkspaceSettings.load(folder, Map.of());
        try (Workspace workspace = Workspace.open(settings, new ProcedureRegistry())) {
            workspace.createAsDemo();
            new DemoOffices(workspace.core()).create();
        }
        settings.asDemo(DemoDataGenerator.DEMO_NOW, org.motcua.core.TimeSource.system().now()).withOffice(DemoOffices.THAP_MUOI)
                .save(false);
        System.setProperty("motcua.home", folder.toString());
        return folder;
    }

    @Test
    void signInReceiveRouteRecallSupplementFinishReturn() {
        WorkbenchRunner.drive((workbench, robot) -> {
            // the main window, before anyone signs in
            robot.shell(Messages.SignIn_title);
            Shell main = robot.ui(() -> Arrays.stream(workbench.getApplication().getChildren().get(0).getWidget() instanceof Shell s
                    ? new Shell[] { s } : new Shell[0]).findFirst().orElseThrow());
            assertEquals("MotCua", robot.ui(main::getText));
            List<String> menus = robot.ui(() -> {
                Menu bar = main.getMenuBar();
                assertNotNull(bar, "main window has a menu bar");
                return Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
            });
            assertEquals(List.of("Tệp", "Trợ giúp"), menus);
            assertTrue(robot.exists("signin.demoAccounts"), "a demo workspace lists its demo accounts");

            registerProcedureWithFields();
            signIn(workbench, robot, "motcua.tm");
            about(workbench, robot);

            tooLongApplicantName(robot);
            String fieldsCode = receiveWithFields(robot);

            // intake: live validation, then a complete land dossier
            robot.select("intake.procedure", "DEMO.LAND");
            robot.waitFor("the appointment", () -> !robot.text("intake.appointment").isBlank());
            robot.type("intake.name", "Nguyễn Văn Ồ");
            robot.type("intake.idNumber", "123");
            robot.waitFor("the ID problem", () -> !robot.text("intake.idProblem").isBlank()
                    && !robot.text("intake.idProblem").equals(Messages.Intake_valid));
            assertFalse(robot.enabled("intake.receive"), "an invalid CCCD cannot be received");
            robot.type("intake.idNumber", "087095000123");
            assertEquals(Messages.Intake_valid, robot.text("intake.idProblem"));
            robot.type("intake.phone", "0912 345 678");
            robot.type("intake.address", "Mỹ An, Tháp Mười, Đồng Tháp");
            robot.click("intake.receive");
            String result = robot.waitFor("the receipt", () -> robot.text("intake.result").startsWith("Đã tiếp nhận")
                    && robot.text("intake.result").contains("Nguyễn Văn Ồ") ? robot.text("intake.result") : null);
            Matcher m = Pattern.compile("H20\\.872-\\d{6}-\\d{4}").matcher(result);
            assertTrue(m.find(), result);
            String code = m.group();
            // the receipt (Mẫu 01) is rendered in the background and shown, ready to print or save
            robot.click("intake.print");
            Shell preview = (Shell) robot.waitFor("the receipt preview", () -> robot.find("form.preview"));
            String receipt = pdfText(robot.ui(() -> ((FormPreviewDialog) preview.getData()).pdf()));
            assertTrue(receipt.contains(code), receipt);
            assertTrue(receipt.contains("Nguyễn Văn Ồ"), receipt);
            assertTrue(robot.exists("form.preview.print"));
            robot.ui(() -> {
                preview.close();
                return Boolean.TRUE;
            });

            // the desk hands it over to VPĐK; finishing is not offered to the desk, and the core refuses it
            robot.click("intake.open");
            waitForDossier(robot, code);
            assertTrue(robot.exists("do.HAND_OVER"));
            assertTrue(robot.exists("dossier.print"), "the dossier's forms can be printed from its screen");
            assertFalse(robot.exists("do.FINISH"), "the desk may not finish a dossier");
            MotCuaSession desk = session(workbench, robot);
            DossierView received = desk.core().queries().byCode(desk.actor(), code).orElseThrow();
            MotCuaException refused = assertThrows(MotCuaException.class, () -> desk.core().workflow()
                    .perform(desk.actor(), received.id(), received.version(), new ActionRequest.Finish(null)));
            assertFalse(refused.message(Ui.locale()).isBlank());
            act(robot, "HAND_OVER", () -> robot.select("action.target", "Văn phòng Đăng ký"), DossierStatus.PROCESSING);

            // VPĐK takes it, forwards it for signature before the check is done, recalls it, forwards it again
            signOut(workbench, robot);
            signIn(workbench, robot, "vpdk.tm");
            openByCode(robot, code);
            take(robot);
            act(robot, "FORWARD", () -> {
                assertEquals(1, robot.items("action.target").size(), "only the agency the next step allows");
                robot.select("action.target", "Tài nguyên");
            }, DossierStatus.PROCESSING);
            act(robot, "RECALL", () -> robot.type("action.reason", "Chuyển nhầm khi chưa thẩm định xong"),
                    DossierStatus.PROCESSING);
            assertTrue(robot.ui(() -> rows(robot, "dossier.history").stream().anyMatch(r -> r.contains("Thu hồi"))));
            act(robot, "FORWARD", () -> robot.select("action.target", "Tài nguyên"), DossierStatus.PROCESSING);

            // Phòng TN&MT: the inbox lists it; take, supplement request, supplement, finish
            signOut(workbench, robot);
            signIn(workbench, robot, "tnmt.tm");
            robot.waitFor("the dossier in the inbox", () -> inbox(workbench).codes(50).contains(code));
            openByCode(robot, code);
            take(robot);
            act(robot, "REQUEST_SUPPLEMENT", () -> {
                // the procedure's papers as check boxes with their kinds; another paper needs its reason
                assertEquals("Giấy chứng nhận đã cấp (bản chính)", robot.text("action.items.1"));
                robot.check("action.items.1");
                robot.type("action.items.otherName", "Bản sao CCCD có chứng thực");
                robot.select("action.items.otherKind", "Bản sao có chứng thực");
                robot.type("action.items.otherReason", "Bản sao CCCD nộp kèm chưa được chứng thực");
                robot.type("action.reason", "Thiếu bản chính giấy chứng nhận và bản sao CCCD có chứng thực");
                robot.screenshot("action-supplement"); // the dialog as the core describes it
            }, DossierStatus.SUPPLEMENT_REQUESTED);
            assertFalse(robot.exists("do.SUPPLEMENT_RECEIVED"), "the applicant brings the supplement to the desk");

            // the applicant brings the paper to the desk; TN&MT finishes; the desk returns the result
            signOut(workbench, robot);
            signIn(workbench, robot, "motcua.tm");
            openByCode(robot, code);
            act(robot, "SUPPLEMENT_RECEIVED", () -> { }, DossierStatus.PROCESSING);
            signOut(workbench, robot);
            signIn(workbench, robot, "tnmt.tm");
            openByCode(robot, code);
            assertFalse(robot.exists("do.RETURN_RESULT"), "a department does not return results");
            act(robot, "FINISH", () -> robot.type("action.note", "Đã ký"), DossierStatus.FINISHED);
            signOut(workbench, robot);
            signIn(workbench, robot, "motcua.tm");
            openByCode(robot, code);
            act(robot, "RETURN_RESULT", () -> { }, DossierStatus.RETURNED);
            List<String> history = robot.ui(() -> rows(robot, "dossier.history"));
            for (String done : List.of("Tiếp nhận", "Bàn giao", "Thu hồi", "Yêu cầu bổ sung", "Đã nhận bổ sung",
                    "Hoàn thành", "Trả kết quả")) {
                assertTrue(history.stream().anyMatch(r -> r.contains("| " + done + " |")), done + " in " + history);
            }
            assertEquals(11, history.size(), String.join("\n", history));
            // the control slip: notes stored as keys read in the user's language, the applicant named from the dossier
            List<String> slip = robot.ui(() -> rows(robot, "dossier.slip"));
            String all = String.join("\n", slip);
            assertTrue(slip.getFirst().startsWith("1 | Người nộp hồ sơ: Nguyễn Văn Ồ | ")
                    && slip.getFirst().endsWith(" | Nộp trực tiếp | "), all);
            assertTrue(slip.stream().anyMatch(r -> r.endsWith(" | Thu hồi: Chuyển nhầm khi chưa thẩm định xong | ")), all);
            assertTrue(slip.stream().anyMatch(
                    r -> r.endsWith(" | Mẫu 02: Giấy chứng nhận đã cấp; Bản sao CCCD có chứng thực | ")), all);
            assertTrue(slip.getLast().contains(" | Người nộp hồ sơ: Nguyễn Văn Ồ | ")
                    && slip.getLast().endsWith(" | Trả kết quả | "), all);
            assertFalse(all.contains("@applicant") || all.contains("slip.") || all.contains(" / "), all);
            MotCuaSession looking = session(workbench, robot);
            long returnedId = looking.core().queries().byCode(looking.actor(), code).orElseThrow().id();
            robot.ui(() -> {
                DossierPart.open(workbench.getApplication().getChildren().get(0).getContext(), returnedId);
                TabFolder tabs = (TabFolder) robot.find("dossier.slip").getParent();
                tabs.setSelection(1);
                return null;
            });
            waitForDossier(robot, code);
            robot.screenshot("dossier-slip");

            // the dossier shows the procedure's own fields as received
            openByCode(robot, fieldsCode);
            MotCuaSession viewer = session(workbench, robot);
            long fieldsId = viewer.core().queries().byCode(viewer.actor(), fieldsCode).orElseThrow().id();
            robot.ui(() -> {
                DossierPart.open(workbench.getApplication().getChildren().get(0).getContext(), fieldsId);
                return null;
            });
            waitForDossier(robot, fieldsCode);
            String details = robot.text("dossier.details");
            assertTrue(details.contains("Thửa đất: Tờ bản đồ số 12, thửa đất số 345"), details);
            assertTrue(details.contains("Mục đích sử dụng: Đất ở tại nông thôn"), details);
            assertEquals("", robot.text("dossier.banner"), "the last action's message belongs to the dossier shown before");
            robot.screenshot("dossier-fields");

            // received under the wrong procedure: the registry office sends it back, the desk corrects it, same code
            act(robot, "HAND_OVER", () -> robot.select("action.target", "Văn phòng Đăng ký"), DossierStatus.PROCESSING);
            signOut(workbench, robot);
            signIn(workbench, robot, "vpdk.tm");
            openByCode(robot, fieldsCode);
            take(robot);
            robot.waitFor("the dossier in the inbox", () -> inbox(workbench).codes(50).contains(fieldsCode));
            robot.click("do.RETURN_FOR_CORRECTION");
            String sendBack = NLS.bind(Messages.Action_title, Ui.label(org.motcua.core.dossier.ActionType.RETURN_FOR_CORRECTION), "");
            robot.shell(sendBack.substring(0, sendBack.indexOf(" — ")));
            robot.type("action.reason", "Người nộp xin đăng ký biến động tên, địa chỉ, không phải đăng ký lần đầu");
            robot.screenshot("action-return-for-correction");
            robot.ok(sendBack.substring(0, sendBack.indexOf(" — ")));
            // back at the receiving desk, out of the registry office's scope: a steady message, no crash, no actions
            String leftScope = NLS.bind(Messages.Dossier_done, Ui.label(org.motcua.core.dossier.ActionType.RETURN_FOR_CORRECTION),
                    Ui.label(DossierStatus.RECEIVED)) + " " + Messages.Dossier_leftScope;
            assertEquals(leftScope, robot.waitFor("the send-back done", () -> {
                org.eclipse.swt.widgets.Label label = (org.eclipse.swt.widgets.Label) robot.find("dossier.banner");
                boolean error = label.getForeground().equals(label.getDisplay().getSystemColor(
                        org.eclipse.swt.SWT.COLOR_DARK_RED)) && !label.getText().isBlank();
                return label.getText().equals(leftScope) || error ? label.getText() : null;
            }));
            assertTrue(Messages.Dossier_leftScope.startsWith("Hồ sơ đã được chuyển khỏi phạm vi của bạn"));
            assertEquals(NLS.bind(Messages.Dossier_status, Ui.label(DossierStatus.RECEIVED)), robot.text("dossier.status"));
            assertTrue(robot.ui(() -> java.util.Arrays.stream(((org.eclipse.swt.widgets.Composite) robot.find("dossier.actions"))
                    .getChildren()).noneMatch(org.eclipse.swt.widgets.Control::isEnabled)), "no action on a dossier out of scope");
            robot.waitFor("the inbox without it", () -> !inbox(workbench).codes(50).contains(fieldsCode));
            robot.idle();
            signOut(workbench, robot);
            signIn(workbench, robot, "motcua.tm");
            openByCode(robot, fieldsCode);
            robot.ui(() -> { // the dossier screen in front (the desk starts on intake) for the screenshots
                DossierPart.open(workbench.getApplication().getChildren().get(0).getContext(), fieldsId);
                return null;
            });
            waitForDossier(robot, fieldsCode);
            act(robot, "CORRECT_PROCEDURE", () -> {
                robot.select("action.procedure", "DEMO.LAND");
                robot.type("action.reason", "Tiếp nhận nhầm thủ tục đăng ký lần đầu");
                robot.screenshot("action-correct-procedure");
            }, DossierStatus.SUPPLEMENT_REQUESTED); // the papers of the right procedure are missing: Mẫu 02
            MotCuaSession corrector = session(workbench, robot);
            DossierView corrected = corrector.core().queries().byCode(corrector.actor(), fieldsCode).orElseThrow();
            assertEquals("DEMO.LAND", corrected.procedureCode(), "the same code, the right procedure");
            List<String> correctedSlip = robot.ui(() -> rows(robot, "dossier.slip"));
            assertTrue(correctedSlip.stream().anyMatch(r -> r.contains("Trả về một cửa để sửa thủ tục: Người nộp xin"))
                    && correctedSlip.stream().anyMatch(r -> r.contains("Sửa thủ tục: " + FIELDS)),
                    String.join("\n", correctedSlip));
            robot.ui(() -> {
                TabFolder tabs = (TabFolder) robot.find("dossier.slip").getParent();
                tabs.setSelection(1);
                return null;
            });
            robot.screenshot("dossier-corrected");
        });
    }

    /**
     * A 512-character applicant name (the column holds 200) is refused by the core with a keyed message naming
     * the field and the limit; the form stays as typed, its buttons on screen. Leaves the form empty.
     */
    private static void tooLongApplicantName(Robot robot) {
        robot.select("intake.procedure", "DEMO.LAND");
        robot.waitFor("the appointment", () -> !robot.text("intake.appointment").isBlank());
        String longName = "Nguyễn Văn Ồ ".repeat(39) + "Trần."; // 512 characters
        assertEquals(512, longName.length());
        robot.type("intake.name", longName);
        robot.type("intake.idNumber", "087095000123");
        robot.type("intake.phone", "0912 345 678");
        robot.type("intake.address", "Mỹ An, Tháp Mười, Đồng Tháp");
        robot.click("intake.receive");
        String banner = robot.waitFor("the refusal", () -> robot.text("intake.banner").startsWith("Chưa lưu được")
                ? robot.text("intake.banner") : null);
        robot.idle();
        assertTrue(banner.contains("Họ tên người nộp hồ sơ dài 512 ký tự, quá giới hạn 200 ký tự"), banner);
        assertFalse(banner.contains("Exception") || banner.contains("INSERT") || banner.contains("SQL"), banner);
        // everything typed is still there, and the buttons are inside the window and usable
        assertEquals(longName, robot.text("intake.name"));
        assertEquals("087095000123", robot.text("intake.idNumber"));
        assertEquals("0912 345 678", robot.text("intake.phone"));
        assertEquals("Mỹ An, Tháp Mười, Đồng Tháp", robot.text("intake.address"));
        assertTrue(robot.enabled("intake.receive"), "the desk can shorten the name and receive again");
        for (String button : List.of("intake.receive", "intake.banner")) {
            boolean inside = robot.ui(() -> {
                Control control = robot.find(button);
                Shell shell = control.getShell();
                org.eclipse.swt.graphics.Rectangle bounds = control.getDisplay().map(control.getParent(), shell,
                        control.getBounds());
                org.eclipse.swt.graphics.Rectangle client = shell.getClientArea();
                return bounds.x >= 0 && bounds.x + bounds.width <= client.width && bounds.y + bounds.height <= client.height;
            });
            assertTrue(inside, button + " is inside the window");
        }
        robot.screenshot("intake-long-name");
        robot.type("intake.name", "Nguyễn Văn Ồ");
        assertEquals("", robot.text("intake.banner"), "the failed save's message goes once the form changes");
        for (String field : List.of("intake.name", "intake.idNumber", "intake.phone", "intake.address")) {
            robot.type(field, "");
        }
    }

    /** A district procedure with form fields, registered as a module's would be (the test runtime has no module). */
    private static void registerProcedureWithFields() {
        BundleContext context = FrameworkUtil.getBundle(DeskAndDepartmentTest.class).getBundleContext();
        ServiceReference<ProcedureRegistry> ref = context.getServiceReference(ProcedureRegistry.class);
        assertNotNull(ref, "the core's procedure registry");
        context.getService(ref).register(ProcedureBuilder.procedure(FIELDS, "ui-test")
                .name("Đăng ký đất đai lần đầu (thử giao diện)", "First registration (UI test)")
                .effective(LocalDate.of(2018, 1, 1), null)
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                .step("XL", "Xử lý", "Processing", OfficeLevel.DISTRICT, 10, "VPDK")
                .field(FormField.composite("parcel", "Thửa đất", "Land parcel", "/",
                FormField.number("sheet", "Số tờ", "Map sheet").rule(FieldRule.pattern("0*[1-9][0-9]{0,4}", "Số dương.", "Positive.")),
                FormField.number("parcel", "Số thửa", "Parcel").rule(FieldRule.pattern("0*[1-9][0-9]{0,5}", "Số dương.", "Positive.")))
                .display("Tờ bản đồ số {0}, thửa đất số {1}", "Map sheet {0}, parcel {1}").required())
                .field(FormField.number("area", "Diện tích (m²)", "Area (m²)").required().example("152,5")
                        .rule(FieldRule.range(0.1, null, "Diện tích phải lớn hơn 0.", "The area must be more than 0.")))
                .field(FormField.choice("use", "Mục đích sử dụng", "Land-use purpose",
                        FieldOption.of("ONT", "Đất ở tại nông thôn", "Rural residential land"),
                        FieldOption.of("LUC", "Đất chuyên trồng lúa", "Paddy land")).required())
                .build());
    }

    /**
     * A field problem is shown under the field and blocks the receipt until it is fixed, and what was typed
     * stays; fixed, the dossier is received with its values. Returns its code.
     */
    private static String receiveWithFields(Robot robot) {
        robot.select("intake.procedure", FIELDS);
        robot.waitFor("the parcel field", () -> robot.exists("intake.field.parcel.sheet"));
        robot.type("intake.name", "Trần Thị Bé");
        robot.type("intake.idNumber", "087095000123");
        robot.type("intake.field.parcel.sheet", "12");
        robot.type("intake.field.area", "0");
        robot.select("intake.field.use", "Đất ở");
        assertEquals("Diện tích phải lớn hơn 0.", robot.text("intake.fieldProblem.area"));
        // the message names the part still missing
        assertTrue(robot.text("intake.fieldProblem.parcel").startsWith("Số thửa:"), robot.text("intake.fieldProblem.parcel"));
        assertFalse(robot.enabled("intake.receive"), "a field problem blocks the receipt");
        robot.screenshot("intake-fields");
        robot.type("intake.field.area", "152,5");
        assertEquals(Messages.Intake_valid, robot.text("intake.fieldProblem.area"));
        assertFalse(robot.enabled("intake.receive"), "the parcel number is still missing");
        assertEquals("Trần Thị Bé", robot.text("intake.name"), "what was typed stays");
        assertEquals("12", robot.text("intake.field.parcel.sheet"));
        robot.type("intake.field.parcel.parcel", "345");
        robot.waitFor("receipt allowed", () -> robot.enabled("intake.receive"));
        robot.click("intake.receive");
        String result = robot.waitFor("the receipt", () -> robot.text("intake.result").startsWith("Đã tiếp nhận")
                ? robot.text("intake.result") : null);
        Matcher m = Pattern.compile("H20\\.872-\\d{6}-\\d{4}").matcher(result);
        assertTrue(m.find(), result);
        assertEquals("", robot.text("intake.field.area"), "a new form after the receipt");
        return m.group();
    }

    static void signIn(E4Workbench workbench, Robot robot, String username) {
        Steps.signIn(workbench, robot, username);
    }

    static void signOut(E4Workbench workbench, Robot robot) {
        command(workbench, robot, "org.motcua.ui.command.signOut");
    }

    private static void about(E4Workbench workbench, Robot robot) {
        command(workbench, robot, "org.eclipse.ui.help.aboutAction");
        Shell about = robot.shell("Giới thiệu MotCua");
        List<String> modules = robot.ui(() -> {
            Table table = findModuleTable(about);
            return Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
        });
        assertTrue(modules.contains("org.motcua.core"), String.valueOf(modules));
        assertTrue(modules.contains("org.motcua.ui"), String.valueOf(modules));
        robot.ok("Giới thiệu MotCua");
    }

    static void command(E4Workbench workbench, Robot robot, String id) {
        Steps.command(workbench, id, null);
    }

    static MotCuaSession session(E4Workbench workbench, Robot robot) {
        return robot.ui(() -> workbench.getApplication().getContext().get(MotCuaSession.class));
    }

    private static InboxPart inbox(E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        MPart part = window.getContext().get(EPartService.class).findPart(SessionAddon.PART_INBOX);
        return (InboxPart) part.getObject();
    }

    static void openByCode(Robot robot, String code) {
        robot.type("dossier.code", code);
        robot.click("dossier.find");
        waitForDossier(robot, code);
    }

    static void waitForDossier(Robot robot, String code) {
        robot.waitFor("dossier " + code, () -> robot.text("dossier.title").startsWith(code));
        robot.idle();
    }

    /** Presses the action's button, fills its dialog (if it has one), confirms, and waits for the new status. */
    static void act(Robot robot, String action, Runnable fill, DossierStatus expected) {
        robot.click("do." + action);
        String title = NLS.bind(Messages.Action_title, Ui.label(org.motcua.core.dossier.ActionType.valueOf(action)), "");
        robot.shell(title.substring(0, title.indexOf(" — ")));
        fill.run();
        robot.ok(title.substring(0, title.indexOf(" — ")));
        done(robot, action, expected);
    }

    static void take(Robot robot) {
        robot.click("do.TAKE");
        done(robot, "TAKE", DossierStatus.PROCESSING);
    }

    /** Waits for the action's outcome: its "done" line, or an error (shown in dark red), and checks it. */
    private static void done(Robot robot, String action, DossierStatus expected) {
        String wanted = NLS.bind(Messages.Dossier_done, Ui.label(org.motcua.core.dossier.ActionType.valueOf(action)),
                Ui.label(expected));
        String banner = robot.waitFor(action + " done", () -> {
            org.eclipse.swt.widgets.Label label = (org.eclipse.swt.widgets.Label) robot.find("dossier.banner");
            boolean error = label.getForeground().equals(label.getDisplay().getSystemColor(
                    org.eclipse.swt.SWT.COLOR_DARK_RED)) && !label.getText().isBlank();
            return label.getText().equals(wanted) || error ? label.getText() : null;
        });
        assertEquals(wanted, banner);
        assertEquals(NLS.bind(Messages.Dossier_status, Ui.label(expected)), robot.text("dossier.status"));
        robot.idle();
    }

    static List<String> rows(Robot robot, String id) {
        Table table = (Table) robot.find(id);
        return Arrays.stream(table.getItems()).map(DeskAndDepartmentTest::row).toList();
    }

    static String row(TableItem item) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < item.getParent().getColumnCount(); i++) {
            text.append(item.getText(i)).append(" | ");
        }
        return text.toString();
    }

    private static Table findModuleTable(org.eclipse.swt.widgets.Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Table table && table.getData(AboutDialog.MODULE_TABLE) != null) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Table found = findModuleTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String pdfText(java.nio.file.Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
