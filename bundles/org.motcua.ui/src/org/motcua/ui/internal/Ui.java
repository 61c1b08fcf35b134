// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.MotCuaException;

/** Small helpers every screen uses: background work, plain error texts, dates, widget ids. */
public final class Ui {

    /** Widget data key of a stable widget id (what UI tests look widgets up by). */
    public static final String ID = "org.motcua.ui.id"; //$NON-NLS-1$

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"); //$NON-NLS-1$
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final DateTimeFormatter REFERENCE_TIME = DateTimeFormatter.ofPattern("yyMMdd-HHmmss"); //$NON-NLS-1$

    private Ui() {
    }

    /** Tags a widget with a stable id and returns it. */
    public static <C extends Control> C id(C control, String id) {
        control.setData(ID, id);
        return control;
    }

    /** @return the language of the user-facing texts (Vietnamese unless started in English) */
    public static Locale locale() {
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Locale.of("vi"); //$NON-NLS-1$
    }

    /**
     * @return the text of an error for a user: what went wrong and what to do next. A refusal of the core is
     *         its keyed message; anything else is logged to the platform log with a fresh reference, and the user
     *         gets that reference and the log's place, never the error's own text (it may hold SQL or a stack).
     */
    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MotCuaException e) {
                return e.message(locale());
            }
        }
        String reference = reference();
        ILog.get().error("MotCua: unexpected error, reference " + reference, error); //$NON-NLS-1$
        return NLS.bind(Messages.Error_unexpected, reference, logFile());
    }

    /** @return a short random id and the time, e.g. {@code K7QX2M-261203-085512} (as the core's references) */
    static String reference() {
        char[] alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray(); //$NON-NLS-1$
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 6; i++) {
            id.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return id.append('-').append(REFERENCE_TIME.format(LocalDateTime.now())).toString();
    }

    /** @return the platform log ({@code <workspace>/.metadata/.log}), where {@link #describe} logs */
    static String logFile() {
        try {
            org.eclipse.core.runtime.IPath log = org.eclipse.core.runtime.Platform.getLogFileLocation();
            return log == null ? ".metadata/.log" : log.toOSString(); //$NON-NLS-1$
        } catch (RuntimeException e) {
            return ".metadata/.log"; //$NON-NLS-1$
        }
    }

    /** @return whether the error is the core's "someone else changed the dossier" refusal */
    public static boolean isConflict(Throwable error) {
        return error instanceof MotCuaException e && "dossier.conflict".equals(e.key()); //$NON-NLS-1$
    }

    /** @return how many background tasks started here are still running (tests wait for 0) */
    public static int running() {
        return RUNNING.get();
    }

    /**
     * Runs {@code work} as a Job (never on the UI thread), then {@code done} or {@code failed} on the UI thread
     * unless {@code owner} was disposed meanwhile.
     */
    public static <T> Job background(String name, Control owner, Callable<T> work, Consumer<T> done,
            Consumer<Throwable> failed) {
        Display display = owner.getDisplay();
        RUNNING.incrementAndGet();
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                display.asyncExec(() -> {
                    try {
                        if (!owner.isDisposed()) {
                            done.accept(result);
                        }
                    } finally {
                        RUNNING.decrementAndGet();
                    }
                });
            } catch (Throwable t) {
                display.asyncExec(() -> {
                    try {
                        if (!owner.isDisposed()) {
                            failed.accept(t);
                        }
                    } finally {
                        RUNNING.decrementAndGet();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /**
     * @return a message line spanning {@code columns} columns that keeps room for two lines of text, so that a message
     *         appearing or going never moves the fields around it under the user's mouse
     */
    public static Label messageLine(Composite parent, String id, int columns, int width) {
        Label line = id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = width;
        data.heightHint = line.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 2;
        line.setLayoutData(data);
        return line;
    }

    /**
     * Puts a screen's heading (in the header font) and its help text, wrapped at {@code width}, into a one-column
     * {@code parent}.
     */
    public static void heading(Composite parent, String heading, String help, int width) {
        Label title = new Label(parent, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setText(heading);
        Label text = new Label(parent, SWT.WRAP);
        text.setText(help);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = width;
        text.setLayoutData(data);
    }

    /**
     * Asks where to save a file: the save dialog opens in the folder the user saved in last (kept in the workspace's
     * preferences), else the documents folder, else the home folder, never the process's working folder.
     *
     * @return the chosen file, or {@code null} when the user cancels
     */
    public static java.nio.file.Path askSaveFile(org.eclipse.swt.widgets.Shell shell, String title, String extension,
            String fileName) {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(shell, SWT.SAVE);
        dialog.setText(title.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
        dialog.setFilterPath(saveFolder().toString());
        dialog.setFileName(fileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Path.of(chosen);
        if (file.getParent() != null) {
            org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(PREFERENCES)
                    .put(SAVE_FOLDER, file.getParent().toString());
        }
        return file;
    }

    private static final String PREFERENCES = "org.motcua.ui"; //$NON-NLS-1$
    private static final String SAVE_FOLDER = "saveFolder"; //$NON-NLS-1$

    /** @return where a save dialog opens: the last folder saved in, the documents folder, or home */
    static java.nio.file.Path saveFolder() {
        String last = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(PREFERENCES).get(SAVE_FOLDER,
                null);
        if (last != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(last))) {
            return java.nio.file.Path.of(last);
        }
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home")); //$NON-NLS-1$
        for (String documents : new String[] { "Documents", "Tài liệu" }) { //$NON-NLS-1$ //$NON-NLS-2$
            if (java.nio.file.Files.isDirectory(home.resolve(documents))) {
                return home.resolve(documents);
            }
        }
        return home;
    }

    /** @return a password field of the usual width, in a two-column grid after its label */
    public static Text passwordField(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = id(new Text(parent, SWT.BORDER | SWT.PASSWORD), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 240;
        field.setLayoutData(data);
        return field;
    }

    /**
     * Shows {@code text} in a message label: red for an error, dark green otherwise; hidden when empty. A label of
     * fixed height (its {@link GridData#heightHint}) keeps its place and shows a long text whole in its tool tip;
     * only a label that grows with its text lays out its window again. Nothing is done when nothing changed, so
     * validation on each keystroke costs no layout.
     */
    public static void message(Label label, String text, boolean error) {
        String shown = text == null ? "" : text; //$NON-NLS-1$
        org.eclipse.swt.graphics.Color color = label.getDisplay()
                .getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN);
        if (shown.equals(label.getText()) && color.equals(label.getForeground())) {
            return;
        }
        label.setText(shown);
        label.setForeground(color);
        label.setToolTipText(shown.isEmpty() ? null : shown);
        if (!(label.getLayoutData() instanceof GridData data) || data.heightHint == SWT.DEFAULT) {
            label.getParent().layout(true, true);
        }
    }

    /** @return {@code HH:mm dd/MM/yyyy}, or an empty text */
    public static String format(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time); //$NON-NLS-1$
    }

    /** @return {@code dd/MM/yyyy}, or an empty text */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date); //$NON-NLS-1$
    }

    /** @return the core's text for {@code key} (an action's help, an input's label) in the workbench language */
    public static String coreText(String key) {
        return org.motcua.core.i18n.Messages.get(locale(), key);
    }

    /** @return the label of an enum constant from {@link Messages} ({@code <Type>_<CONSTANT>}), or its name */
    public static String label(Enum<?> value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof org.motcua.core.dossier.ActionType action) { // the core names its actions
            return coreText("action.label." + action.name()); //$NON-NLS-1$
        }
        try {
            Object text = Messages.class.getField(value.getDeclaringClass().getSimpleName() + "_" + value.name()) //$NON-NLS-1$
                    .get(null);
            return text == null ? value.name() : text.toString();
        } catch (ReflectiveOperationException e) {
            return value.name();
        }
    }
}
