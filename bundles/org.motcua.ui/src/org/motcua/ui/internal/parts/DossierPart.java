// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.StepView;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;
import org.motcua.ui.print.FormPrinter;

/**
 * One dossier: header, the actions the signed-in user may take now (and only those), the timeline of
 * actions, the control slip and the steps with their guard status. A conflict reloads the dossier and keeps
 * what the user typed in the action's form.
 */
public class DossierPart {

    @Inject
    private MotCuaSession session;
    @Inject
    private IEventBroker broker;
    @Inject
    private org.eclipse.e4.core.contexts.IEclipseContext context;

    private Text code;
    private Label banner;
    private Label title;
    private Label status;
    private Label deadline;
    private Label details;
    private Composite actions;
    private Table history;
    private Table slip;
    private Table steps;

    private Loaded loaded;
    private final Map<ActionType, Map<String, Object>> drafts = new EnumMap<>(ActionType.class);

    /** What the part shows, read in the background. */
    record Loaded(DossierView view, List<StepView> steps, List<ActionRecordView> history,
            List<ControlSlipRowView> slip, List<ActionDescription> actions, List<FieldValue> fields,
            Optional<org.motcua.core.workflow.ForwardingView> forwarding) {

        /** @return the action described by the core, if the user may take it now */
        Optional<ActionDescription> action(ActionType type) {
            return actions.stream().filter(a -> a.action() == type).findFirst();
        }
    }

    /** The core's refusals of a read out of the user's scope. */
    private static final java.util.Set<String> OUT_OF_SCOPE = java.util.Set.of("read.notYourOffice", //$NON-NLS-1$
            "read.notYourInbox"); //$NON-NLS-1$

    /** An action done: the dossier as the core left it, and as the user may see it now (empty when out of scope). */
    record Acted(DossierView after, Optional<Loaded> data) {
    }

