package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.motcua.ui.internal.AboutDialog;

/** Starts the workbench under a real (X)display and checks what a user sees first. */
class MainWindowTest {

    @Test
    void mainWindowShowsTitleVietnameseMenusAndAboutListsInstalledModules() {
        AtomicReference<String> title = new AtomicReference<>();
        AtomicReference<List<String>> menus = new AtomicReference<>();
        AtomicReference<List<String>> aboutRows = new AtomicReference<>();
        AtomicReference<String> aboutTitle = new AtomicReference<>();

        WorkbenchRunner.run(workbench -> {
            Display display = Display.getCurrent();
            Shell main = Arrays.stream(display.getShells()).filter(Shell::isVisible).findFirst().orElseThrow();
            title.set(main.getText());
            Menu bar = main.getMenuBar();
            assertNotNull(bar, "main window has a menu bar");
            menus.set(Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList());

            // Open Help > About through the command, as the menu item does; close it from inside its loop.
            display.timerExec(300, () -> {
                for (Shell shell : display.getShells()) {
                    if (shell != main && shell.isVisible()) {
                        aboutTitle.set(shell.getText());
                        Table table = findModuleTable(shell);
                        aboutRows.set(Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList());
                        shell.close();
                    }
                }
            });
            IEclipseContext context = workbench.getContext();
            ECommandService commands = context.get(ECommandService.class);
            EHandlerService handlers = context.get(EHandlerService.class);
            ParameterizedCommand about = commands.createCommand("org.eclipse.ui.help.aboutAction", null);
            handlers.executeHandler(about);
        });

        assertEquals("MotCua", title.get());
        assertEquals(List.of("Tệp", "Trợ giúp"), menus.get());
        assertEquals("Giới thiệu MotCua", aboutTitle.get());
        assertTrue(aboutRows.get().contains("org.motcua.core"), String.valueOf(aboutRows.get()));
        assertTrue(aboutRows.get().contains("org.motcua.ui"), String.valueOf(aboutRows.get()));
    }

    private static Table findModuleTable(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
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

}
