// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.motcua.core.workflow.DossierView;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/** The dossiers whose code ends with what was typed, to choose the one to open (Enter or a double-click opens it). */
final class ChooseDossierDialog extends Dialog {

    private final List<DossierView> dossiers;
    private final String typed;
    private Table table;
    private DossierView chosen;

    ChooseDossierDialog(Shell parent, List<DossierView> dossiers, String typed) {
        super(parent);
        this.dossiers = dossiers;
        this.typed = typed;
    }

    /** @return the dossier chosen, or {@code null} when the dialog was cancelled */
    DossierView choose() {
        return open() == OK ? chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dossier_chooseTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(NLS.bind(Messages.Dossier_chooseMessage, dossiers.size(), typed));
        table = Ui.id(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "dossier.choose"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 200;
        table.setLayoutData(data);
        for (String header : new String[] { Messages.Inbox_columnCode, Messages.Inbox_columnApplicant,
                Messages.Inbox_columnProcedure, Messages.Inbox_columnReceived }) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        for (DossierView d : dossiers) {
            new TableItem(table, SWT.NONE).setText(new String[] { d.code(), d.applicantName(),
                    d.procedureName(Ui.locale()), Ui.format(d.receivedAt()) });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.setSelection(0);
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Search_open, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Action_cancel, false);
    }

    @Override
    protected void okPressed() {
        int index = table.getSelectionIndex();
        chosen = index < 0 ? null : dossiers.get(index);
        super.okPressed();
    }
}
