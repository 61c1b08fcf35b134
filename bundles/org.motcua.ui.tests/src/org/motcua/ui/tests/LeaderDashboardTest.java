// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.TimeSource;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.demo.DemoDataGenerator;
import org.motcua.demo.DemoOffices;
import org.motcua.persistence.Workspace;
import org.motcua.persistence.WorkspaceSettings;
import org.motcua.reporting.KpiFilter;
import org.motcua.reporting.KpiService;
import org.motcua.reporting.KpiSummary;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.motcua.reporting.ui.internal.DashboardPart;
import org.motcua.ui.internal.Language;
import org.motcua.ui.internal.handlers.LanguageHandler;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * A leader's day with the dashboard, on a demo workspace with ten days of demo dossiers: the dashboard opens
 * for the leader (not for a desk officer), shows its pages, exports a PDF whose figures are the KPI service's
 * for the same office and period, and an XLSX; then the language switch stores English for the next start and
 * the dashboard's headings come out in English when the application runs in English.
 */
class LeaderDashboardTest {

    private static Path home;

    @BeforeAll
    static void demoWorkspace() throws Exception {
        home = Files.createTempDirectory("motcua-ui-leader");
        WorkspaceSettings settings = WorkspaceSettings.load(home, Map.of());
        LocalDate from = DemoDataGenerator.DEMO_NOW.toLocalDate().minusDays(10);
        try (Workspace workspace = Workspace.open(settings, new ProcedureRegistry())) {
            workspace.createAsDemo();
            SettableTimeSource clock = new SettableTimeSource(from.atTime(7, 0));
            var replay = workspace.replayCore(clock);
            new DemoOffices(replay).create();
            new DemoDataGenerator(replay, clock, 2019).generate(from, DemoDataGenerator.DEMO_NOW, 5_000, (d, all) -> {
            });
        }
        settings.asDemo(DemoDataGenerator.DEMO_NOW, TimeSource.system().now()).withOffice(DemoOffices.THAP_MUOI).save(false);
        System.setProperty("motcua.home", home.toString());
    }

