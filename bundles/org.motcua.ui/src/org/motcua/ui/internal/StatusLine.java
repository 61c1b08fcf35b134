// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The status line at the bottom of the main window. Any part may show a message in it by posting a String on
 * the event topic {@link #TOPIC}; running Jobs show their progress through {@link #TOPIC_PROGRESS}.
 */
public class StatusLine {

    /** Event topic whose String payload replaces the status text. */
    public static final String TOPIC = "org/motcua/ui/status"; //$NON-NLS-1$

    /** Event topic of {@link Progress} updates of a running Job. */
    public static final String TOPIC_PROGRESS = "org/motcua/ui/progress"; //$NON-NLS-1$

    /**
     * The progress of a Job.
     *
     * @param task    the job's task
     * @param subTask what it does now (may be empty)
     * @param percent 0–100, or -1 when unknown
     * @param done    whether it ended
     */
    public record Progress(String task, String subTask, int percent, boolean done) {
    }

    private Label message;
    private Label job;
    private ProgressBar bar;
    private ProgressBar busy;

    @PostConstruct
    void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        line.setLayout(layout);
        message = new Label(line, SWT.NONE);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        messageData.widthHint = 700; // the user, the office and, at a workstation of a server, the server
        message.setLayoutData(messageData);
        message.setText(Messages.StatusLine_ready);
        message.setData("org.eclipse.e4.ui.css.id", "org-motcua-ui-statusline"); //$NON-NLS-1$ //$NON-NLS-2$
        job = Ui.id(new Label(line, SWT.NONE), "status.job"); //$NON-NLS-1$
        GridData jobData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        jobData.widthHint = 380;
        job.setLayoutData(jobData);
        bar = Ui.id(new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH), "status.progress"); //$NON-NLS-1$
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        busy = new ProgressBar(line, SWT.HORIZONTAL | SWT.INDETERMINATE);
        busy.setLayoutData(new GridData(160, SWT.DEFAULT));
        showProgress(false, false);
    }

    @Inject
    @Optional
    void show(@UIEventTopic(TOPIC) String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text == null || text.isBlank() ? Messages.StatusLine_ready : text);
            message.setToolTipText(message.getText()); // whole, when the window is narrower than the line
            message.getParent().layout();
        }
    }

    @Inject
    @Optional
    void progress(@UIEventTopic(TOPIC_PROGRESS) Progress progress) {
        if (job == null || job.isDisposed() || progress == null) {
            return;
        }
        if (progress.done()) {
            job.setText(""); //$NON-NLS-1$
            showProgress(false, false);
        } else {
            job.setText(progress.subTask().isEmpty() ? progress.task() : progress.task() + ": " + progress.subTask()); //$NON-NLS-1$
            if (progress.percent() >= 0) {
                bar.setSelection(progress.percent());
            }
            showProgress(progress.percent() >= 0, progress.percent() < 0);
        }
        job.getParent().layout();
    }

    private void showProgress(boolean determinate, boolean indeterminate) {
        bar.setVisible(determinate);
        ((GridData) bar.getLayoutData()).exclude = !determinate;
        busy.setVisible(indeterminate);
        ((GridData) busy.getLayoutData()).exclude = !indeterminate;
    }

    /** @return the text currently shown */
    public String text() {
        return message.getText();
    }
}