    /** Shows the dossier part and the dossier {@code id} in it. */
    public static void open(IEclipseContext context, long id) {
        EPartService parts = context.get(EPartService.class);
        MPart part = parts.showPart(SessionAddon.PART_DOSSIER, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof DossierPart dossier) {
            dossier.show(id);
        }
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite find = new Composite(parent, SWT.NONE);
        find.setLayout(new GridLayout(3, false));
        new Label(find, SWT.NONE).setText(Messages.Dossier_code);
        code = Ui.id(new Text(find, SWT.BORDER | SWT.SEARCH), "dossier.code"); //$NON-NLS-1$
        GridData codeData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        codeData.widthHint = 260;
        code.setLayoutData(codeData);
        code.setMessage(Messages.Dossier_codeHint);
        Button go = Ui.id(new Button(find, SWT.PUSH), "dossier.find"); //$NON-NLS-1$
        go.setText(Messages.Dossier_find);
        code.addListener(SWT.DefaultSelection, e -> find());
        go.addListener(SWT.Selection, e -> find());

        banner = Ui.id(new Label(parent, SWT.WRAP), "dossier.banner"); //$NON-NLS-1$
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = Ui.id(new Label(parent, SWT.WRAP), "dossier.title"); //$NON-NLS-1$
        title.setFont(JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText(Messages.Dossier_none);
        Composite line = new Composite(parent, SWT.NONE);
        line.setLayout(new GridLayout(2, false));
        status = Ui.id(new Label(line, SWT.NONE), "dossier.status"); //$NON-NLS-1$
        status.setFont(JFaceResources.getBannerFont());
        deadline = Ui.id(new Label(line, SWT.NONE), "dossier.deadline"); //$NON-NLS-1$
        deadline.setFont(JFaceResources.getBannerFont());
        details = Ui.id(new Label(parent, SWT.WRAP), "dossier.details"); //$NON-NLS-1$
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        actions = Ui.id(new Composite(parent, SWT.NONE), "dossier.actions"); //$NON-NLS-1$
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        actions.setLayout(row);
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        history = table(tabs, Messages.Dossier_tabHistory, "dossier.history", Messages.Dossier_historyColumns); //$NON-NLS-1$
        slip = table(tabs, Messages.Dossier_tabSlip, "dossier.slip", Messages.Dossier_slipColumns); //$NON-NLS-1$
        steps = table(tabs, Messages.Dossier_tabSteps, "dossier.steps", Messages.Dossier_stepColumns); //$NON-NLS-1$
    }

    /** @return the dossier against the same-day forwarding rule, as the details show it */
    private String forwarding(org.motcua.core.workflow.ForwardingView f, DossierView d) {
        java.time.LocalDateTime now = session.core().time().now();
        String day = Ui.format(f.due().toLocalDate());
        if (f.forwardedAt() != null) {
            return NLS.bind(Messages.Dossier_forwarded, new Object[] { Ui.format(f.forwardedAt()), day,
                    f.lateAt(now) ? Messages.Dossier_forwardedLate : Messages.Dossier_forwardedOnTime });
        }
        return NLS.bind(Messages.Dossier_forwardDue, new Object[] { day,
                f.nextDay(d.receivedAt()) ? Messages.Dossier_forwardNextDay : Messages.Dossier_forwardSameDay,
                f.lateAt(now) ? Messages.Dossier_forwardOverdue : "" }); //$NON-NLS-1$
    }

    private static Table table(TabFolder tabs, String label, String id, String columns) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(label);
        Table table = Ui.id(new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : columns.split("\\|")) { //$NON-NLS-1$
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        item.setControl(table);
        return table;
    }

    /** The most dossiers a code's tail lists to choose from. */
    private static final int CHOICES = 50;

    /**
     * Opens the dossier of the code typed, in any case, or of its tail (4 characters or more: "0042"); when several
     * codes end so, the user chooses. A successful open clears the last "not found".
     */
    private void find() {
        String typed = code.getText().trim();
        if (typed.isEmpty()) {
            return;
        }
        Ui.background(Messages.Dossier_loading, code, () -> session.core().queries().search(session.actor(),
                DossierSearch.code(typed), 0, CHOICES), found -> {
                    if (found.isEmpty()) {
                        Ui.message(banner, NLS.bind(Messages.Dossier_notFound, typed), true);
                        return;
                    }
                    DossierView chosen = found.stream().filter(d -> d.code().equalsIgnoreCase(typed)).findFirst()
                            .orElseGet(() -> found.size() == 1 ? found.getFirst()
                                    : new ChooseDossierDialog(code.getShell(), found, typed).choose());
                    if (chosen != null) {
                        Ui.message(banner, "", false); //$NON-NLS-1$ a "not found" was about what was typed before
                        show(chosen.id());
                    }
                }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    /** Loads and shows the dossier {@code id} (in the background). */
    public void show(long id) {
        Ui.background(Messages.Dossier_loading, code, () -> visible(id), found -> {
            if (found.isPresent()) {
                render(found.get());
            } else {
                left(id, null);
            }
        }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    /** @return the dossier shown, or {@code null} */
    public DossierView current() {
        return loaded == null ? null : loaded.view();
    }

    /**
     * @return the dossier {@code id} as the user may see it now, or empty when it is no longer in the user's read
     *         scope (an action may send it elsewhere: the scoped query finds nothing, or the core refuses with
     *         {@code read.notYourOffice} / {@code read.notYourInbox})
     */
    private Optional<Loaded> visible(long id) {
        try {
            return load(id);
        } catch (MotCuaException e) {
            if (OUT_OF_SCOPE.contains(e.key())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Loaded> load(long id) {
        var queries = session.core().queries();
        Optional<DossierView> found = queries.byId(session.actor(), id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DossierView view = found.get();
        List<StepView> stepViews = queries.steps(session.actor(), id);
        // the core says what the user may do now and with which choices (departments, procedures): no rule here
        List<ActionDescription> described = session.core().workflow().describeActions(session.actor(), id);
        return Optional.of(new Loaded(view, stepViews, queries.history(session.actor(), id),
                queries.controlSlip(session.actor(), id), described, queries.fields(session.actor(), id),
                queries.forwarding(session.actor(), id)));
    }

    /**
     * The dossier {@code id} is out of the user's scope now (sent to another desk or department): a steady message
     * says so, the action buttons are disabled and nothing is reloaded. {@code done} is the message of the action
     * that sent it away, or {@code null}.
     */
    private void left(long id, String done) {
        String text = done == null ? Messages.Dossier_leftScope : done + " " + Messages.Dossier_leftScope; //$NON-NLS-1$
        if (loaded != null && loaded.view().id() == id) {
            for (Control child : actions.getChildren()) {
                child.setEnabled(false);
            }
        }
        Ui.message(banner, text, false);
    }

    private void render(Loaded data) {
        if (loaded != null && loaded.view().id() != data.view().id()) {
            Ui.message(banner, "", false); //$NON-NLS-1$ the last message was about the dossier shown before
        }
        loaded = data;
        DossierView d = data.view();
        code.setText(d.code());
        title.setText(d.code() + " – " + d.procedureName(Ui.locale())); //$NON-NLS-1$
        status.setText(NLS.bind(Messages.Dossier_status, Ui.label(d.status())));
        deadline.setText(Ui.label(d.deadlineState()));
        deadline.setForeground(deadline.getDisplay().getSystemColor(d.deadlineState() == DeadlineState.OVERDUE
                ? SWT.COLOR_DARK_RED : d.deadlineState() == DeadlineState.DUE_SOON ? SWT.COLOR_DARK_YELLOW
                        : SWT.COLOR_DARK_GREEN));
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.Dossier_applicant, new Object[] { d.applicantName(), nz(d.applicantIdNumber()),
                nz(d.applicantPhone()), Ui.label(d.channel()) }));
        for (FieldValue f : data.fields()) { // the procedure's own fields, as received
            text.append('\n').append(NLS.bind(Messages.Dossier_field, f.label(Ui.locale()), f.display(Ui.locale())));
        }
        text.append('\n').append(NLS.bind(Messages.Dossier_times, new Object[] { Ui.format(d.receivedAt()),
                Ui.format(d.dueAt()), d.reappointed() ? NLS.bind(Messages.Dossier_originalDue, Ui.format(d.originalDueAt())) : "" })); //$NON-NLS-1$
        text.append('\n').append(NLS.bind(Messages.Dossier_step, new Object[] { d.currentStepIndex() + 1,
                nz(d.currentStepName(Ui.locale())), Ui.format(d.stepDueAt()), nz(d.holderName()) }));
        data.forwarding().filter(f -> f.forwardedAt() != null || d.status() == org.motcua.core.dossier.DossierStatus.RECEIVED)
                .ifPresent(f -> text.append('\n').append(forwarding(f, d)));
        if (d.supplementRounds() > 0) {
            text.append('\n').append(NLS.bind(Messages.Dossier_supplements, d.supplementRounds()));
        }
        if (d.transferPending()) {
            text.append('\n').append(d.transferEscalated() ? Messages.Dossier_transferEscalated : Messages.Dossier_transferPending);
        }
        if (d.finishedAt() != null) {
            text.append('\n').append(NLS.bind(Messages.Dossier_finished, Ui.format(d.finishedAt()), Ui.label(d.timeliness())));
        }
        details.setText(text.toString());

        for (Control child : actions.getChildren()) {
            child.dispose();
        }
        for (ActionDescription action : data.actions()) {
            ActionType type = action.action();
            Button button = Ui.id(new Button(actions, SWT.PUSH), "do." + type.name()); //$NON-NLS-1$
            button.setText(actionLabel(type));
            button.addListener(SWT.Selection, e -> act(type));
        }
        if (data.actions().isEmpty()) {
            Label none = new Label(actions, SWT.NONE);
            none.setText(Messages.Dossier_noActions);
        }
        printButton(d);

        history.removeAll();
        for (ActionRecordView a : data.history()) {
            String who = a.imported() && a.importedBy() != null
                    ? NLS.bind(Messages.Dossier_importedBy, a.importedBy(), a.actor()) : a.actor();
            new TableItem(history, SWT.NONE).setText(new String[] { Ui.format(a.at()), Ui.label(a.action()), who,
                    Ui.label(a.fromStatus()) + " → " + Ui.label(a.toStatus()), //$NON-NLS-1$
                    nz(a.fromHolder()) + " → " + nz(a.toHolder()), withBreaches(a) }); //$NON-NLS-1$
        }
        slip.removeAll();
        for (ControlSlipRowView r : data.slip()) { // notes and the applicant party rendered in the user's language
            new TableItem(slip, SWT.NONE).setText(new String[] { Integer.toString(r.seq()),
                    r.fromAgency().render(Ui.locale()), r.toAgency().render(Ui.locale()), Ui.format(r.handedOverAt()),
                    nz(r.handedOverBy()), Ui.format(r.receivedAt()), nz(r.receivedBy()), Ui.format(r.stepDueAt()),
                    Ui.label(r.result()), r.notes(Ui.locale()) });
        }
        steps.removeAll();
        for (StepView s : data.steps()) {
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] { Integer.toString(s.index() + 1), s.name(Ui.locale()), String.join(", ", s.agencyCodes()), //$NON-NLS-1$
                    s.duration().stripTrailingZeros().toPlainString() + " " + Ui.label(s.unit()), //$NON-NLS-1$
                    Ui.format(s.startedAt()), Ui.format(s.dueAt()), Ui.format(s.completedAt()), guards(s, data.history()) });
            if (s.index() == d.currentStepIndex() && d.status().isOpen()) {
                item.setFont(JFaceResources.getBannerFont());
            }
        }
        for (Table table : new Table[] { history, slip, steps }) {
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        }
        actions.getParent().layout(true, true);
    }

    /** A "print a form" button whose menu lists the forms this dossier has (receipt, control slip, ...). */
    private void printButton(DossierView d) {
        List<String> forms = formsOf(d);
        if (forms.isEmpty()) {
            return;
        }
        Button print = Ui.id(new Button(actions, SWT.PUSH), "dossier.print"); //$NON-NLS-1$
        print.setText(Messages.Dossier_print);
        Menu menu = new Menu(print);
        for (String form : forms) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(formLabel(form));
            item.setData(Ui.ID, "dossier.print." + form); //$NON-NLS-1$
            item.addListener(SWT.Selection, e -> {
                FormPrinter printer = context.get(FormPrinter.class);
                if (printer == null) {
                    Ui.message(banner, Messages.Intake_noPrinter, false);
                } else {
                    printer.print(form, d, print.getShell());
                }
            });
        }
        print.setMenu(menu);
        print.addListener(SWT.Selection, e -> {
            var at = print.toDisplay(0, print.getSize().y);
            menu.setLocation(at);
            menu.setVisible(true);
        });
    }

    /** @return the forms that exist for this dossier, in the order they were issued */
    static List<String> formsOf(DossierView d) {
        List<String> forms = new ArrayList<>();
        switch (d.status()) {
            case REFUSED -> forms.add(FormPrinter.REFUSAL);
            default -> {
                if (d.dueAt() != null) {
                    forms.add(FormPrinter.RECEIPT);
                }
                if (d.supplementRounds() > 0 || d.status() == org.motcua.core.dossier.DossierStatus.SUPPLEMENT_REQUESTED) {
                    forms.add(FormPrinter.SUPPLEMENT_REQUEST);
                }
                if (d.reappointed()) {
                    forms.add(FormPrinter.APOLOGY);
                }
                if (d.status() == org.motcua.core.dossier.DossierStatus.STOPPED) {
                    forms.add(FormPrinter.STOP_NOTICE);
                }
                forms.add(FormPrinter.CONTROL_SLIP);
            }
        }
        return forms;
    }

    private static String formLabel(String form) {
        return switch (form) {
            case FormPrinter.RECEIPT -> Messages.Form_receipt;
            case FormPrinter.SUPPLEMENT_REQUEST -> Messages.Form_supplementRequest;
            case FormPrinter.REFUSAL -> Messages.Form_refusal;
            case FormPrinter.APOLOGY -> Messages.Form_apology;
            case FormPrinter.STOP_NOTICE -> Messages.Form_stopNotice;
            default -> Messages.Form_controlSlip;
        };
    }

    /** @return the guard status of a step: e.g. public posting recorded or not yet */
    private static String guards(StepView step, List<ActionRecordView> history) {
        List<String> texts = new ArrayList<>();
        for (String encoded : step.guards()) {
            GuardSpec guard = GuardSpec.decode(encoded);
            if (GuardSpec.PUBLIC_POSTING.equals(guard.type())) {
                boolean recorded = history.stream()
                        .anyMatch(a -> a.action() == ActionType.RECORD_POSTING && a.fromStep() == step.index());
                texts.add(NLS.bind(recorded ? Messages.Dossier_postingRecorded : Messages.Dossier_postingMissing,
                        guard.params().getOrDefault("days", "2"))); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                texts.add(guard.type());
            }
        }
        return String.join("; ", texts); //$NON-NLS-1$
    }

    /** @return the line's note, and the rules of today an imported line broke (recorded as it happened) */
    private static String withBreaches(ActionRecordView a) {
        String note = a.note().render(Ui.locale());
        if (a.ruleBreaches().isEmpty()) {
            return note;
        }
        String rules = a.ruleBreaches().stream().map(key -> org.motcua.core.i18n.Messages.exists(Ui.locale(), "breach." + key) //$NON-NLS-1$
                ? Ui.coreText("breach." + key) : key).collect(java.util.stream.Collectors.joining("; ")); //$NON-NLS-1$ //$NON-NLS-2$
        String flag = NLS.bind(Messages.Dossier_breaches, rules);
        return note.isBlank() ? flag : note + " — " + flag; //$NON-NLS-1$
    }

    private static String nz(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    static String actionLabel(ActionType type) {
        return Ui.label(type);
    }

    private void act(ActionType type) {
        if (loaded == null) {
            return;
        }
        DossierView d = loaded.view();
        Optional<ActionDescription> described = loaded.action(type);
        if (described.isEmpty()) {
            return;
        }
        ActionDescription action = described.get();
        ActionRequest request;
        if (type == ActionType.TAKE) { // taking needs no form and no confirmation
            request = ActionRequest.of(type, Map.of());
        } else {
            Map<String, Object> draft = drafts.getOrDefault(type, Map.of());
            ActionDialog dialog = new ActionDialog(actions.getShell(), NLS.bind(Messages.Action_title, actionLabel(type),
                    d.code()), Ui.coreText(action.helpKey()), ActionDialog.fields(action, draft));
            if (dialog.open() != ActionDialog.OK) {
                return;
            }
            drafts.put(type, dialog.values());
            request = ActionRequest.of(type, dialog.requestValues(action));
        }
        long id = d.id();
        long version = d.version();
        ActionRequest toSend = request;
        Ui.message(banner, Messages.Dossier_working, false);
        Ui.background(actionLabel(type), actions, () -> {
            DossierView after = session.core().workflow().perform(session.actor(), id, version, toSend);
            return new Acted(after, visible(id));
        }, acted -> {
            drafts.remove(type);
            String done = NLS.bind(Messages.Dossier_done, actionLabel(type), Ui.label(acted.after().status()));
            if (acted.data().isPresent()) {
                render(acted.data().get());
                Ui.message(banner, done, false);
            } else { // e.g. sent back to the receiving desk: the user may no longer read it
                status.setText(NLS.bind(Messages.Dossier_status, Ui.label(acted.after().status())));
                left(id, done);
            }
            broker.post(IntakePart.TOPIC_CHANGED, id); // the inbox refreshes (and drops it when it left)
        }, error -> {
            if (Ui.isConflict(error)) {
                show(id);
                Ui.message(banner, Ui.describe(error) + " " + Messages.Dossier_conflictReloaded, true); //$NON-NLS-1$
            } else {
                Ui.message(banner, Ui.describe(error), true);
            }
        });
    }
}
