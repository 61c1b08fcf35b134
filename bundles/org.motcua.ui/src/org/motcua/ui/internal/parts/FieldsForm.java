// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.procedure.FieldComposite;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FieldType;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.FormValidation;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * The chosen procedure's own form fields at the desk: one widget per field type (a drop-down for a choice,
 * map sheet and parcel boxes for a land parcel, a text box otherwise, with an example as hint), labels in the
 * current language, and a live message under each field from the core's {@link FormValidation}. What was
 * typed is kept by key when the officer switches procedures and back.
 */
final class FieldsForm {

    /** One field's widgets: how to read the raw value, set it, and where its message goes. */
    private record Entry(FormField field, Supplier<String> read, java.util.function.Consumer<String> write, Label problem) {
    }

    private final Composite body;
    private final Runnable changed;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> typed = new HashMap<>();

    /** @param changed called after any change (the part re-validates the whole form) */
    FieldsForm(Composite body, Runnable changed) {
        this.body = body;
        this.changed = changed;
        body.setLayout(new GridLayout(2, false));
    }

    /** Shows the fields of a procedure, refilled with what was typed for the same keys. */
    void show(List<FormField> fields) {
        for (Entry e : entries) {
            typed.put(e.field().key(), e.read().get());
        }
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        entries.clear();
        if (fields.isEmpty()) {
            Label none = new Label(body, SWT.WRAP);
            none.setText(Messages.Intake_fieldsNone);
            none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
        for (FormField f : fields) {
            Label label = new Label(body, SWT.NONE);
            String text = f.label(Ui.locale());
            label.setText(f.isRequired() ? NLS.bind(Messages.Intake_requiredMark, text) : text);
            Entry entry = switch (f.type()) {
                case CHOICE -> choice(f);
                case COMPOSITE -> composite(f);
                default -> text(f);
            };
            entries.add(entry);
            String before = typed.get(f.key());
            if (before != null) {
                entry.write().accept(before);
            }
        }
        body.getParent().getParent().layout(true, true); // the group grows or shrinks in its column
    }

    private Entry text(FormField f) {
        Text text = Ui.id(new Text(body, SWT.BORDER), "intake.field." + f.key()); //$NON-NLS-1$
        text.setLayoutData(fill());
        if (f.example() != null) {
            text.setMessage(NLS.bind(Messages.Intake_fieldExample, f.example()));
        } else if (f.type() == FieldType.DATE) {
            text.setMessage(Messages.Intake_fieldDate);
        }
        text.addListener(SWT.Modify, e -> changed.run());
        return new Entry(f, text::getText, text::setText, problem(f));
    }

    private Entry choice(FormField f) {
        Combo combo = Ui.id(new Combo(body, SWT.READ_ONLY), "intake.field." + f.key()); //$NON-NLS-1$
        combo.setLayoutData(fill());
        combo.add(""); //$NON-NLS-1$ nothing chosen yet
        for (FieldOption o : f.options()) {
            combo.add(Ui.locale().getLanguage().equals("en") ? o.labelEn() : o.labelVi()); //$NON-NLS-1$
        }
        combo.addListener(SWT.Selection, e -> changed.run());
        return new Entry(f, () -> combo.getSelectionIndex() <= 0 ? "" : f.options().get(combo.getSelectionIndex() - 1).code(), //$NON-NLS-1$
                code -> combo.select(Math.max(0, f.options().stream().map(FieldOption::code).toList().indexOf(code) + 1)),
                problem(f));
    }

    /** One text box per part, the separator between them; the value is the parts joined by it. */
    private Entry composite(FormField f) {
        FieldComposite composite = f.composite();
        String separator = composite.separator();
        Composite box = new Composite(body, SWT.NONE);
        GridLayout layout = new GridLayout(2 * composite.parts().size() - 1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        box.setLayoutData(fill());
        List<Text> boxes = new ArrayList<>();
        for (FormField part : composite.parts()) {
            if (!boxes.isEmpty()) {
                new Label(box, SWT.NONE).setText(separator);
            }
            Text text = Ui.id(new Text(box, SWT.BORDER), "intake.field." + f.key() + "." + part.key()); //$NON-NLS-1$ //$NON-NLS-2$
            text.setMessage(part.label(Ui.locale()));
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.Modify, e -> changed.run());
            boxes.add(text);
        }
        return new Entry(f, () -> boxes.stream().allMatch(b -> b.getText().isBlank()) ? "" //$NON-NLS-1$
                : boxes.stream().map(b -> b.getText().trim()).collect(Collectors.joining(separator)), value -> {
                    String[] pieces = value.split(Pattern.quote(separator), boxes.size());
                    for (int i = 0; i < boxes.size(); i++) {
                        boxes.get(i).setText(i < pieces.length ? pieces[i] : ""); //$NON-NLS-1$
                    }
                }, problem(f));
    }

    /** A widget fills its cell but asks for little width: long option labels must not widen the column. */
    private static GridData fill() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 160;
        return data;
    }

    private Label problem(FormField f) {
        Label label = Ui.id(new Label(body, SWT.WRAP), "intake.fieldProblem." + f.key()); //$NON-NLS-1$
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 200;
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
        return label;
    }

    /** Shows a field's message under it, or takes the line away when there is none (the form stays compact). */
    private static void say(Label problem, String text, boolean error) {
        boolean empty = text == null || text.isEmpty();
        boolean shownBefore = problem.getVisible();
        ((GridData) problem.getLayoutData()).exclude = empty;
        problem.setVisible(!empty);
        Ui.message(problem, text, error);
        if (shownBefore == empty) { // a line came or went: the group and its column change height
            problem.getShell().layout(new Control[] { problem });
        }
    }

    /**
     * What the fields allow.
     *
     * @param complete   every field passes, required ones given: a complete dossier may be received
     * @param wellFormed every value given passes: an incomplete dossier may be recorded, or one refused
     */
    record State(boolean complete, boolean wellFormed) {
    }

    /** Checks every field against the day of receipt and shows its message under it. */
    State validate(LocalDate day) {
        boolean complete = true;
        boolean wellFormed = true;
        for (Entry e : entries) {
            String raw = e.read().get();
            FormValidation.Result r = FormValidation.check(e.field(), raw, day, true);
            if (r.isValid()) {
                say(e.problem(), raw.isBlank() ? "" : Messages.Intake_valid, false); //$NON-NLS-1$
            } else {
                say(e.problem(), r.problems().get(0).message(Ui.locale()), true);
                complete = false;
                wellFormed &= raw.isBlank(); // an empty required field only blocks a complete receipt
            }
        }
        return new State(complete, wellFormed);
    }

    /** Shows the core's problems under their fields (the core may see what the desk did not, e.g. the day). */
    void showProblems(Iterable<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            entries.stream().filter(e -> e.field().key().equals(p.fieldKey())).findFirst()
                    .ifPresent(e -> say(e.problem(), p.message(Ui.locale()), true));
        }
    }

    /** @return the raw values by key (blank ones left out) */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Entry e : entries) {
            String raw = e.read().get();
            if (!raw.isBlank()) {
                values.put(e.field().key(), raw);
            }
        }
        return values;
    }

    /** Empties every field (after a receipt). */
    void clear() {
        typed.clear();
        for (Entry e : entries) {
            e.write().accept(""); //$NON-NLS-1$
        }
    }
}
