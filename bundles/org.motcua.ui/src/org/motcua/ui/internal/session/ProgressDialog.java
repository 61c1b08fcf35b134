// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.session;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Ui;

/**
 * A window that shows the progress of a long Job the user waits for (the first load of demo data): what it
 * does and a progress bar. It does not block: the Job runs in the background and updates it.
 */
final class ProgressDialog extends Dialog {

    private final String title;
    private final String heading;
    private Label task;
    private ProgressBar bar;

    ProgressDialog(Shell parent, String title, String heading) {
        super(parent);
        this.title = title;
        this.heading = heading;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label label = new Label(area, SWT.WRAP);
        label.setText(heading);
        label.setFont(JFaceResources.getBannerFont());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 460;
        label.setLayoutData(data);
        bar = Ui.id(new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH), "progress.bar"); //$NON-NLS-1$
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        task = Ui.id(new Label(area, SWT.NONE), "progress.task"); //$NON-NLS-1$
        task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected Control createButtonBar(Composite parent) {
        return null; // nothing to press: the work cannot be interrupted half-way
    }

    @Override
    protected void handleShellCloseEvent() {
        // stays open until the work is done
    }

    /** Shows the progress (UI thread). */
    void update(int percent, String text) {
        if (bar != null && !bar.isDisposed()) {
            bar.setSelection(Math.max(0, Math.min(100, percent)));
            task.setText(text == null ? "" : text); //$NON-NLS-1$
        }
    }
}
