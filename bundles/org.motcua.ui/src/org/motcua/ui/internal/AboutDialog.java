// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.motcua.core.platform.InstalledModule;
import org.motcua.core.platform.InstalledModules;

/** Shows the suite's version and every installed MotCua bundle. */
public class AboutDialog extends Dialog {

    /** Widget data key of the module table, for tests. */
    public static final String MODULE_TABLE = "org.motcua.ui.about.modules"; //$NON-NLS-1$

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AboutDialog_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));

        Label heading = new Label(area, SWT.NONE);
        heading.setText(NLS.bind(Messages.AboutDialog_heading, InstalledModules.suiteVersion()));
        heading.setFont(JFaceResources.getHeaderFont());

        Label description = new Label(area, SWT.WRAP);
        description.setText(Messages.AboutDialog_description);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionData.widthHint = 560;
        description.setLayoutData(descriptionData);

        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData(MODULE_TABLE, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 220;
        table.setLayoutData(tableData);
        for (String title : new String[] { Messages.AboutDialog_columnName, Messages.AboutDialog_columnId,
                Messages.AboutDialog_columnVersion, Messages.AboutDialog_columnState }) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        List<InstalledModule> modules = InstalledModules.list();
        for (InstalledModule module : modules) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { module.name(), module.symbolicName(), module.version(), module.state() });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
