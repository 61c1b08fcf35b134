// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.motcua.core.calendar.DeadlineCalculator;
import org.motcua.core.calendar.WorkingCalendar;
import org.motcua.core.dossier.DeadlineState;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.TransferView;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The inter-level inbox of the desk: dossiers sent by another office and waiting for this office's answer,
 * oldest first, with the working time left on the acceptance SLA; accept or return (with a reason).
 */
public class TransfersPart {

    @Inject
    private MotCuaSession session;
    @Inject
    private IEclipseContext context;
    @Inject
    private IEventBroker broker;

    private Table table;
    private Label banner;
    private Label count;
    private List<TransferView> transfers = List.of();

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setText(NLS.bind(Messages.Transfers_heading, session.office().name()));
        Label help = new Label(parent, SWT.WRAP);
        help.setText(Messages.Transfers_help);
        help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        banner = Ui.id(new Label(parent, SWT.WRAP), "transfers.banner"); //$NON-NLS-1$
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Ui.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), "transfers.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : Messages.Transfers_columns.split("\\|")) { //$NON-NLS-1$
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(5, false));
        Button accept = button(buttons, Messages.Transfers_accept, "transfers.accept"); //$NON-NLS-1$
        Button giveBack = button(buttons, Messages.Transfers_return, "transfers.return"); //$NON-NLS-1$
        Button open = button(buttons, Messages.Transfers_open, "transfers.open"); //$NON-NLS-1$
        Button refresh = button(buttons, Messages.Transfers_refresh, "transfers.refresh"); //$NON-NLS-1$
        count = new Label(buttons, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        accept.addListener(SWT.Selection, e -> selected().ifPresent(t -> answer(t, false)));
        giveBack.addListener(SWT.Selection, e -> selected().ifPresent(t -> answer(t, true)));
        open.addListener(SWT.Selection, e -> selected().ifPresent(t -> DossierPart.open(context, t.dossierId())));
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(t -> DossierPart.open(context, t.dossierId())));
        refresh.addListener(SWT.Selection, e -> reload());
        reload();
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = Ui.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    private java.util.Optional<TransferView> selected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= transfers.size()) {
            Ui.message(banner, Messages.Transfers_chooseFirst, true);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(transfers.get(index));
    }

    /** Reads the pending transfers and the time left on each in the background. */
    void reload() {
        Ui.background(Messages.Transfers_loading, table, () -> {
            List<TransferView> list = session.core().queries().pendingTransfers(session.actor(), session.office().id());
            WorkingCalendar calendar = session.core().organization().calendar(session.office().id());
            LocalDateTime now = session.core().time().now();
            List<OfficeRef> offices = session.core().organization().offices();
            DeadlineCalculator calculator = new DeadlineCalculator();
            List<String[]> rows = list.stream().map(t -> new String[] { t.dossierCode(),
                    offices.stream().filter(o -> o.code().equals(t.fromOfficeCode())).map(OfficeRef::name).findFirst()
                            .orElse(t.fromOfficeCode()),
                    t.toDepartmentName(), Ui.format(t.sentAt()), Ui.format(t.slaDueAt()),
                    left(calculator.workingMinutesBetween(calendar, now, t.slaDueAt())),
                    t.escalated() ? Messages.Transfers_escalated : "" }).toList(); //$NON-NLS-1$
            return new Object[] { list, rows };
        }, loaded -> {
            @SuppressWarnings("unchecked")
            List<TransferView> list = (List<TransferView>) loaded[0];
            @SuppressWarnings("unchecked")
            List<String[]> rows = (List<String[]>) loaded[1];
            transfers = list;
            table.removeAll();
            for (int i = 0; i < rows.size(); i++) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(rows.get(i));
                if (list.get(i).escalated()) {
                    item.setBackground(InboxPart.colour(DeadlineState.OVERDUE));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            count.setText(NLS.bind(Messages.Transfers_count, list.size()));
            count.getParent().layout();
        }, error -> Ui.message(banner, Ui.describe(error), true));
    }

    private static String left(long minutes) {
        long abs = Math.abs(minutes);
        String text = NLS.bind(Messages.Transfers_hoursMinutes, abs / 60, abs % 60);
        return minutes >= 0 ? NLS.bind(Messages.Transfers_left, text) : NLS.bind(Messages.Transfers_late, text);
    }

    private void answer(TransferView transfer, boolean giveBack) {
        String reason = null;
        if (giveBack) {
            ActionDialog dialog = new ActionDialog(table.getShell(), NLS.bind(Messages.Transfers_returnTitle,
                    transfer.dossierCode()), Ui.coreText("action.help.RETURN_TRANSFER"), //$NON-NLS-1$
                    List.of(ActionDialog.Field.multiline("reason", Messages.Action_reason, "", true))); //$NON-NLS-1$ //$NON-NLS-2$
            if (dialog.open() != ActionDialog.OK) {
                return;
            }
            reason = dialog.text("reason"); //$NON-NLS-1$
        }
        ActionRequest request = giveBack ? new ActionRequest.ReturnTransfer(reason) : new ActionRequest.AcceptTransfer();
        Ui.background(Messages.Transfers_answering, table, () -> {
            long version = session.core().queries().byId(session.actor(), transfer.dossierId()).orElseThrow().version();
            return session.core().workflow().perform(session.actor(), transfer.dossierId(), version, request);
        }, dossier -> {
            Ui.message(banner, NLS.bind(giveBack ? Messages.Transfers_returned : Messages.Transfers_accepted,
                    dossier.code()), false);
            broker.post(IntakePart.TOPIC_CHANGED, dossier.id());
        }, error -> {
            Ui.message(banner, Ui.describe(error), true);
            reload();
        });
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(IntakePart.TOPIC_CHANGED) Long dossierId) {
        if (table != null && !table.isDisposed()) {
            reload();
        }
    }
}
