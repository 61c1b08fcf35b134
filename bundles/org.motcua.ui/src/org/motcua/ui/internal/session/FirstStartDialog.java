// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;

/**
 * The first start on an empty workspace: a demo office (demo accounts, a few weeks of work loaded as a Job)
 * or a real office (its first administrator account).
 */
final class FirstStartDialog extends Dialog {

    private Button demoChoice;
    private Button realChoice;
    private Group realGroup;
    private Text officeCode;
    private Text officeName;
    private Combo level;
    private Text adminName;
    private Text adminFullName;
    private Text password;
    private Text passwordAgain;
    private Label problem;

    private boolean demo = true;
    private OfficeData office;
    private String admin;
    private String fullName;
    private char[] secret;

    FirstStartDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.FirstStart_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label heading = new Label(area, SWT.NONE);
        heading.setText(Messages.FirstStart_heading);
        heading.setFont(JFaceResources.getBannerFont());
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.FirstStart_intro);
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 520;
        intro.setLayoutData(introData);

        demoChoice = Ui.id(new Button(area, SWT.RADIO), "first.demo"); //$NON-NLS-1$
        demoChoice.setText(Messages.FirstStart_demo);
        demoChoice.setSelection(true);
        Label demoHelp = new Label(area, SWT.WRAP);
        demoHelp.setText(Messages.FirstStart_demoHelp);
        GridData demoData = new GridData(SWT.FILL, SWT.TOP, true, false);
        demoData.widthHint = 520;
        demoData.horizontalIndent = 24;
        demoHelp.setLayoutData(demoData);

        realChoice = Ui.id(new Button(area, SWT.RADIO), "first.real"); //$NON-NLS-1$
        realChoice.setText(Messages.FirstStart_real);

        realGroup = new Group(area, SWT.NONE);
        realGroup.setText(Messages.FirstStart_realGroup);
        realGroup.setLayout(new GridLayout(2, false));
        GridData groupData = new GridData(SWT.FILL, SWT.TOP, true, false);
        groupData.horizontalIndent = 24;
        realGroup.setLayoutData(groupData);
        officeCode = field(realGroup, Messages.FirstStart_officeCode, "first.officeCode", SWT.BORDER); //$NON-NLS-1$
        officeName = field(realGroup, Messages.FirstStart_officeName, "first.officeName", SWT.BORDER); //$NON-NLS-1$
        new Label(realGroup, SWT.NONE).setText(Messages.FirstStart_level);
        level = Ui.id(new Combo(realGroup, SWT.READ_ONLY), "first.level"); //$NON-NLS-1$
        for (OfficeLevel l : OfficeLevel.values()) {
            level.add(Ui.label(l));
        }
        level.select(OfficeLevel.COMMUNE.ordinal());
        adminName = field(realGroup, Messages.FirstStart_adminName, "first.adminName", SWT.BORDER); //$NON-NLS-1$
        adminName.setText("admin"); //$NON-NLS-1$
        adminFullName = field(realGroup, Messages.FirstStart_adminFullName, "first.adminFullName", SWT.BORDER); //$NON-NLS-1$
        password = field(realGroup, Messages.FirstStart_password, "first.password", SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
        passwordAgain = field(realGroup, Messages.FirstStart_passwordAgain, "first.passwordAgain", //$NON-NLS-1$
                SWT.BORDER | SWT.PASSWORD);
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        demoChoice.addListener(SWT.Selection, e -> update());
        realChoice.addListener(SWT.Selection, e -> update());
        update();
        return area;
    }

    private static Text field(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Ui.id(new Text(parent, style), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        text.setLayoutData(data);
        return text;
    }

    private void update() {
        demo = demoChoice.getSelection();
        setEnabled(realGroup, !demo);
    }

    private static void setEnabled(Composite composite, boolean enabled) {
        composite.setEnabled(enabled);
        for (Control child : composite.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.FirstStart_start, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.FirstStart_quit, false);
    }

    @Override
    protected void okPressed() {
        if (!demo) {
            String missing = officeCode.getText().isBlank() || officeName.getText().isBlank()
                    || adminName.getText().isBlank() || adminFullName.getText().isBlank() ? Messages.FirstStart_fillAll
                            : password.getText().length() < 8 ? Messages.FirstStart_passwordShort
                                    : !password.getText().equals(passwordAgain.getText())
                                            ? Messages.FirstStart_passwordMismatch : null;
            if (missing != null) {
                Ui.message(problem, missing, true);
                return;
            }
            OfficeLevel chosen = OfficeLevel.values()[level.getSelectionIndex()];
            Regime regime = chosen == OfficeLevel.DISTRICT ? Regime.DECREE_61_2018 : Regime.DECREE_118_2025;
            office = new OfficeData(officeCode.getText().trim(), officeName.getText().trim(), chosen, regime, null, null,
                    null, BigDecimal.ONE);
            admin = adminName.getText().trim();
            fullName = adminFullName.getText().trim();
            secret = password.getText().toCharArray();
        }
        super.okPressed();
    }

    boolean demo() {
        return demo;
    }

    OfficeData office() {
        return office;
    }

    String adminName() {
        return admin;
    }

    String adminFullName() {
        return fullName;
    }

    char[] password() {
        return secret == null ? new char[0] : Arrays.copyOf(secret, secret.length);
    }
}
