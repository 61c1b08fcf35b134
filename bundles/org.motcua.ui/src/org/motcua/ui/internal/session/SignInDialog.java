// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.UserRef;
import org.motcua.demo.DemoOffices;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * Sign-in with a user name and password checked against the database (Argon2id hashes) in a background Job.
 * On a demo workspace the demo accounts are listed; choosing one fills the form.
 */
final class SignInDialog extends Dialog {

    /** Long office names are cut rather than widening the dialog past the screen. */
    private static final int MAX_COLUMN_WIDTH = 330;

    /** The demo accounts shown on a demo workspace, one per role (see DemoOffices.create()). */
    private static final List<String> DEMO_ACCOUNTS = List.of("motcua.tm", "buudien.tm", "vpdk.tm", "tnmt.tm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "truongphong.tnmt.tm", "ldtbxh.tm", "lanhdao.tm", "motcua.myan", "ldtbxh.myan", "motcua.tinh", "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private final Backend backend;
    private Text username;
    private Text password;
    private Label problem;
    private org.motcua.core.security.Principal principal;

    SignInDialog(Shell parent, Backend backend) {
        super(parent);
        this.backend = backend;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SignIn_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label heading = new Label(area, SWT.NONE);
        heading.setText(Messages.SignIn_heading);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(area, SWT.NONE).setText(Messages.SignIn_username);
        username = Ui.id(new Text(area, SWT.BORDER), "signin.username"); //$NON-NLS-1$
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = 260;
        username.setLayoutData(nameData);
        new Label(area, SWT.NONE).setText(Messages.SignIn_password);
        password = Ui.id(new Text(area, SWT.BORDER | SWT.PASSWORD), "signin.password"); //$NON-NLS-1$
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = Ui.id(new Label(area, SWT.WRAP), "signin.problem"); //$NON-NLS-1$
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.widthHint = 420;
        problem.setLayoutData(problemData);
        if (backend.isDemo()) {
            demoAccounts(area);
        }
        username.setFocus();
        return area;
    }

    private void demoAccounts(Composite area) {
        Label label = new Label(area, SWT.WRAP);
        label.setText(NLS.bind(Messages.SignIn_demoAccounts, DemoOffices.PASSWORD));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Table table = Ui.id(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "signin.demoAccounts"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = 230;
        table.setLayoutData(data);
        for (String title : new String[] { Messages.SignIn_columnUser, Messages.SignIn_columnName,
                Messages.SignIn_columnRole, Messages.SignIn_columnOffice }) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        Ui.background(Messages.SignIn_loadingAccounts, table, () -> {
            List<String[]> rows = new ArrayList<>();
            List<OfficeRef> offices = backend.core().organization().offices();
            for (String name : DEMO_ACCOUNTS) {
                Optional<UserRef> found = backend.core().organization().user(name);
                found.ifPresent(u -> rows.add(new String[] { u.username(), u.fullName(),
                        String.join(", ", u.roles().stream().map(Ui::label).toList()), //$NON-NLS-1$
                        offices.stream().filter(o -> o.id() == u.officeId()).map(OfficeRef::name).findFirst().orElse("") })); //$NON-NLS-1$
            }
            return rows;
        }, rows -> {
            for (String[] row : rows) {
                new TableItem(table, SWT.NONE).setText(row);
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
                column.setWidth(Math.min(column.getWidth(), MAX_COLUMN_WIDTH));
            }
            // wide enough for the accounts, never wider than the screen, centred again
            Shell shell = table.getShell();
            Rectangle screen = shell.getMonitor().getClientArea();
            int width = Math.min(screen.width - 40,
                    Math.max(shell.getSize().x, shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).x));
            shell.setBounds(screen.x + (screen.width - width) / 2, shell.getLocation().y, width, shell.getSize().y);
        }, error -> Ui.message(problem, Ui.describe(error), true));
        table.addListener(SWT.Selection, e -> {
            if (table.getSelectionCount() == 1) {
                username.setText(table.getSelection()[0].getText(0));
                password.setText(DemoOffices.PASSWORD);
            }
        });
        table.addListener(SWT.DefaultSelection, e -> okPressed());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_signIn, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.SignIn_quit, false);
    }

    @Override
    protected void okPressed() {
        String name = username.getText().trim();
        char[] secret = password.getText().toCharArray();
        if (name.isEmpty() || secret.length == 0) {
            Ui.message(problem, Messages.SignIn_fillBoth, true);
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Ui.message(problem, Messages.SignIn_checking, false);
        Ui.background(Messages.SignIn_checking, getShell(), () -> {
            org.motcua.core.security.Principal signedIn = backend.core().sessions().signIn(name, secret,
                    org.motcua.core.security.SessionKind.DESKTOP);
            java.util.Arrays.fill(secret, '\0');
            return signedIn;
        }, signedIn -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            principal = signedIn;
            super.okPressed();
        }, error -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            Ui.message(problem, Ui.describe(error), true); // wrong password or name, or locked: the core says which
            password.selectAll();
            password.setFocus();
        });
    }

    /** @return the session opened at sign-in, once OK was pressed */
    org.motcua.core.security.Principal principal() {
        return principal;
    }

}
