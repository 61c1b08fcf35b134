// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.audit.AuditEvent;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditMismatch;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.audit.AuditRecord;
import org.motcua.core.audit.AuditReport;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.output.SpreadsheetText;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The audit screen (Nhật ký kiểm tra) for administrators and leaders: the hash-chained records of dossier actions,
 * administration and the openings of personal data, filtered by user, office, kind and period, as the core's
 * {@code AuditService} lets the user read them (a leader: the office and the offices below it); a check of every
 * chain that names the first record that does not match; an export to CSV, itself recorded.
 */
public class AuditPart {

    /** At most this many records are read for the screen and the export. */
    static final int LIMIT = 5_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu"); //$NON-NLS-1$

    @Inject
    private MotCuaSession session;

    private Text user;
    private Combo office;
    private Combo kind;
    private Text from;
    private Text to;
    private Label message;
    private Label verification;
    private Table table;
    private Button export;
    private final List<String> officeCodes = new ArrayList<>();
    private List<AuditRecord> shown = List.of();

    /** Chooses the file an export goes to, or null when the user cancels (a save dialog unless tests set one). */
    private Supplier<Path> exportTarget = this::askFile;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Ui.heading(parent, NLS.bind(Messages.Audit_heading, session.office().name()), Messages.Audit_help, 700);

        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(6, false)); // two rows: who, where, what; then when
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        user = field(filters, Messages.Audit_user, "audit.user", 110); //$NON-NLS-1$
        new Label(filters, SWT.NONE).setText(Messages.Audit_office);
        office = Ui.id(new Combo(filters, SWT.DROP_DOWN | SWT.READ_ONLY), "audit.office"); //$NON-NLS-1$
        new Label(filters, SWT.NONE).setText(Messages.Audit_kind);
        kind = Ui.id(new Combo(filters, SWT.DROP_DOWN | SWT.READ_ONLY), "audit.kind"); //$NON-NLS-1$
        kind.add(Messages.Audit_allKinds);
        for (AuditKind k : AuditKind.values()) {
            kind.add(Ui.label(k));
        }
        kind.select(0);
        LocalDate today = session.core().time().now().toLocalDate();
        from = field(filters, Messages.Audit_from, "audit.from", 80); //$NON-NLS-1$
        from.setText(DAY.format(today.minusDays(30)));
        to = field(filters, Messages.Audit_to, "audit.to", 80); //$NON-NLS-1$
        to.setText(DAY.format(today));
        Button show = Ui.id(new Button(filters, SWT.PUSH), "audit.show"); //$NON-NLS-1$
        show.setText(Messages.Audit_show);
        show.addListener(SWT.Selection, e -> reload());
        for (Text t : List.of(user, from, to)) {
            t.addListener(SWT.DefaultSelection, e -> reload());
        }
        fillOffices();

        message = Ui.messageLine(parent, "audit.message", 1, 700); //$NON-NLS-1$
        table = Ui.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL),
                "audit.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : Messages.Audit_columns.split("\\|")) { //$NON-NLS-1$
            new TableColumn(table, SWT.LEFT).setText(column);
        }

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(3, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button verify = Ui.id(new Button(actions, SWT.PUSH), "audit.verify"); //$NON-NLS-1$
        verify.setText(Messages.Audit_verify);
        verify.addListener(SWT.Selection, e -> verify());
        export = Ui.id(new Button(actions, SWT.PUSH), "audit.export"); //$NON-NLS-1$
        export.setText(Messages.Audit_export);
        export.setEnabled(false);
        export.addListener(SWT.Selection, e -> export());
        verification = Ui.id(new Label(actions, SWT.WRAP), "audit.verification"); //$NON-NLS-1$
        GridData verificationData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        verificationData.widthHint = 560;
        verificationData.heightHint = verification.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 3;
        verification.setLayoutData(verificationData);
        reload();
    }

    private static Text field(Composite parent, String label, String id, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Ui.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = width;
        text.setLayoutData(data);
        return text;
    }

    /** Offers the offices whose chains the user reads: an administrator every office, a leader theirs and below. */
    private void fillOffices() {
        office.add(Messages.Audit_allOffices);
        officeCodes.add(null);
        List<OfficeRef> all = session.core().organization().offices();
        Set<Long> readable = new HashSet<>();
        if (session.hasAny(Role.ADMINISTRATOR)) {
            all.forEach(o -> readable.add(o.id()));
        } else {
            readable.add(session.office().id());
            boolean grew;
            do { // the offices below, level by level
                grew = false;
                for (OfficeRef o : all) {
                    grew |= o.parentId() != null && readable.contains(o.parentId()) && readable.add(o.id());
                }
            } while (grew);
        }
        for (OfficeRef o : all) {
            if (readable.contains(o.id())) {
                office.add(o.code() + " – " + o.name()); //$NON-NLS-1$
                officeCodes.add(o.code());
            }
        }
        office.select(0);
    }

    /** @return the query the filters describe; an error message for a day that is not a date */
    private AuditQuery query() {
        String name = user.getText().strip();
        int k = kind.getSelectionIndex();
        return new AuditQuery(name.isEmpty() ? null : name, officeCodes.get(Math.max(0, office.getSelectionIndex())),
                k <= 0 ? null : AuditKind.values()[k - 1], day(from), day(to), LIMIT);
    }

    private static LocalDate day(Text field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Audit_badDay, text), e);
        }
    }

    /** Reads the records the filters choose, in the background. */
    void reload() {
        AuditQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            Ui.message(message, e.getMessage(), true);
            return;
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            Ui.message(message, Messages.Audit_badPeriod, true);
            return;
        }
        Ui.background(Messages.Audit_loading, table, () -> session.core().audit().list(session.actor(), query),
                records -> {
                    show(records);
                    Ui.message(message, records.isEmpty() ? Messages.Audit_none
                            : records.size() >= LIMIT ? NLS.bind(Messages.Audit_limited, LIMIT)
                                    : NLS.bind(Messages.Audit_count, records.size()), false);
                }, error -> Ui.message(message, Ui.describe(error), true));
    }

    private void show(List<AuditRecord> records) {
        shown = List.copyOf(records);
        table.setRedraw(false);
        table.removeAll();
        for (AuditRecord r : shown) {
            new TableItem(table, SWT.NONE).setText(cells(r).toArray(String[]::new));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), 420));
        }
        table.setRedraw(true);
        export.setEnabled(!shown.isEmpty());
    }

    /** @return the cells of a record as the table and the export show them */
    private static List<String> cells(AuditRecord r) {
        return List.of(Ui.format(r.at()), Ui.label(r.kind()), r.officeCode(), r.actor(), what(r),
                r.dossierCode() == null ? "" : r.dossierCode(), //$NON-NLS-1$
                r.note().render(Ui.locale()).replace('\n', ' '));
    }

    /** @return what was done: an action's name, or the administrative action, or the opening of a dossier */
    private static String what(AuditRecord r) {
        return switch (r.kind()) {
            case ACTION -> {
                try {
                    yield Ui.label(ActionType.valueOf(r.action()));
                } catch (IllegalArgumentException imported) {
                    yield r.action(); // an old system's action, kept as it was
                }
            }
            case ACCESS -> Messages.Audit_opened;
            case ADMIN -> r.action();
        };
    }

    /** Checks every chain in the background and says whether each is whole, or where the first break is. */
    void verify() {
        Ui.message(verification, Messages.Audit_verifying, false);
        Ui.background(Messages.Audit_verifying, table, () -> session.core().audit().verify(session.actor(), List.of()),
                this::showVerification, error -> Ui.message(verification, Ui.describe(error), true));
    }

    private void showVerification(AuditReport report) {
        if (report.intact()) {
            Ui.message(verification, NLS.bind(Messages.Audit_intact, report.chains(), report.records()), false);
            return;
        }
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Audit_broken, report.mismatches().size()));
        for (AuditMismatch m : report.mismatches()) {
            text.append('\n').append(NLS.bind(Messages.Audit_mismatch, new Object[] { Ui.label(m.kind()),
                    m.officeCode(), m.rowId() == null ? "?" : m.rowId(), //$NON-NLS-1$
                    Ui.coreText("audit.problem." + m.problem().name()) })); //$NON-NLS-1$
        }
        Ui.message(verification, text.toString(), true);
    }

    /** Writes the shown records to a CSV file (cells made inert for spreadsheets) and records the export. */
    void export() {
        Path file = exportTarget.get();
        if (file == null) {
            return;
        }
        List<AuditRecord> records = shown;
        Ui.background(Messages.Audit_exporting, table, () -> {
            write(file, records);
            session.core().audit().record(session.actor(), AuditEvent.AUDIT_EXPORT, file.getFileName().toString(),
                    String.valueOf(records.size()));
            return records.size();
        }, rows -> Ui.message(message, NLS.bind(Messages.Audit_exported, rows, file), false),
                error -> Ui.message(message, NLS.bind(Messages.Audit_exportFailed, Ui.describe(error)), true));
    }

    private static void write(Path file, List<AuditRecord> records) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write('\uFEFF'); // spreadsheets read the Vietnamese text as UTF-8
            CSVPrinter csv = new CSVPrinter(out,
                    CSVFormat.DEFAULT.builder().setHeader(Messages.Audit_columns.split("\\|")).get()); //$NON-NLS-1$
            for (AuditRecord r : records) {
                csv.printRecord(cells(r).stream().map(SpreadsheetText::inert).toList());
            }
            csv.flush();
        }
    }

    private Path askFile() {
        return Ui.askSaveFile(table.getShell(), Messages.Audit_exportTitle, "csv", //$NON-NLS-1$
                "nhat-ky-kiem-tra-" + session.core().time().now().toLocalDate() + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Tests: exports go to {@code target} instead of a save dialog. */
    public void exportTo(Supplier<Path> target) {
        this.exportTarget = target;
    }

    /** @return the rows shown, as text (tests) */
    public List<List<String>> rows() {
        return java.util.Arrays.stream(table.getItems())
                .map(item -> java.util.stream.IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList())
                .toList();
    }

    /** @return the verification's message (tests) */
    public String verificationText() {
        return verification.getText();
    }

    /** @return the message above the table (tests) */
    public String messageText() {
        return message.getText();
    }
}