    @Test
    void leaderOpensTheDashboardAndExportsThePdfWithTheKpiFigures() {
        WorkbenchRunner.drive((workbench, robot) -> {
            // a desk officer has no dashboard
            Steps.signIn(workbench, robot, "motcua.tm");
            assertFalse(robot.ui(() -> part(workbench).isToBeRendered()), "the desk does not see the dashboard");
            Steps.command(workbench, "org.motcua.ui.command.signOut", null);

            Steps.signIn(workbench, robot, "lanhdao.tm");
            DashboardPart dashboard = robot.waitFor("the dashboard", () -> part(workbench).getObject() instanceof DashboardPart d ? d : null);
            robot.waitFor("the first rendering", () -> !dashboard.busy() && dashboard.pageCount() > 0);
            List<String> offices = robot.ui(() -> Arrays.asList(robot.widget("dashboard.office", Combo.class).getItems()));
            assertTrue(offices.get(0).contains("Tháp Mười"), String.valueOf(offices));
            assertTrue(offices.size() >= 3, "the district leader sees the communes under the district: " + offices);
            assertFalse(offices.stream().anyMatch(o -> o.contains("Cao Lãnh")), "not another district: " + offices);

            // a period upside down is refused with a message
            setDate(robot, "dashboard.from", LocalDate.of(2025, 6, 27));
            setDate(robot, "dashboard.to", LocalDate.of(2025, 6, 1));
            robot.click("dashboard.show");
            robot.waitFor("the period message", () -> robot.text("dashboard.message").equals(
                    org.motcua.reporting.ui.internal.Messages.Dashboard_badPeriod));

            // June 2025 at Tháp Mười: shown, then exported as PDF and XLSX
            setDate(robot, "dashboard.from", LocalDate.of(2025, 6, 1));
            setDate(robot, "dashboard.to", LocalDate.of(2025, 6, 30));
            robot.click("dashboard.show");
            robot.waitFor("the June rendering", () -> !dashboard.busy() && dashboard.shownFilter() != null
                    && dashboard.shownFilter().to().equals(LocalDate.of(2025, 6, 30)));
            assertTrue(robot.ui(dashboard::pageCount) >= 1);
            // another office chosen: June at Tháp Mười leaves the screen, nothing to print until shown again
            robot.select("dashboard.office", offices.get(1));
            robot.waitFor("the old report cleared", () -> robot.ui(dashboard::pageCount) == 0
                    && dashboard.shownFilter() == null && !robot.enabled("dashboard.print"));
            robot.select("dashboard.office", offices.get(0));
            robot.click("dashboard.show");
            robot.waitFor("June again", () -> !dashboard.busy() && dashboard.shownFilter() != null
                    && dashboard.shownFilter().to().equals(LocalDate.of(2025, 6, 30)));
            Path pdf = home.resolve("export/bang-dieu-hanh.pdf");
            Path xlsx = home.resolve("export/bang-dieu-hanh.xlsx");
            robot.ui(() -> {
                dashboard.setExportTarget(format -> format == OutputFormat.PDF ? pdf : xlsx);
                return null;
            });
            robot.click("dashboard.exportPdf");
            robot.waitFor("the PDF", () -> !dashboard.busy() && robot.text("dashboard.message").contains("bang-dieu-hanh.pdf"));
            KpiFilter filter = dashboard.lastFilter();
            MotCuaSession session = robot.ui(() -> workbench.getApplication().getContext().get(MotCuaSession.class));
            assertEquals(session.office().id(), filter.officeId());
            KpiSummary kpi = new KpiService(session.backend().dataSource().orElseThrow()).summary(filter);
            assertTrue(kpi.received() > 10 && kpi.finished() > 0, "dataset too small: " + kpi);
            String text = pdfText(pdf);
            String headline = kpi.received() + " " + kpi.finished() + " " + kpi.early() + " " + kpi.onTime() + " "
                    + kpi.late() + " " + kpi.lateAgainstOriginal() + " " + kpi.withdrawn() + " " + kpi.stopped() + " "
                    + kpi.refused();
            assertTrue(text.contains(headline), () -> "headline " + headline + " not in: " + text);
            String open = kpi.inProgress() + " " + kpi.overdue() + " " + kpi.soonDue() + " " + kpi.interLevelPastSla();
            assertTrue(text.contains(open), () -> "open figures " + open + " not in: " + text);
            assertTrue(text.contains("BẢNG ĐIỀU HÀNH") && text.contains("Tháp Mười") && text.contains("01/06/2025"), text);

            robot.click("dashboard.exportXlsx");
            robot.waitFor("the XLSX", () -> !dashboard.busy() && robot.text("dashboard.message").contains("bang-dieu-hanh.xlsx"));
            byte[] bytes = read(xlsx);
            assertTrue(bytes.length > 3000 && bytes[0] == 'P' && bytes[1] == 'K', "an XLSX workbook: " + bytes.length);
            assertTrue(robot.enabled("dashboard.print"), "print is offered once pages are shown");

            // the language switch (Tệp › Ngôn ngữ › English): stored for the next start; "restart now?" is
            // answered No because a test runtime cannot restart (./motcua restarts on exit code 23)
            assertEquals("vi", Language.current());
            Steps.command(workbench, "org.motcua.ui.command.language", Map.of(LanguageHandler.PARAMETER, "en"));
            robot.answer(Messages.Language_title, 1); // MessageDialog numbers its buttons: Yes 0, No 1
            assertEquals(Optional.of("en"), Language.stored());
            Path prefs = Path.of(Platform.getInstanceLocation().getURL().getPath(),
                    ".metadata/.plugins/org.eclipse.core.runtime/.settings/org.motcua.ui.prefs");
            assertTrue(read(prefs).length > 0 && new String(read(prefs)).contains("language=en"),
                    "what ./motcua reads at the next start: " + prefs);

            // the report headings follow the language (BIRT resource bundle of the design)
                        ReportService reports = robot.ui(() -> workbench.getApplication().getContext().get(ReportService.class));
            Path english = home.resolve("export/dashboard-en.pdf");
            Locale before = Locale.getDefault();
            try (Connection c = session.backend().dataSource().orElseThrow().getConnection()) {
                Locale.setDefault(Locale.ENGLISH); // what -nl en does at the next start
                reports.render(ReportRequest.period(ReportCatalog.find("dashboard").orElseThrow(), session.office().id(),
                        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), DemoDataGenerator.DEMO_NOW,
                        DemoDataGenerator.DEMO_NOW.plusDays(1), OutputFormat.PDF, english), c);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                Locale.setDefault(before);
            }
            String englishText = pdfText(english);
            assertTrue(englishText.contains("LEADERS' DASHBOARD") && englishText.contains("On-time rate by month")
                    && englishText.contains("Walk-in") && !englishText.contains("BẢNG ĐIỀU HÀNH"), englishText);

            Language.store("vi"); // back to Vietnamese for later runs of this workspace

            // signing out hides the dashboard
            Steps.command(workbench, "org.motcua.ui.command.signOut", null);
            robot.waitFor("the dashboard hidden", () -> !part(workbench).isToBeRendered());
            robot.shell(Messages.SignIn_title);
        });
    }

    /** The English texts a start in English shows: every Vietnamese message has its English twin. */
    @Test
    void everyMessageHasItsEnglishTwin() throws Exception {
        for (String[] family : new String[][] { { "org/motcua/ui/internal/messages", "org.motcua.ui.internal.Messages" },
                { "org/motcua/reporting/ui/internal/messages", "org.motcua.reporting.ui.internal.Messages" } }) {
            ClassLoader loader = Class.forName(family[1], false, getClass().getClassLoader()).getClassLoader();
            java.util.Properties vi = new java.util.Properties();
            java.util.Properties en = new java.util.Properties();
            try (var a = loader.getResourceAsStream(family[0] + ".properties");
                    var b = loader.getResourceAsStream(family[0] + "_en.properties")) {
                vi.load(a);
                en.load(b);
            }
            for (String key : vi.stringPropertyNames()) {
                assertTrue(en.containsKey(key) && !en.getProperty(key).isBlank(), family[0] + ": no English text for " + key);
            }
        }
        ResourceBundle ui = ResourceBundle.getBundle("org.motcua.ui.internal.messages", Locale.ENGLISH,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals("Sign in to MotCua", ui.getString("SignIn_title"));
    }

    private static MPart part(E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        return window.getContext().get(EPartService.class).findPart(DashboardPart.ID);
    }

    private static void setDate(Robot robot, String id, LocalDate date) {
        DateTime widget = robot.widget(id, DateTime.class);
        robot.ui(() -> {
            widget.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            widget.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    private static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
