// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.help;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/** A section of the user guide as plain text, with its title; not modal, so the officer can keep working beside it. */
public final class HelpDialog extends Dialog {

    private final UserGuide.Section section;

    /** The dialog showing {@code section}. */
    public HelpDialog(Shell parent, UserGuide.Section section) {
        super(parent);
        this.section = section;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Help_title + " — " + section.title()); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label title = new Label(area, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        title.setText(section.title());
        Text text = Ui.id(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), "help.text"); //$NON-NLS-1$
        text.setText(section.text());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 760;
        data.heightHint = 400;
        text.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Help_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }
}
