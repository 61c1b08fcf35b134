// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.ui.internal.Ui;

/**
 * Drives real SWT widgets from a test thread, as a user would: finds them by their {@link Ui#ID}, types into
 * them and sends them selection events. Reads and writes run on the UI thread; clicks are posted so that a
 * modal dialog they open does not block the robot.
 */
final class Robot {

    private static final long TIMEOUT_MS = 60_000;
    private final Display display;

    Robot(Display display) {
        this.display = display;
    }

    <T> T ui(Supplier<T> work) {
        if (display.getThread() == Thread.currentThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(work.get()));
        return result.get();
    }

    /** Waits until {@code probe} (run on the UI thread) returns something other than null or false. */
    <T> T waitFor(String what, Supplier<T> probe) {
        return waitFor(what, TIMEOUT_MS, probe);
    }

    /** Like {@link #waitFor(String, Supplier)}, for work known to take longer (a p2 installation). */
    <T> T waitFor(String what, long timeoutMs, Supplier<T> probe) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            T value = ui(probe);
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            sleep(100);
        }
        fail("Timed out waiting for " + what);
        return null;
    }

    /**
     * Saves what the largest visible window shows as {@code target/screenshots/<name>.png} (for the docs; a
     * failure to save does not fail the test).
     */
    void screenshot(String name) {
        idle();
        sleep(500); // the UI thread paints what was just typed or chosen (a dialog's fields) before the copy
        ui(() -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    shell.update();
                }
            }
            Shell main = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
                    .max(java.util.Comparator.comparingInt(s -> s.getSize().x * s.getSize().y)).orElse(null);
            if (main == null) {
                return null;
            }
            main.update();
            org.eclipse.swt.graphics.Rectangle r = main.getBounds();
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, r.width, r.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            try {
                gc.copyArea(image, r.x, r.y);
                java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name + ".png").toAbsolutePath();
                java.nio.file.Files.createDirectories(file.getParent());
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
                System.out.println("screenshot: " + file);
            } catch (java.io.IOException | RuntimeException e) {
                System.out.println("no screenshot " + name + ": " + e);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
    }

    /** Waits until every background task started by the screens has come back. */
    void idle() {
        waitFor("background work", () -> Ui.running() == 0);
    }

    Shell shell(String title) {
        return waitFor("window \"" + title + "\"", () -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s.getText().startsWith(title)).findFirst().orElse(null));
    }

    boolean shellOpen(String title) {
        return ui(() -> Arrays.stream(display.getShells()).anyMatch(s -> !s.isDisposed() && s.isVisible()
                && s.getText().startsWith(title)));
    }

    /** @return the widget with this id in any window, or null */
    Control find(String id) {
        for (Shell shell : display.getShells()) {
            Control found = find(shell, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Control find(Control control, String id) {
        if (control.isDisposed()) {
            return null;
        }
        if (id.equals(control.getData(Ui.ID))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    <C extends Control> C widget(String id, Class<C> type) {
        return type.cast(waitFor("widget " + id, () -> find(id)));
    }

    boolean exists(String id) {
        return ui(() -> find(id) != null);
    }

    void type(String id, String text) {
        Text field = widget(id, Text.class);
        ui(() -> {
            field.setFocus();
            field.setText(text);
            return null;
        });
    }

    /** Presses Enter in a field, as a user ending what they typed (its default selection). */
    void enter(String id) {
        Text field = widget(id, Text.class);
        display.asyncExec(() -> {
            if (!field.isDisposed()) {
                field.setFocus();
                field.notifyListeners(SWT.DefaultSelection, new Event());
            }
        });
    }

    /** Presses the key {@code keyCode} (e.g. {@link SWT#CR}) on the widget, which has the focus (posted). */
    void key(String id, int keyCode, char character) {
        Control control = widget(id, Control.class);
        display.asyncExec(() -> {
            if (!control.isDisposed()) {
                control.setFocus();
                Event down = new Event();
                down.keyCode = keyCode;
                down.character = character;
                control.notifyListeners(SWT.KeyDown, down);
            }
        });
    }

    /** @return the text of a label, field or button ("" while it does not exist); does not wait */
    String text(String id) {
        return ui(() -> {
            Control control = find(id);
            return control == null ? "" : control instanceof Label l ? l.getText() : control instanceof Text t ? t.getText()
                    : control instanceof Button b ? b.getText() : String.valueOf(control);
        });
    }

    /** @return whether the widget exists and is enabled; does not wait */
    boolean enabled(String id) {
        return ui(() -> {
            Control control = find(id);
            return control != null && control.isEnabled();
        });
    }

    /** Chooses the first item of a combo that contains {@code part}, as a user picking from the list. */
    void select(String id, String part) {
        Combo combo = waitFor("an item with " + part + " in " + id, () -> {
            Control c = find(id);
            return c instanceof Combo found && Arrays.stream(found.getItems()).anyMatch(i -> i.contains(part)) ? found : null;
        });
        ui(() -> {
            String[] items = combo.getItems();
            for (int i = 0; i < items.length; i++) {
                if (items[i].contains(part)) {
                    combo.select(i);
                    combo.notifyListeners(SWT.Selection, new Event());
                    break;
                }
            }
            return null;
        });
    }

    /** Selects the first row of a table whose first column equals {@code key}, as a click on it would. */
    void selectRow(String id, String key) {
        org.eclipse.swt.widgets.Table table = waitFor("a row " + key + " in " + id, () -> {
            Control c = find(id);
            return c instanceof org.eclipse.swt.widgets.Table t
                    && Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).equals(key)) ? t : null;
        });
        ui(() -> {
            org.eclipse.swt.widgets.TableItem[] rows = table.getItems();
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].getText(0).equals(key)) {
                    table.setSelection(i);
                    table.notifyListeners(SWT.Selection, new Event());
                    break;
                }
            }
            return null;
        });
    }

    /** Chooses {@code label} in the main menu {@code menu}, as a user opening the menu and clicking the item. */
    void menu(Shell shell, String menu, String label) {
        ui(() -> {
            org.eclipse.swt.widgets.MenuItem top = Arrays.stream(shell.getMenuBar().getItems())
                    .filter(i -> i.getText().replace("&", "").equals(menu)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu " + menu));
            org.eclipse.swt.widgets.Menu items = top.getMenu();
            items.notifyListeners(SWT.Show, new Event());
            org.eclipse.swt.widgets.MenuItem item = Arrays.stream(items.getItems())
                    .filter(i -> i.getText().replace("&", "").startsWith(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + label + " in " + menu));
            item.notifyListeners(SWT.Selection, new Event());
            items.notifyListeners(SWT.Hide, new Event());
            return null;
        });
    }

    List<String> items(String id) {
        Combo combo = widget(id, Combo.class);
        return ui(() -> new ArrayList<>(List.of(combo.getItems())));
    }

    /** Presses a button (posted: a dialog it opens does not block the robot). */
    /** Ticks a check box, as a click on it would. */
    void check(String id) {
        Button box = widget(id, Button.class);
        ui(() -> {
            box.setSelection(true);
            box.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    void click(String id) {
        Button button = widget(id, Button.class);
        waitFor("enabled " + id, button::isEnabled);
        press(button);
    }

    /** Presses OK (or the default button) of the dialog with this title. */
    void ok(String title) {
        answer(title, IDialogConstants.OK_ID);
    }

    /**
     * Presses the button {@code buttonId} of the dialog with this title ({@link IDialogConstants} ids; a
     * {@code MessageDialog} numbers its buttons from 0) and waits until the dialog closes.
     */
    void answer(String title, int buttonId) {
        Shell shell = shell(title);
        Button button = ui(() -> findButton(shell, buttonId));
        press(button);
        waitFor("dialog \"" + title + "\" to close", () -> shell.isDisposed() || !shell.isVisible());
    }

    /** Presses OK in the dialog with this title and does not wait: the dialog may stay open with a message. */
    void pressOk(String title) {
        Shell shell = shell(title);
        press(ui(() -> findButton(shell, IDialogConstants.OK_ID)));
    }

    private void press(Button button) {
        display.asyncExec(() -> {
            if (!button.isDisposed()) {
                button.setFocus();
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    private static Button findButton(Composite parent, int id) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && Integer.valueOf(id).equals(b.getData())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = findButton(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
