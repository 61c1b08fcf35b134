// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.MotCuaCore;
import org.motcua.core.security.Principal;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * The user changes their own password: the current one, the new one twice. The core checks the current password
 * (a wrong one counts as a failed sign-in) and the rules of a new one, and ends the user's other sessions. After
 * an administrator's reset the dialog is {@link #forced} before anything else.
 */
public final class ChangePasswordDialog extends Dialog {

    private final MotCuaCore core;
    private final boolean forced;
    private Principal principal;
    private Text current;
    private Text next;
    private Text repeat;
    private Label problem;

    ChangePasswordDialog(Shell parent, MotCuaCore core, Principal principal, boolean forced) {
        super(parent);
        this.core = core;
        this.principal = principal;
        this.forced = forced;
    }

    /** Opens the dialog for a voluntary change. @return the principal to use from now on */
    public static Principal voluntary(Shell parent, MotCuaCore core, Principal principal) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(parent, core, principal, false);
        dialog.open();
        return dialog.principal;
    }

    /** Opens the dialog after a reset. @return the principal to use from now on, or {@code null} when cancelled */
    static Principal forced(Shell parent, MotCuaCore core, Principal principal) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(parent, core, principal, true);
        return dialog.open() == Window.OK ? dialog.principal : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Password_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label heading = new Label(area, SWT.WRAP);
        heading.setText(forced ? Messages.Password_forcedHeading : Messages.Password_heading);
        heading.setFont(JFaceResources.getBannerFont());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headingData.widthHint = 420;
        heading.setLayoutData(headingData);
        current = Ui.passwordField(area, Messages.Password_current, "password.current"); //$NON-NLS-1$
        next = Ui.passwordField(area, Messages.Password_new, "password.new"); //$NON-NLS-1$
        repeat = Ui.passwordField(area, Messages.Password_repeat, "password.repeat"); //$NON-NLS-1$
        Label rule = new Label(area, SWT.WRAP);
        rule.setText(Messages.Password_rule);
        rule.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        // a fixed place for the message: the fields never move under the mouse
        problem = Ui.messageLine(area, "password.problem", 2, 420); //$NON-NLS-1$
        current.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Password_change, true);
        createButton(parent, IDialogConstants.CANCEL_ID, forced ? Messages.SignIn_quit : IDialogConstants.CANCEL_LABEL,
                false);
    }

    @Override
    protected void okPressed() {
        char[] old = current.getText().toCharArray();
        char[] chosen = next.getText().toCharArray();
        if (!Arrays.equals(chosen, repeat.getText().toCharArray())) {
            Ui.message(problem, Messages.Password_mismatch, true);
            repeat.selectAll();
            repeat.setFocus();
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Ui.message(problem, Messages.SignIn_checking, false);
        Principal asked = principal;
        Ui.background(Messages.Password_title, getShell(), () -> core.sessions().changePassword(asked, old, chosen),
                changed -> {
                    principal = changed;
                    super.okPressed();
                }, error -> {
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                    Ui.message(problem, Ui.describe(error), true);
                });
    }
}
