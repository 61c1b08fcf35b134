// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.ui.tests.DeskAndDepartmentTest.rows;
import static org.motcua.ui.tests.DeskAndDepartmentTest.session;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signIn;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signOut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.demo.DongThapDefaults;
import org.motcua.plugins.PluginInstaller;
import org.motcua.plugins.ProcedureFeatures;
import org.motcua.ui.admin.internal.Messages;
import org.motcua.ui.internal.session.MotCuaSession;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The administrator's screens driven through real widgets: disabling the land module at Tháp Mười makes its
 * procedure vanish from that desk's intake; installing the labour feature from the update site the build
 * produced (through the same p2 service the command line uses) reports the bundles it added; enabling it at Cao
 * Lãnh; uninstalling it again.
 * <p>
 * The Tycho test runtime is not a p2-managed installation (no {@code eclipse.p2.data.area}, no profile), so p2
 * cannot change the running test framework. The install screen is pointed instead at a copy of the materialized
 * product (its own p2 data area and {@code DefaultProfile}), which p2 changes exactly as the administration screen
 * changes an installed MotCua: the feature's bundle lands in {@code plugins/} and in {@code bundles.info}.
 */
class AdministrationTest {

    private static final String MODULE = DongThapDefaults.LAND;
    private static final String CODE = "UITEST.LAND";
    private static final String LABOR = "org.motcua.procedure.labor";
    private static ProcedureRegistry registry;
    private static ProcedureDefinition procedure;

