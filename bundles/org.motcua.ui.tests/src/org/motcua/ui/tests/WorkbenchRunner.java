// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Starts the real MotCua e4 workbench (the product's application model) on the calling thread, runs
 * a scenario inside its event loop, then closes it. Failures inside the scenario are collected and
 * rethrown on the test thread.
 */
final class WorkbenchRunner {

    private WorkbenchRunner() {
    }

    /** Runs {@code scenario} once the main window is shown, then closes the workbench. */
    static void run(Consumer<E4Workbench> scenario) {
        Display display = Display.getDefault();
        E4Application application = new E4Application();
        E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(), display);
        List<Throwable> failures = new ArrayList<>();
        display.timerExec(500, () -> {
            try {
                scenario.accept(workbench);
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                workbench.close();
            }
        });
        workbench.createAndRunUI(workbench.getApplication());
        application.saveModel();
        dispose(workbench);
        rethrow(failures);
    }

    /**
     * Starts the workbench and runs {@code scenario} on a separate thread that drives the widgets through a
     * {@link Robot} (modal dialogs keep running their own event loops); closes the workbench when it ends.
     */
    static void drive(java.util.function.BiConsumer<E4Workbench, Robot> scenario) {
        Display display = Display.getDefault();
        E4Application application = new E4Application();
        E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(), display);
        List<Throwable> failures = new ArrayList<>();
        Thread driver = new Thread(() -> {
            try {
                scenario.accept(workbench, new Robot(display));
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                display.asyncExec(() -> {
                    for (Shell shell : display.getShells()) { // dialogs left open by a failure
                        if (shell.getParent() != null && !shell.isDisposed()) {
                            shell.close();
                        }
                    }
                });
                display.asyncExec(workbench::close);
            }
        }, "ui-test-robot"); //$NON-NLS-1$
        driver.setDaemon(true);
        display.asyncExec(driver::start);
        workbench.createAndRunUI(workbench.getApplication());
        application.saveModel();
        dispose(workbench);
        rethrow(failures);
    }

    /**
     * Disposes the closed workbench's application context, and with it the addons' event subscriptions: a test
     * class that starts the next workbench in this JVM must not find the previous session addon still listening
     * for "application started" (it would open a second sign-in dialog on a window that no longer exists).
     */
    private static void dispose(E4Workbench workbench) {
        if (workbench.getContext() != null) {
            workbench.getContext().dispose();
        }
    }

    private static void rethrow(List<Throwable> failures) {
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof Error error) {
                throw error;
            }
            throw new AssertionError(first);
        }
    }
}
