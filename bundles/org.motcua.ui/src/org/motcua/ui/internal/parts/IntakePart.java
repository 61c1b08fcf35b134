// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
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
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.validation.CccdQrCode;
import org.motcua.core.validation.CitizenIdValidator;
import org.motcua.core.validation.EmailValidator;
import org.motcua.core.validation.PhoneNumberValidator;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DocumentItem;
import org.motcua.core.workflow.DossierSummary;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InvalidFieldsException;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.print.FormPrinter;

/**
 * The intake desk: procedure, channel, applicant and the procedure's own form fields with live validation,
 * the procedure's checklist and the
 * appointment computed as the officer types; receive, incomplete (supplement request) or refuse. A refused
 * save keeps everything typed.
 */
public class IntakePart {

    /** Event topic posted (payload: the dossier id) after any change of a dossier made from a screen. */
    public static final String TOPIC_CHANGED = "org/motcua/ui/dossier/changed"; //$NON-NLS-1$

    @Inject
    private MotCuaSession session;
    @Inject
    private IEventBroker broker;
    @Inject
    private IEclipseContext context;

    /** A desk scanner types a card's QR text in a burst; a pause this long ends it when no Enter follows. */
    private static final int SCANNER_PAUSE_MS = 150;

    private final DeadlineCalculator calculator = new DeadlineCalculator();
    private WorkingCalendar calendar;
    private List<ProcedureDefinition> procedures = List.of();

