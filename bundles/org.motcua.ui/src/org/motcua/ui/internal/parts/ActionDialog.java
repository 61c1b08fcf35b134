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
import org.eclipse.swt.widgets.Button;
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
        CHOICE,
        /**
         * The papers of a supplement request: a check box and a kind for each paper of the procedure's list, and
         * another paper with its kind and reason; the value is one paper a line ({@code SupplementItem.parse}).
         */
        PAPERS
    }

    /**
     * A field of the form.
     *
     * @param key      the field's key (and widget id {@code action.<key>})
     * @param label    its label
     * @param kind     its kind
     * @param initial  the initial value: String, LocalDate, LocalDateTime, or the index of the choice
     * @param choices  the choices' labels (CHOICE, PAPERS)
     * @param required whether it must be filled
     * @param maxLength the longest text accepted (0: no limit)
     * @param values   the choices' values (PAPERS: a paper of the list as a line, {@code name|KIND})
     */
    public record Field(String key, String label, Kind kind, Object initial, List<String> choices, boolean required,
            int maxLength, List<String> values) {

        /** A field whose choices need no values of their own. */
        public Field(String key, String label, Kind kind, Object initial, List<String> choices, boolean required,
                int maxLength) {
            this(key, label, kind, initial, choices, required, maxLength, List.of());
        }

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
            case PAPERS -> new Field(input.key(), label, Kind.PAPERS, draft != null ? draft : initial,
                    input.choices().stream().map(c -> c.label(Ui.locale())).toList(), input.required(), input.maxLength(),
                    input.choices().stream().map(org.motcua.core.workflow.InputChoice::value).toList());
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
            case PAPERS -> {
                return papers(area, field, id);
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    /**
     * The papers of a supplement request: per paper of the list a check box and its kind (as the list requires at
     * first), then another paper: a check box, its name, its kind and the reason it is needed. Controls, in order:
     * per paper its box and kind, then the other paper's box, name, kind and reason.
     */
    private Control[] papers(Composite area, Field field, String id) {
        Composite box = new Composite(area, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        List<org.motcua.core.workflow.SupplementItem> chosen = field.initial() == null ? List.of()
                : field.initial().toString().lines().filter(l -> !l.isBlank())
                        .map(org.motcua.core.workflow.SupplementItem::parse).toList();
        java.util.List<Control> controls = new java.util.ArrayList<>();
        for (int i = 0; i < field.values().size(); i++) {
            org.motcua.core.workflow.SupplementItem listed = org.motcua.core.workflow.SupplementItem.parse(field.values().get(i));
            org.motcua.core.workflow.SupplementItem picked = chosen.stream()
                    .filter(c -> c.name().equalsIgnoreCase(listed.name())).findFirst().orElse(null);
            Button check = Ui.id(new Button(box, SWT.CHECK), id + "." + i); //$NON-NLS-1$
            check.setText(field.choices().get(i));
            check.setSelection(picked != null);
            controls.add(check);
            controls.add(kinds(box, id + "." + i + ".kind", picked != null && picked.kind() != null ? picked.kind() //$NON-NLS-1$ //$NON-NLS-2$
                    : listed.kind()));
        }
        org.motcua.core.workflow.SupplementItem other = chosen.stream().filter(c -> field.values().stream()
                .map(org.motcua.core.workflow.SupplementItem::parse).noneMatch(l -> l.name().equalsIgnoreCase(c.name())))
                .findFirst().orElse(null);
        Button otherCheck = Ui.id(new Button(box, SWT.CHECK), id + ".other"); //$NON-NLS-1$
        otherCheck.setText(Ui.coreText("paper.other")); //$NON-NLS-1$
        otherCheck.setSelection(other != null);
        otherCheck.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        Text otherName = Ui.id(new Text(box, SWT.BORDER | SWT.SINGLE), id + ".otherName"); //$NON-NLS-1$
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = 240;
        otherName.setLayoutData(nameData);
        otherName.setText(other == null ? "" : other.name()); //$NON-NLS-1$
        Combo otherKind = kinds(box, id + ".otherKind", other == null || other.kind() == null //$NON-NLS-1$
                ? org.motcua.core.workflow.PaperKind.COPY : other.kind());
        Label reasonLabel = new Label(box, SWT.NONE);
        reasonLabel.setText(Ui.coreText("paper.otherReason") + ":"); //$NON-NLS-1$ //$NON-NLS-2$
        reasonLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        Text otherReason = Ui.id(new Text(box, SWT.BORDER | SWT.SINGLE), id + ".otherReason"); //$NON-NLS-1$
        otherReason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        otherReason.setText(other == null || other.otherReason() == null ? "" : other.otherReason()); //$NON-NLS-1$
        // typing another paper checks its box
        otherName.addListener(SWT.Modify, e -> otherCheck.setSelection(!otherName.getText().isBlank()));
        controls.addAll(List.of(otherCheck, otherName, otherKind, otherReason));
        return controls.toArray(Control[]::new);
    }

    private static Combo kinds(Composite parent, String id, org.motcua.core.workflow.PaperKind selected) {
        Combo combo = Ui.id(new Combo(parent, SWT.READ_ONLY), id);
        for (org.motcua.core.workflow.PaperKind kind : org.motcua.core.workflow.PaperKind.values()) {
            combo.add(Ui.coreText("paper.kind." + kind.name())); //$NON-NLS-1$
        }
        combo.select((selected == null ? org.motcua.core.workflow.PaperKind.COPY : selected).ordinal());
        return combo;
    }

    /** @return the papers chosen, one a line ({@code SupplementItem.line}), or a problem to show */
    private String paperLines(Field field, Control[] controls) {
        StringBuilder lines = new StringBuilder();
        int listed = field.values().size();
        for (int i = 0; i < listed; i++) {
            if (((Button) controls[2 * i]).getSelection()) {
                String name = org.motcua.core.workflow.SupplementItem.parse(field.values().get(i)).name();
                org.motcua.core.workflow.PaperKind kind = org.motcua.core.workflow.PaperKind.values()[
                        ((Combo) controls[2 * i + 1]).getSelectionIndex()];
                lines.append(new org.motcua.core.workflow.SupplementItem(name, kind, null).line()).append('\n');
            }
        }
        Button otherCheck = (Button) controls[2 * listed];
        String otherName = ((Text) controls[2 * listed + 1]).getText().trim();
        if (otherCheck.getSelection() && !otherName.isEmpty()) {
            org.motcua.core.workflow.PaperKind kind = org.motcua.core.workflow.PaperKind.values()[
                    ((Combo) controls[2 * listed + 2]).getSelectionIndex()];
            String reason = ((Text) controls[2 * listed + 3]).getText().trim().replace("|", "/"); //$NON-NLS-1$ //$NON-NLS-2$
            lines.append(new org.motcua.core.workflow.SupplementItem(otherName.replace("|", "/"), kind, //$NON-NLS-1$ //$NON-NLS-2$
                    reason.isEmpty() ? null : reason).line()).append('\n');
        }
        return lines.toString().strip();
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
                case PAPERS -> paperLines(field, controls);
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
