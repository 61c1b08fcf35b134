// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.security.Principal;
import org.motcua.plugins.ProcedureFeatures;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * What every administration screen shares: heading, help, a message line, background calls to the core
 * services (which check the administrator role and audit), and small widget builders with stable ids.
 */
abstract class AdminPart {

    @Inject
    @Optional
    private ProcedureFeatures service;

    protected MotCuaSession session;
    protected Label message;
    protected List<OfficeRef> offices = List.of();
    private final String heading;
    private final String help;
    private final String prefix;

    /**
     * @param heading the screen's heading
     * @param help    its one-paragraph help
     * @param prefix  the prefix of its widget ids, e.g. {@code admin.offices}
     */
    AdminPart(String heading, String help, String prefix) {
        this.heading = heading;
        this.help = help;
        this.prefix = prefix;
    }

    @PostConstruct
    void create(Composite parent, MotCuaSession signedIn) {
        this.session = signedIn;
        parent.setLayout(new GridLayout(1, false));
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(this.heading);
        heading.setFont(JFaceResources.getHeaderFont());
        Label help = new Label(parent, SWT.WRAP);
        help.setText(this.help);
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false);
        helpData.widthHint = 900;
        help.setLayoutData(helpData);
        message = Ui.id(new Label(parent, SWT.WRAP), id("message")); //$NON-NLS-1$
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (!session.hasAny(Role.ADMINISTRATOR)) {
            error(Messages.Admin_notAdministrator);
            return;
        }
        build(parent);
        reload();
    }

    /**
     * @return the p2 service of the installation the screens change: the one in the context when set (another
     *         installation), else the running one
     */
    final ProcedureFeatures features() {
        return service != null ? service : ProcedureFeatures.running();
    }

    /** Creates the screen's widgets. */
    abstract void build(Composite parent);

    /** Reads the screen's data again. */
    abstract void reload();

    final String heading() {
        return heading;
    }

    final String id(String name) {
        return prefix + "." + name; //$NON-NLS-1$
    }

    final Principal actor() {
        return session.actor();
    }

    /** Runs {@code work} in a background Job; {@code done} on the UI thread, a refusal shown in the message line. */
    final <T> void run(Callable<T> work, Consumer<T> done) {
        Ui.background(heading, message, work, done, e -> error(Ui.describe(e)));
    }

    final void ok(String text) {
        Ui.message(message, text, false);
    }

    final void error(String text) {
        Ui.message(message, text, true);
    }

    /** Reads the offices, fills {@code combo} ({@code all} first when given), keeps or makes a selection. */
    final void loadOffices(Combo combo, String all, Runnable then) {
        run(() -> session.core().organization().offices(), list -> {
            Long before = combo.getItemCount() == 0 ? null : officeId(combo, all);
            Long wanted = before != null ? before : all == null ? Long.valueOf(session.office().id()) : null;
            offices = list;
            combo.removeAll();
            if (all != null) {
                combo.add(all);
            }
            int index = 0;
            for (OfficeRef o : list) {
                if (wanted != null && o.id() == wanted) {
                    index = combo.getItemCount();
                }
                combo.add(o.code() + " — " + o.name()); //$NON-NLS-1$
            }
            combo.select(index);
            then.run();
        });
    }

    /** @return the office chosen in {@code combo}, or {@code null} for none or for "all" */
    final Long officeId(Combo combo, String all) {
        int i = combo.getSelectionIndex() - (all == null ? 0 : 1);
        return i < 0 || i >= offices.size() ? null : offices.get(i).id();
    }

    /** @return the office with this id, or {@code null} */
    final OfficeRef office(Long id) {
        return id == null ? null : offices.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    static Table table(Composite parent, String id, int height, String... columns) {
        Table table = Ui.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        table.setLayoutData(data);
        for (String title : columns) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        return table;
    }

    /** Replaces the rows of {@code table} and sizes its columns. */
    static void rows(Table table, List<String[]> rows) {
        table.removeAll();
        for (String[] row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(Math.max(column.getWidth(), 60), 420));
        }
    }

    static List<String[]> list() {
        return new ArrayList<>();
    }

    static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    static Text field(Composite parent, String label, String id) {
        return field(parent, label, id, SWT.BORDER);
    }

    static Text field(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Ui.id(new Text(parent, style), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        return text;
    }

    static Combo combo(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = Ui.id(new Combo(parent, SWT.READ_ONLY), id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(columns, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = Ui.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    static String yesNo(boolean value) {
        return value ? Messages.Admin_yes : Messages.Admin_no;
    }

    /** @return the label of an enum constant from this bundle's texts, else from the desktop's */
    static String label(Enum<?> value) {
        try {
            Object text = Messages.class.getField(value.getDeclaringClass().getSimpleName() + "_" + value.name()) //$NON-NLS-1$
                    .get(null);
            if (text != null) {
                return text.toString();
            }
        } catch (ReflectiveOperationException e) {
            // not one of ours
        }
        return Ui.label(value);
    }
}
