// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.InputKind;
import org.motcua.ui.internal.Ui;

/**
 * The small form an action needs (target, reason, items, dates, ...), drawn from the core's description of the
 * action ({@link #fields(ActionDescription, Map)}): labels, kinds, limits and choices all come from the core.
 * What was typed is kept by the caller between attempts ({@link #values()}), so a refused action loses nothing.
 */
public final class ActionDialog extends Dialog {

    /** The kinds of field. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        MULTILINE,
        /** A date. */
        DATE,
        /** A date and a time. */
        DATE_TIME,
        /** One of a list of choices. */
        CHOICE
    }

    /**
     * A field of the form.
     *
     * @param key      the field's key (and widget id {@code action.<key>})
     * @param label    its label
     * @param kind     its kind
     * @param initial  the initial value: String, LocalDate, LocalDateTime, or the index of the choice
     * @param choices  the choices' labels (CHOICE only)
     * @param required whether it must be filled
     * @param maxLength the longest text accepted (0: no limit)
     */
    public record Field(String key, String label, Kind kind, Object initial, List<String> choices, boolean required,
            int maxLength) {

        static Field text(String key, String label, String initial, boolean required) {
            return new Field(key, label, Kind.TEXT, initial, List.of(), required, 0);
        }

        static Field multiline(String key, String label, String initial, boolean required) {
            return new Field(key, label, Kind.MULTILINE, initial, List.of(), required, 0);
        }
    }

    /**
     * @param action what the core says the action needs
     * @param draft  what the user typed in an earlier attempt, by key (it wins over the core's suggestion)
     * @return the fields of the action's form
     */
    public static List<Field> fields(ActionDescription action, Map<String, Object> draft) {
        return action.inputs().stream().map(input -> field(input, draft.get(input.key()))).toList();
    }

    private static Field field(ActionInput input, Object draft) {
        String label = Ui.coreText(input.labelKey());
        String initial = input.initial();
        return switch (input.kind()) {
            case TEXT -> new Field(input.key(), label, Kind.TEXT, draft != null ? draft : initial, List.of(),
                    input.required(), input.maxLength());
            case LONG_TEXT, LINES -> new Field(input.key(), label, Kind.MULTILINE, draft != null ? draft : initial,
                    List.of(), input.required(), input.maxLength());
            case DATE -> new Field(input.key(), label, Kind.DATE,
                    draft != null ? draft : initial == null ? null : LocalDate.parse(initial), List.of(), input.required(), 0);
            case DATE_TIME -> new Field(input.key(), label, Kind.DATE_TIME,
                    draft != null ? draft : initial == null ? null : LocalDateTime.parse(initial), List.of(),
                    input.required(), 0);
            case DEPARTMENT, PROCEDURE -> new Field(input.key(), label, Kind.CHOICE, draft != null ? draft
                    : input.choices().size() == 1 || input.kind() == InputKind.DEPARTMENT ? 0 : -1,
                    input.choices().stream().map(c -> c.label(Ui.locale())).toList(), input.required(), 0);
        };
    }

    private final String title;
    private final String help;
    private final List<Field> fields;
    private final Map<String, Control[]> widgets = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private Label problem;

    /**
     * @param parent the window
     * @param title  the dialog's title (the action)
     * @param help   one sentence on what happens
     * @param fields the fields, in order (may be empty: a confirmation)
     */
    public ActionDialog(Shell parent, String title, String help, List<Field> fields) {
        super(parent);
        this.title = title;
        this.help = help;
        this.fields = List.copyOf(fields);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(help);
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 460;
        intro.setLayoutData(introData);
        for (Field field : fields) {
            Label label = new Label(area, SWT.NONE);
            label.setText(field.label());
            label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            widgets.put(field.key(), create(area, field));
        }
        problem = Ui.id(new Label(area, SWT.WRAP), "action.problem"); //$NON-NLS-1$
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    private Control[] create(Composite area, Field field) {
        String id = "action." + field.key(); //$NON-NLS-1$
        switch (field.kind()) {
            case TEXT, MULTILINE -> {
                boolean multi = field.kind() == Kind.MULTILINE;
                Text text = Ui.id(new Text(area, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)), id);
                GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, multi);
                data.widthHint = 360;
                data.heightHint = multi ? 70 : SWT.DEFAULT;
                text.setLayoutData(data);
                text.setText(field.initial() == null ? "" : field.initial().toString()); //$NON-NLS-1$
                if (field.maxLength() > 0) {
                    text.setTextLimit(field.maxLength());
                }
                if (multi) { // Tab leaves the field instead of typing a tab
                    text.addListener(SWT.Traverse, e -> {
                        if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                            e.doit = true;
                        }
                    });
                }
                return new Control[] { text };
            }
            case DATE -> {
                DateTime date = Ui.id(new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), id);
                if (field.initial() instanceof LocalDate d) {
                    date.setDate(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
                }
                return new Control[] { date };
            }
            case DATE_TIME -> {
                Composite both = new Composite(area, SWT.NONE);
                GridLayout layout = new GridLayout(2, false);
                layout.marginWidth = 0;
                both.setLayout(layout);
                DateTime date = Ui.id(new DateTime(both, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), id);
                DateTime time = Ui.id(new DateTime(both, SWT.TIME | SWT.SHORT | SWT.BORDER), id + ".time"); //$NON-NLS-1$
                if (field.initial() instanceof LocalDateTime t) {
                    date.setDate(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth());
                    time.setTime(t.getHour(), t.getMinute(), 0);
                }
                return new Control[] { date, time };
            }
            case CHOICE -> {
                Combo combo = Ui.id(new Combo(area, SWT.READ_ONLY), id);
                field.choices().forEach(combo::add);
                combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                if (field.initial() instanceof Integer index && index >= 0 && index < field.choices().size()) {
                    combo.select(index);
                }
                return new Control[] { combo };
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.motcua.ui.internal.Messages.Action_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, org.motcua.ui.internal.Messages.Action_cancel, false);
    }

    @Override
    protected void okPressed() {
        values.clear();
        for (Field field : fields) {
            Control[] controls = widgets.get(field.key());
            Object value = switch (field.kind()) {
                case TEXT, MULTILINE -> ((Text) controls[0]).getText().trim();
                case DATE -> {
                    DateTime d = (DateTime) controls[0];
                    yield LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
                }
                case DATE_TIME -> {
                    DateTime d = (DateTime) controls[0];
                    DateTime t = (DateTime) controls[1];
                    yield LocalDateTime.of(d.getYear(), d.getMonth() + 1, d.getDay(), t.getHours(), t.getMinutes());
                }
                case CHOICE -> ((Combo) controls[0]).getSelectionIndex();
            };
            if (field.required() && (value instanceof String s && s.isEmpty() || value instanceof Integer i && i < 0)) {
                Ui.message(problem, org.eclipse.osgi.util.NLS.bind(org.motcua.ui.internal.Messages.Action_required,
                        field.label()), true);
                controls[0].setFocus();
                return;
            }
            values.put(field.key(), value);
        }
        super.okPressed();
    }

    /** @return the values entered, by field key (after OK) */
    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /**
     * @param action the action the form was drawn from
     * @return the values entered (after OK) as {@link org.motcua.core.workflow.ActionRequest#of} reads them:
     *         texts, ISO dates, the value of the chosen choice
     */
    public Map<String, String> requestValues(ActionDescription action) {
        Map<String, String> result = new LinkedHashMap<>();
        for (ActionInput input : action.inputs()) {
            Object value = values.get(input.key());
            if (value instanceof Integer index) {
                if (index >= 0 && index < input.choices().size()) {
                    result.put(input.key(), input.choices().get(index).value());
                }
            } else if (value != null) {
                result.put(input.key(), value.toString());
            }
        }
        return result;
    }

    /** @return a text field's value */
    public String text(String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    /** @return a multi-line field's non-empty lines */
    public List<String> lines(String key) {
        return Arrays.stream(text(key).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
    }

    /** @return a choice field's index */
    public int choice(String key) {
        Object value = values.get(key);
        return value instanceof Integer i ? i : -1;
    }

    /** @return a date or date-time field's value */
    public Object temporal(String key) {
        return values.get(key);
    }
}
