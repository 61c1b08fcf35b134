// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * The idle lock: a window over the whole main window (nothing of the dossiers under it shows) that asks the
 * signed-in user's password again. It cannot be closed; the only other way out is to sign out. The screens under it
 * are untouched, so a half-typed form is there again after unlocking.
 */
final class LockDialog extends Dialog {

    /** Marks the lock's shell (the idle watch ignores it). */
    static final String MARK = "org.motcua.ui.lock"; //$NON-NLS-1$
    /** The return code of "sign out". */
    static final int SIGN_OUT = IDialogConstants.CLIENT_ID + 1;

    private final MotCuaSession session;
    private final java.time.Duration idleTime;
    private Text password;
    private Label problem;

    LockDialog(Shell parent, MotCuaSession session, java.time.Duration idleTime) {
        super(parent);
        this.session = session;
        this.idleTime = idleTime;
        setShellStyle(SWT.APPLICATION_MODAL | SWT.ON_TOP | SWT.NO_TRIM);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Lock_title);
        shell.setData(MARK, Boolean.TRUE);
    }

    @Override
    protected void initializeBounds() {
        // over the whole main window: the screens under it stay as they are, unseen
        Rectangle main = getParentShell().getBounds();
        getShell().setBounds(main);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Composite box = new Composite(area, SWT.BORDER);
        box.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        box.setLayout(new GridLayout(2, false));
        Label heading = new Label(box, SWT.WRAP);
        heading.setText(Messages.Lock_heading);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label explain = new Label(box, SWT.WRAP);
        explain.setText(NLS.bind(Messages.Lock_explain, idleText(idleTime), session.user().fullName() + " (" //$NON-NLS-1$
                + session.user().username() + ")")); //$NON-NLS-1$
        GridData explainData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        explainData.widthHint = 440;
        explain.setLayoutData(explainData);
        password = Ui.passwordField(box, Messages.SignIn_password, "lock.password"); //$NON-NLS-1$
        problem = Ui.messageLine(box, "lock.problem", 2, 440); //$NON-NLS-1$
        password.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Lock_unlock, true);
        createButton(parent, SIGN_OUT, Messages.Lock_signOut, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SIGN_OUT) {
            setReturnCode(SIGN_OUT);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        char[] secret = password.getText().toCharArray();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Ui.message(problem, Messages.SignIn_checking, false);
        Ui.background(Messages.Lock_title, getShell(), () -> {
            session.core().sessions().confirmPassword(session.principal(), secret);
            return Boolean.TRUE;
        }, ok -> super.okPressed(), error -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            Ui.message(problem, Ui.describe(error), true);
            password.selectAll();
            password.setFocus();
        });
    }

    @Override
    protected void cancelPressed() {
        // Escape does not unlock
    }

    @Override
    protected void handleShellCloseEvent() {
        // neither does closing the window
    }

    /** @return the idle time as the lock explains it: whole minutes, or seconds when shorter (a test setting) */
    static String idleText(java.time.Duration idle) {
        return idle.toSeconds() % 60 == 0 ? NLS.bind(Messages.Lock_minutes, idle.toMinutes())
                : NLS.bind(Messages.Lock_seconds, idle.toSeconds());
    }
}