    @BeforeAll
    static void workspaceAndAModuleProcedure() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
        var context = FrameworkUtil.getBundle(AdministrationTest.class).getBundleContext();
        ServiceTracker<ProcedureRegistry, ProcedureRegistry> tracker = new ServiceTracker<>(context,
                ProcedureRegistry.class, null);
        tracker.open();
        registry = tracker.waitForService(15_000);
        tracker.close();
        // a district procedure supplied "by" the land module: intake offers it only where that module is enabled
        procedure = ProcedureBuilder.procedure(CODE, "uitest-1").name("Thủ tục đất đai (kiểm thử)", "Land (UI test)")
                .legalBasis("Kiểm thử").effective(LocalDate.of(2018, 1, 1), null).regime(Regime.DECREE_61_2018)
                .receivedAt(OfficeLevel.DISTRICT).original("Đơn đề nghị", "Application", 1)
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                .step("TD", "Thẩm định", "Review", OfficeLevel.DISTRICT, 3.5, "TNMT").build();
        registry.register(MODULE, procedure);
    }

    @AfterAll
    static void removeTheProcedure() {
        registry.unregister(procedure);
    }

    @Test
    void disableAModuleThenInstallEnableAndUninstallAFeature() throws Exception {
        Path site = Path.of(System.getProperty("motcua.updateSite", "missing"));
        assertTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml")),
                "the update site of releng/org.motcua.product is built before this test: " + site);
        Path product = Path.of(System.getProperty("motcua.productDir", "missing"));
        assertTrue(Files.isDirectory(product.resolve("p2")), "the materialized product is built before this test: "
                + product);
        Path target = Files.createTempDirectory("motcua-p2-target").resolve("motcua");
        copy(product, target);
        ProcedureFeatures features = new ProcedureFeatures(() -> PluginInstaller.open(target, "DefaultProfile"));
        assertFalse(bundleIn(target, LABOR), "the product does not contain the labour module");

        WorkbenchRunner.drive((workbench, robot) -> {
            robot.ui(() -> {
                workbench.getApplication().getContext().set(ProcedureFeatures.class, features);
                return null;
            });
            robot.shell(org.motcua.ui.internal.Messages.SignIn_title);
            Shell main = robot.ui(() -> (Shell) workbench.getApplication().getChildren().get(0).getWidget());

            // the Tháp Mười desk offers the land module's procedure, and has no administration menu
            signIn(workbench, robot, "motcua.tm");
            robot.waitFor("the procedures", () -> !robot.items("intake.procedure").isEmpty());
            assertTrue(offered(robot, CODE), String.valueOf(robot.items("intake.procedure")));
            assertFalse(menus(robot, main).contains("Quản trị"), "only administrators see the menu");
            signOut(workbench, robot);

            // the administrator disables the land module at Tháp Mười
            signIn(workbench, robot, "admin");
            assertTrue(menus(robot, main).contains("Quản trị"), String.valueOf(menus(robot, main)));
            robot.menu(main, "Quản trị", "Phân hệ theo đơn vị");
            robot.select("admin.modules.office", DongThapDefaults.THAP_MUOI + " ");
            robot.waitFor("the land module enabled at Tháp Mười", () -> row(robot, "admin.modules.table", MODULE)
                    .contains(" | có | " + CODE));
            robot.selectRow("admin.modules.table", MODULE);
            robot.click("admin.modules.disable");
            robot.waitFor("the module disabled", () -> robot.text("admin.modules.message").startsWith("Đã tắt phân hệ"));
            assertTrue(row(robot, "admin.modules.table", MODULE).contains("tắt (admin"),
                    row(robot, "admin.modules.table", MODULE));
            MotCuaSession admin = session(workbench, robot);
            long thapMuoi = admin.core().organization().office(DongThapDefaults.THAP_MUOI).orElseThrow().id();
            assertFalse(admin.core().modules().isEnabled(thapMuoi, MODULE));
            signOut(workbench, robot);

            // ... and its procedure vanishes from the Tháp Mười intake; procedures of no module stay
            signIn(workbench, robot, "motcua.tm");
            robot.waitFor("the procedures", () -> !robot.items("intake.procedure").isEmpty());
            assertFalse(offered(robot, CODE), String.valueOf(robot.items("intake.procedure")));
            assertTrue(offered(robot, "DEMO.LAND"), String.valueOf(robot.items("intake.procedure")));
            signOut(workbench, robot);

            // the administrator installs the labour feature from the update site
            signIn(workbench, robot, "admin");
            robot.menu(main, "Quản trị", "Cài đặt phân hệ");
            assertTrue(robot.waitFor("the update site filled in", () -> robot.text("admin.features.repository"))
                    .contains("releng/org.motcua.product/target/repository"), "motcua.updateSite is the default");
            robot.type("admin.features.repository", site.toString());
            robot.click("admin.features.browse");
            robot.waitFor("the update site read", () -> robot.enabled("admin.features.install")
                    && !row(robot, "admin.features.available", LABOR + ".feature").isEmpty());
            robot.selectRow("admin.features.available", LABOR + ".feature");
            robot.click("admin.features.install");
            String report = report(robot);
            assertTrue(report.startsWith(NLS.bind(Messages.Features_installed, LABOR + ".feature")), report);
            assertTrue(report.contains("+ " + LABOR + " "), report);
            assertTrue(bundleIn(target, LABOR), "the module's bundle is in the installation");
            robot.waitFor("the installed list", () -> row(robot, "admin.features.installed", LABOR + ".feature")
                    .startsWith(LABOR));

            // ... and enables it at Cao Lãnh, where it was not enabled: installed, waiting for a restart
            robot.menu(main, "Quản trị", "Phân hệ theo đơn vị");
            robot.select("admin.modules.office", DongThapDefaults.CAO_LANH + " ");
            robot.waitFor("the labour module, installed", () -> row(robot, "admin.modules.table", LABOR)
                    .contains(Messages.Modules_restart));
            assertTrue(row(robot, "admin.modules.table", LABOR).contains(" | không | "), "not yet enabled at Cao Lãnh");
            robot.selectRow("admin.modules.table", LABOR);
            robot.click("admin.modules.enable");
            robot.waitFor("the module enabled", () -> robot.text("admin.modules.message").startsWith("Đã bật phân hệ"));
            long caoLanh = admin.core().organization().office(DongThapDefaults.CAO_LANH).orElseThrow().id();
            assertTrue(admin.core().modules().isEnabled(caoLanh, LABOR));
            assertTrue(row(robot, "admin.modules.table", LABOR).contains("bật (admin"));

            // uninstalling reports what went away
            robot.menu(main, "Quản trị", "Cài đặt phân hệ");
            robot.selectRow("admin.features.installed", LABOR + ".feature");
            robot.click("admin.features.uninstall");
            String removed = report(robot);
            assertTrue(removed.startsWith(NLS.bind(Messages.Features_uninstalled, LABOR + ".feature")), removed);
            assertTrue(removed.contains("- " + LABOR + " "), removed);
            assertFalse(bundleIn(target, LABOR), "the module's bundle left the installation");
            robot.waitFor("the installed list", () -> row(robot, "admin.features.installed", LABOR + ".feature")
                    .isEmpty());
            robot.idle();
            assertEquals(List.of(), installedFeatures(features), "nothing installed is left");
        });
    }

    /**
     * Waits for the p2 Job to end (the buttons enabled again and a report shown) and returns the report, or the
     * screen's refusal (in red) at once.
     */
    private static String report(Robot robot) {
        return robot.waitFor("the p2 report", 600_000, () -> {
            String text = robot.text("admin.features.report");
            Label message = (Label) robot.find("admin.features.message");
            boolean refused = !message.getText().isBlank()
                    && message.getForeground().equals(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            return refused ? "refused: " + message.getText()
                    : robot.enabled("admin.features.install") && !text.isBlank() && !text.equals(Messages.Features_working)
                            ? text : null;
        });
    }

    /** @return whether the installation's plugins folder and its bundles.info hold {@code bundle} */
    private static boolean bundleIn(Path installation, String bundle) {
        try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
            boolean file = plugins.anyMatch(p -> p.getFileName().toString().startsWith(bundle + "_"));
            boolean configured = Files.readAllLines(installation.resolve(
                    "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")).stream()
                    .anyMatch(l -> l.startsWith(bundle + ","));
            assertEquals(file, configured, "plugins/ and bundles.info agree about " + bundle);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies the materialized product, as an administrator's installation (./motcua copies it the same way). */
    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static List<org.motcua.plugins.InstalledFeature> installedFeatures(ProcedureFeatures features) {
        try {
            return features.installed();
        } catch (org.eclipse.equinox.p2.core.ProvisionException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean offered(Robot robot, String code) {
        return robot.items("intake.procedure").stream().anyMatch(i -> i.startsWith(code + " "));
    }

    private static List<String> menus(Robot robot, Shell main) {
        return robot.ui(() -> Arrays.stream(main.getMenuBar().getItems()).map(MenuItem::getText)
                .map(t -> t.replace("&", "")).toList());
    }

    /** @return the row of {@code table} whose first column is {@code key}, cells joined by " | ", or "" */
    private static String row(Robot robot, String table, String key) {
        return robot.ui(() -> robot.find(table) == null ? ""
                : rows(robot, table).stream().filter(r -> r.startsWith(key + " | ")).findFirst().orElse(""));
    }
}