    private Label banner;
    /** The banner says why the last save failed: it goes as soon as the desk changes the form. */
    private boolean bannerShowsFailedSave;
    private Combo procedure;
    private Combo channel;
    private Label appointment;
    private Text name;
    private Text idNumber;
    private Text phone;
    private Text email;
    private Text address;
    private Button organisation;
    private Label nameProblem;
    private Label idProblem;
    private Label phoneProblem;
    private Label emailProblem;
    private Table checklist;
    private FieldsForm fields;
    private Button receive;
    private Button incomplete;
    private Button refuse;
    private Label result;
    private Button print;
    private Button open;
    private DossierView last;
    private Group earlierGroup;
    private Table earlier;
    /** The identity number whose earlier dossiers are listed ("" for none). */
    private String earlierFor = ""; //$NON-NLS-1$
    private List<DossierSummary> earlierShown = List.of();
    /** The identity card last read from its QR code, while the identity number is still the card's. */
    private CccdQrCode card;
    /** Set while the form fills itself from a card, so the fields' own listeners stay quiet. */
    private boolean filling;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(2, true));
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(NLS.bind(Messages.Intake_heading, session.office().name()));
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        banner = Ui.id(new Label(parent, SWT.WRAP), "intake.banner"); //$NON-NLS-1$
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        bannerData.widthHint = 200; // wraps within the form: a long message never widens it past the window
        bannerData.heightHint = banner.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 2; // and never moves it down
        banner.setLayoutData(bannerData);

        Composite left = new Composite(parent, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite right = new Composite(parent, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Group proc = group(left, Messages.Intake_procedureGroup, 2);
        new Label(proc, SWT.NONE).setText(Messages.Intake_procedure);
        procedure = Ui.id(new Combo(proc, SWT.READ_ONLY), "intake.procedure"); //$NON-NLS-1$
        procedure.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(proc, SWT.NONE).setText(Messages.Intake_channel);
        channel = Ui.id(new Combo(proc, SWT.READ_ONLY), "intake.channel"); //$NON-NLS-1$
        for (Channel c : Channel.values()) {
            channel.add(Ui.label(c));
        }
        channel.select(session.hasAny(Role.POSTAL_DESK) && !session.hasAny(Role.DESK_OFFICER)
                ? Channel.POSTAL.ordinal() : Channel.WALK_IN.ordinal());
        new Label(proc, SWT.NONE).setText(Messages.Intake_appointment);
        appointment = Ui.id(new Label(proc, SWT.WRAP), "intake.appointment"); //$NON-NLS-1$
        appointment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        appointment.setFont(JFaceResources.getBannerFont());

        Group applicant = group(left, Messages.Intake_applicantGroup, 2);
        name = field(applicant, Messages.Intake_name, "intake.name"); //$NON-NLS-1$
        nameProblem = problem(applicant, "intake.nameProblem"); //$NON-NLS-1$
        idNumber = field(applicant, Messages.Intake_idNumber, "intake.idNumber"); //$NON-NLS-1$
        idProblem = problem(applicant, "intake.idProblem"); //$NON-NLS-1$
        phone = field(applicant, Messages.Intake_phone, "intake.phone"); //$NON-NLS-1$
        phoneProblem = problem(applicant, "intake.phoneProblem"); //$NON-NLS-1$
        email = field(applicant, Messages.Intake_email, "intake.email"); //$NON-NLS-1$
        emailProblem = problem(applicant, "intake.emailProblem"); //$NON-NLS-1$
        address = field(applicant, Messages.Intake_address, "intake.address"); //$NON-NLS-1$
        new Label(applicant, SWT.NONE);
        organisation = Ui.id(new Button(applicant, SWT.CHECK), "intake.organisation"); //$NON-NLS-1$
        organisation.setText(Messages.Intake_organisation);

        Group documents = group(right, Messages.Intake_documentsGroup, 1);
        Label hint = new Label(documents, SWT.WRAP);
        hint.setText(Messages.Intake_documentsHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        checklist = Ui.id(new Table(documents, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION), "intake.checklist"); //$NON-NLS-1$
        checklist.setHeaderVisible(true);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 120;
        checklist.setLayoutData(listData);
        for (String title : new String[] { Messages.Intake_documentName, Messages.Intake_documentKind,
                Messages.Intake_documentCount }) {
            new TableColumn(checklist, SWT.LEFT).setText(title);
        }

        Group own = group(right, Messages.Intake_fieldsGroup, 1);
        Composite fieldsBody = Ui.id(new Composite(own, SWT.NONE), "intake.fields"); //$NON-NLS-1$
        fieldsBody.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fields = new FieldsForm(fieldsBody, this::validate);

        Composite buttons = new Composite(right, SWT.NONE);
        buttons.setLayout(new GridLayout(4, false));
        receive = button(buttons, Messages.Intake_receive, "intake.receive"); //$NON-NLS-1$
        incomplete = button(buttons, Messages.Intake_incomplete, "intake.incomplete"); //$NON-NLS-1$
        refuse = button(buttons, Messages.Intake_refuse, "intake.refuse"); //$NON-NLS-1$
        Button clear = button(buttons, Messages.Intake_clear, "intake.clear"); //$NON-NLS-1$

        Group done = group(right, Messages.Intake_resultGroup, 3);
        result = Ui.id(new Label(done, SWT.WRAP), "intake.result"); //$NON-NLS-1$
        GridData resultData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        resultData.widthHint = 400;
        result.setLayoutData(resultData);
        result.setText(Messages.Intake_noResult);
        print = button(done, Messages.Intake_print, "intake.print"); //$NON-NLS-1$
        open = button(done, Messages.Intake_open, "intake.open"); //$NON-NLS-1$
        print.setEnabled(false);
        open.setEnabled(false);
        createEarlier(right);

        procedure.addListener(SWT.Selection, e -> procedureChosen());
        for (Text t : new Text[] { name, idNumber, phone, email, address }) {
            t.addListener(SWT.Modify, e -> typed(t));
        }
        organisation.addListener(SWT.Selection, e -> validate());
        receive.addListener(SWT.Selection, e -> receive());
        incomplete.addListener(SWT.Selection, e -> incomplete());
        refuse.addListener(SWT.Selection, e -> refuse());
        clear.addListener(SWT.Selection, e -> clear());
        print.addListener(SWT.Selection, e -> print());
        open.addListener(SWT.Selection, e -> {
            if (last != null) {
                DossierPart.open(context, last.id());
            }
        });
        for (Text t : new Text[] { name, idNumber, phone, email, address }) {
            t.addListener(SWT.DefaultSelection, e -> { // Enter in a field receives, as a default button;
                if (!readCard(t)) { // the Enter a scanner sends after a card's QR text fills the form instead
                    receive();
                }
            });
        }
        validate();
        load(parent);
    }

    /**
     * The applicant's earlier dossiers known to the office, listed as soon as a valid CCCD/CMND is typed: code,
     * procedure, status and dates, no personal data; a table of fixed height, so nothing below it moves. Opening one
     * (Enter or a double-click) goes through the core's opening, which the access log records.
     */
    private void createEarlier(Composite right) {
        earlierGroup = Ui.id(group(right, "", 1), "intake.earlierGroup"); //$NON-NLS-1$
        earlier = Ui.id(new Table(earlierGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), "intake.earlier"); //$NON-NLS-1$
        earlier.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = earlier.getItemHeight() * 3 + earlier.getHeaderHeight(); // three rows, then it scrolls
        earlier.setLayoutData(data);
        int[] widths = { 150, 140, 100, 78, 78 };
        String[] titles = Messages.Intake_earlierColumns.split("\\|"); //$NON-NLS-1$
        for (int i = 0; i < titles.length; i++) {
            new TableColumn(earlier, SWT.LEFT).setText(titles[i]);
            earlier.getColumn(i).setWidth(widths[Math.min(i, widths.length - 1)]);
        }
        earlier.addListener(SWT.DefaultSelection, e -> {
            int index = earlier.getSelectionIndex();
            if (index >= 0 && index < earlierShown.size()) {
                DossierPart.open(context, earlierShown.get(index).id());
            }
        });
        earlierGroup.setText(Messages.Intake_earlierGroup + " " + Messages.Intake_earlierHint);
    }

    /** Lists the earlier dossiers of {@code idNumber} in the background ("" empties the list). */
    private void earlierDossiers(String idNumber) {
        if (earlier == null || idNumber.equals(earlierFor)) {
            return;
        }
        earlierFor = idNumber;
        if (idNumber.isEmpty()) {
            showEarlier(List.of(), Messages.Intake_earlierHint);
            return;
        }
        Ui.background(Messages.Intake_earlierLoading, earlier,
                () -> session.core().queries().earlierDossiers(session.actor(), idNumber, 20), found -> {
                    if (idNumber.equals(earlierFor)) {
                        showEarlier(found, found.isEmpty() ? Messages.Intake_earlierNone
                                : NLS.bind(Messages.Intake_earlierCount, found.size()));
                    }
                }, error -> earlierGroup.setText(Messages.Intake_earlierGroup + " " + Ui.describe(error)));
    }

    private void showEarlier(List<DossierSummary> found, String note) {
        earlierShown = found;
        earlier.removeAll();
        for (DossierSummary d : found) {
            new TableItem(earlier, SWT.NONE).setText(new String[] { d.code(), d.procedureName(Ui.locale()),
                    Ui.label(d.status()), date(d.receivedAt()), date(d.returnedAt() != null ? d.returnedAt() : d.dueAt()) });
        }
        earlierGroup.setText(Messages.Intake_earlierGroup + " " + note); // the title says it: nothing below moves
    }

    private static String date(LocalDateTime time) {
        return time == null ? "" : Ui.format(time.toLocalDate()); //$NON-NLS-1$
    }

    /** The procedures this desk may receive, as the core decides them (the rule it checks on receipt). */
    static List<ProcedureDefinition> proceduresFor(MotCuaSession session) {
        return session.core().workflow().receivableProcedures(session.actor());
    }

    private void load(Composite parent) {
        Ui.background(Messages.Intake_loading, parent, () -> {
            WorkingCalendar cal = session.core().organization().calendar(session.office().id());
            return new Object[] { cal, proceduresFor(session) };
        }, loaded -> {
            calendar = (WorkingCalendar) loaded[0];
            @SuppressWarnings("unchecked")
            List<ProcedureDefinition> list = (List<ProcedureDefinition>) loaded[1];
            procedures = list;
            procedure.removeAll();
            for (ProcedureDefinition p : procedures) {
                procedure.add(p.code() + " – " + name(p)); //$NON-NLS-1$
            }
            if (procedures.isEmpty()) {
                Ui.message(banner, Messages.Intake_noProcedures, true);
            } else {
                procedure.select(0);
                procedureChosen();
            }
        }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    private static String name(ProcedureDefinition p) {
        return "en".equals(Ui.locale().getLanguage()) ? p.nameEn() : p.nameVi(); //$NON-NLS-1$
    }

    private ProcedureDefinition chosen() {
        int index = procedure.getSelectionIndex();
        return index < 0 || index >= procedures.size() ? null : procedures.get(index);
    }

    private void procedureChosen() {
        checklist.removeAll();
        ProcedureDefinition p = chosen();
        fields.show(p == null ? List.of() : p.fields());
        if (p != null) {
            boolean english = "en".equals(Ui.locale().getLanguage()); //$NON-NLS-1$
            for (DocumentRequirement d : p.documents()) {
                TableItem item = new TableItem(checklist, SWT.NONE);
                item.setText(new String[] { english ? d.nameEn() : d.nameVi(),
                        (d.original() ? Messages.Intake_original : Messages.Intake_copy)
                                + (d.optional() ? " " + Messages.Intake_optional : ""), //$NON-NLS-1$ //$NON-NLS-2$
                        Integer.toString(d.count()) });
                item.setChecked(true);
                item.setData(d);
            }
            for (TableColumn column : checklist.getColumns()) {
                column.pack();
            }
        }
        updateAppointment();
        validate();
    }

    /** Recomputes the appointment for a receipt now, on the office calendar. */
    private void updateAppointment() {
        ProcedureDefinition p = chosen();
        if (p == null || calendar == null) {
            appointment.setText(""); //$NON-NLS-1$
            return;
        }
        LocalDateTime now = session.core().time().now();
        LocalDateTime due = calculator.due(calendar, now, p.totalDuration(), p.totalUnit(), List.of());
        appointment.setText(NLS.bind(Messages.Intake_appointmentValue, new Object[] { Ui.format(due),
                p.totalDuration().stripTrailingZeros().toPlainString(), Ui.label(p.totalUnit()) }));
        appointment.getParent().layout(true, true);
    }

    /**
     * A field changed: validated at once, unless it holds what a desk scanner is typing from an identity card's QR
     * code (12 digits and a bar), which is read when the scanner's Enter arrives or it pauses.
     */
    private void typed(Text field) {
        if (filling) {
            return;
        }
        if (CccdQrCode.looksLikeQr(field.getText())) {
            String seen = field.getText();
            field.getDisplay().timerExec(SCANNER_PAUSE_MS, () -> {
                if (!field.isDisposed() && field.getText().equals(seen)) { // the scanner has stopped typing
                    readCard(field);
                }
            });
            return;
        }
        validate();
    }

    /**
     * Fills the applicant from the QR text of an identity card typed into {@code field} by a desk scanner: name,
     * identity number and address, with the date of birth and sex shown beside the number and checked against it;
     * then the procedure's list has the focus. A broken scan leaves the field as it was before and says why.
     *
     * @return whether {@code field} held a card's QR text
     */
    private boolean readCard(Text field) {
        String text = field.getText();
        if (!CccdQrCode.looksLikeQr(text)) {
            return false;
        }
        ValidationResult<CccdQrCode> read = CccdQrCode.parse(text);
        filling = true;
        try {
            if (!read.isValid()) {
                field.setText(""); // the broken scan goes; the rest of the form stays as it was //$NON-NLS-1$
                Ui.message(banner, NLS.bind(Messages.Intake_qrUnreadable, read.message(Ui.locale())), true);
                bannerShowsFailedSave = true; // goes with the next change
                return true;
            }
            card = read.orElseThrow();
            name.setText(card.name());
            idNumber.setText(card.number());
            address.setText(card.address());
            organisation.setSelection(false);
        } finally {
            filling = false;
        }
        validate();
        if (card.nameLostDiacritics()) {
            Ui.message(nameProblem, Messages.Intake_qrNoDiacritics, true);
        }
        procedure.setFocus();
        return true;
    }

    /** @return a check of identity numbers on the workspace's (or server's) clock, not the machine's */
    private CitizenIdValidator idValidator() {
        java.time.ZoneId zone = org.motcua.core.calendar.WorkingCalendar.VIETNAM_ZONE;
        return new CitizenIdValidator(java.time.Clock.fixed(session.core().time().now().atZone(zone).toInstant(), zone));
    }

    /** Live validation of the applicant: messages under each field; returns whether the form may be sent. */
    private boolean validate() {
        if (bannerShowsFailedSave) { // that message was about the form as it was; it has changed since
            bannerShowsFailedSave = false;
            Ui.message(banner, "", false); //$NON-NLS-1$
        }
        boolean ok = true;
        if (name.getText().isBlank()) {
            Ui.message(nameProblem, Messages.Intake_nameRequired, true);
            ok = false;
        } else {
            Ui.message(nameProblem, "", false); //$NON-NLS-1$
        }
        String id = idNumber.getText().trim();
        boolean fromCard = card != null && card.number().equals(id);
        ValidationResult<?> idResult = id.isEmpty() ? null
                : id.length() == 9 ? idValidator().validateCmnd(id)
                        : idValidator().validateCccd(id, fromCard ? card.birthDate() : null);
        if (id.isEmpty() && !organisation.getSelection()) {
            Ui.message(idProblem, Messages.Intake_idRequired, true);
            ok = false;
        } else if (idResult != null && !idResult.isValid()) {
            Ui.message(idProblem, idResult.message(Ui.locale()), true);
            ok = false;
        } else {
            Ui.message(idProblem, idResult == null ? "" //$NON-NLS-1$
                    : fromCard ? NLS.bind(Messages.Intake_validFromCard, Ui.format(card.birthDate()), Ui.label(card.sex()))
                            : Messages.Intake_valid, false);
        }
        earlierDossiers(idResult != null && idResult.isValid() ? id.replaceAll("[\\s.]", "") : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ok &= check(phone, phoneProblem, phone.getText().isBlank() ? null : PhoneNumberValidator.validate(phone.getText()));
        ok &= check(email, emailProblem, email.getText().isBlank() ? null : EmailValidator.validate(email.getText()));
        FieldsForm.State own = fields.validate(session.core().time().now().toLocalDate());
        boolean ready = ok && chosen() != null && own.complete();
        receive.setEnabled(ready);
        incomplete.setEnabled(ok && chosen() != null && own.wellFormed());
        refuse.setEnabled(chosen() != null && !name.getText().isBlank() && own.wellFormed());
        updateAppointment();
        return ready;
    }

    private static boolean check(Text field, Label problem, ValidationResult<?> result) {
        if (result == null) {
            Ui.message(problem, "", false); //$NON-NLS-1$
            return true;
        }
        Ui.message(problem, result.isValid() ? Messages.Intake_valid : result.message(Ui.locale()), !result.isValid());
        return result.isValid();
    }

    private ReceiveRequest request() {
        List<DocumentItem> items = new ArrayList<>();
        for (TableItem item : checklist.getItems()) {
            DocumentRequirement d = (DocumentRequirement) item.getData();
            items.add(new DocumentItem(d.nameVi(), d.original(), d.count(), item.getChecked()));
        }
        return new ReceiveRequest(chosen().code(), Channel.values()[channel.getSelectionIndex()],
                new ApplicantData(name.getText().trim(), idNumber.getText().trim(), phone.getText().trim(),
                        email.getText().trim(), address.getText().trim(), organisation.getSelection()),
                items, fields.values());
    }

    /** @return the mandatory papers not ticked (an optional paper, "nếu có", may be absent from a complete dossier) */
    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (TableItem item : checklist.getItems()) {
            if (!item.getChecked() && !((DocumentRequirement) item.getData()).optional()) {
                missing.add(item.getText(0));
            }
        }
        return missing;
    }

    private void receive() {
        if (!validate()) {
            return;
        }
        if (!missing().isEmpty()) {
            Ui.message(banner, Messages.Intake_uncheckedDocuments, true);
            return;
        }
        ReceiveRequest request = request();
        submit(() -> session.core().workflow().receive(session.actor(), request), Messages.Intake_received);
    }

    private void incomplete() {
        if (!incomplete.isEnabled()) {
            return;
        }
        ActionDialog dialog = new ActionDialog(receive.getShell(), Messages.Intake_incompleteTitle,
                Messages.Intake_incompleteHelp, List.of(
                        ActionDialog.Field.multiline("items", Messages.Action_items, String.join("\n", missing()), true), //$NON-NLS-1$ //$NON-NLS-2$
                        ActionDialog.Field.multiline("reason", Messages.Action_reason, "", true))); //$NON-NLS-1$ //$NON-NLS-2$
        if (dialog.open() != ActionDialog.OK) {
            return;
        }
        ReceiveRequest request = request();
        List<String> items = dialog.lines("items"); //$NON-NLS-1$
        String reason = dialog.text("reason"); //$NON-NLS-1$
        submit(() -> session.core().workflow().receiveIncomplete(session.actor(), request, items, reason),
                Messages.Intake_receivedIncomplete);
    }

    private void refuse() {
        ActionDialog dialog = new ActionDialog(receive.getShell(), Messages.Intake_refuseTitle,
                Messages.Intake_refuseHelp, List.of(ActionDialog.Field.multiline("reason", Messages.Action_reason, "", true))); //$NON-NLS-1$ //$NON-NLS-2$
        if (dialog.open() != ActionDialog.OK) {
            return;
        }
        ReceiveRequest request = request();
        String reason = dialog.text("reason"); //$NON-NLS-1$
        submit(() -> session.core().workflow().refuse(session.actor(), request, reason), Messages.Intake_refused);
    }

    private void submit(java.util.concurrent.Callable<DossierView> work, String doneText) {
        setBusy(true);
        Ui.message(banner, Messages.Intake_saving, false);
        Ui.background(Messages.Intake_saving, receive, work, dossier -> {
            setBusy(false);
            last = dossier;
            Ui.message(banner, "", false); //$NON-NLS-1$
            result.setText(NLS.bind(doneText, new Object[] { dossier.code(), Ui.format(dossier.dueAt()),
                    dossier.applicantName(), Ui.label(dossier.status()) }));
            print.setText(printLabel(dossier));
            print.setEnabled(true);
            print.getParent().layout(true, true);
            open.setEnabled(true);
            result.getParent().layout(true, true);
            broker.post(TOPIC_CHANGED, dossier.id());
            clearApplicant();
            name.setFocus();
        }, error -> {
            setBusy(false);
            // everything typed stays in the form
            Ui.message(banner, NLS.bind(Messages.Intake_saveFailed, Ui.describe(error)), true);
            bannerShowsFailedSave = true;
            if (error instanceof InvalidFieldsException invalid) {
                fields.showProblems(invalid.problems());
            }
        });
    }

    private void setBusy(boolean busy) {
        receive.setEnabled(!busy);
        incomplete.setEnabled(!busy);
        refuse.setEnabled(!busy);
        if (!busy) {
            validate();
        }
    }

    private void print() {
        FormPrinter printer = context.get(FormPrinter.class);
        if (printer == null) {
            Ui.message(banner, Messages.Intake_noPrinter, false);
        } else if (last != null) {
            printer.print(formFor(last), last, print.getShell());
        }
    }

    /** @return the slip the citizen takes away: receipt, supplement request or refusal */
    static String formFor(DossierView dossier) {
        return switch (dossier.status()) {
            case SUPPLEMENT_REQUESTED -> FormPrinter.SUPPLEMENT_REQUEST;
            case REFUSED -> FormPrinter.REFUSAL;
            default -> FormPrinter.RECEIPT;
        };
    }

    private static String printLabel(DossierView dossier) {
        return switch (formFor(dossier)) {
            case FormPrinter.SUPPLEMENT_REQUEST -> Messages.Intake_printSupplement;
            case FormPrinter.REFUSAL -> Messages.Intake_printRefusal;
            default -> Messages.Intake_print;
        };
    }

    private void clearApplicant() {
        card = null;
        for (Text t : new Text[] { name, idNumber, phone, email, address }) {
            t.setText(""); //$NON-NLS-1$
        }
        organisation.setSelection(false);
        fields.clear();
        for (TableItem item : checklist.getItems()) {
            item.setChecked(true);
        }
        validate();
    }

    private void clear() {
        clearApplicant();
        Ui.message(banner, "", false); //$NON-NLS-1$
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Ui.id(new Text(parent, SWT.BORDER), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /**
     * @return the message line under a field: two lines high whether or not it holds a message, so the fields below
     *         never move while the desk types (a longer message shows whole in its tool tip)
     */
    private static Label problem(Composite parent, String id) {
        new Label(parent, SWT.NONE);
        Label label = Ui.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        data.heightHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 2;
        label.setLayoutData(data);
        return label;
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Ui.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }
}
