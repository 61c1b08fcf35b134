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

/**
 * The status line at the bottom of the main window. Any part may show a message in it by posting
 * a String on the event topic {@link #TOPIC}.
 */
public class StatusLine {

    /** Event topic whose String payload replaces the status text. */
    public static final String TOPIC = "org/motcua/ui/status"; //$NON-NLS-1$

    private Label message;

    @PostConstruct
    void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        line.setLayout(layout);
        message = new Label(line, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message.setText(Messages.StatusLine_ready);
        message.setData("org.eclipse.e4.ui.css.id", "org-motcua-ui-statusline"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Inject
    @Optional
    void show(@UIEventTopic(TOPIC) String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text == null || text.isBlank() ? Messages.StatusLine_ready : text);
            message.getParent().layout();
        }
    }

    /** @return the text currently shown */
    public String text() {
        return message.getText();
    }
}
