// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.ui.internal.session.WindowStateAddon;

/**
 * The main window opens where the officer left it (issue 18.7): moved and resized in one run, it comes back at that
 * place in the next; a place that does not fit the screen is not used.
 */
class WindowStateTest {

    private static final Rectangle LEFT_AT = new Rectangle(70, 60, 1000, 650);
    /** The main window's place in Application.e4xmi. */
    private static final Rectangle DEFAULT_PLACE = new Rectangle(20, 20, 1200, 720);

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void theWindowOpensWhereItWasLeft() {
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(org.motcua.ui.internal.Messages.SignIn_title); // the workspace is open: nothing left running
            Shell shell = robot.waitFor("the main window", () -> robot.ui(() -> shell(workbench)));
            robot.ui(() -> {
                shell.setBounds(LEFT_AT);
                return null;
            });
            robot.waitFor("the place kept", () -> robot.ui(() -> main(workbench).getWidth() == LEFT_AT.width));
            robot.idle();
            sleep(1500); // the preferences are written at most once a second
        });
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(org.motcua.ui.internal.Messages.SignIn_title);
            Shell shell = robot.waitFor("the main window", () -> robot.ui(() -> shell(workbench)));
            assertEquals(LEFT_AT, robot.ui(shell::getBounds), "where it was left, at the size it had");
            assertFalse(robot.ui(() -> WindowStateAddon.fits(new Rectangle(5000, 4000, 1000, 650))), "not off the screen");
            assertFalse(robot.ui(() -> WindowStateAddon.fits(new Rectangle(0, 0, 200, 100))), "not too small to work in");
            assertTrue(robot.ui(() -> WindowStateAddon.fits(new Rectangle(0, 0, 1200, 720))));
            robot.ui(() -> { // the next test classes in this process open at the model's default place again
                shell.setBounds(DEFAULT_PLACE);
                return null;
            });
            robot.waitFor("the default kept", () -> robot.ui(() -> main(workbench).getWidth() == DEFAULT_PLACE.width));
            sleep(1500);
        });
    }

    private static MWindow main(E4Workbench workbench) {
        return (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
    }

    private static Shell shell(E4Workbench workbench) {
        MWindow window = main(workbench);
        return window != null && window.getWidget() instanceof Shell s && s.isVisible() ? s : null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
