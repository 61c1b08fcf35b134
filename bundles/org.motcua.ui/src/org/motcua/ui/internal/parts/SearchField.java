// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.org.Role;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * The search field in the main window's tool bar: code (or its last digits), name without accents or CCCD, then
 * Enter; the results open in the search part ({@link SearchPart}). Usable while someone who reads dossiers is
 * signed in, emptied at sign-out.
 */
public class SearchField {

    @Inject
    private MWindow window;

    private Text text;

    @PostConstruct
    void create(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText(Messages.Search_field);
        text = Ui.id(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "search.text"); //$NON-NLS-1$
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setMessage(Messages.Search_hint);
        text.setEnabled(false);
        text.addListener(SWT.DefaultSelection, e -> {
            IEclipseContext context = window.getContext();
            if (!text.getText().isBlank() && context != null) {
                SearchPart.open(context, text.getText());
            }
        });
    }

    /** Follows who is signed in: only those who read dossiers search them; a sign-out empties the field. */
    @Inject
    @Optional
    void session(@Optional MotCuaSession session) {
        if (text == null || text.isDisposed()) {
            return;
        }
        boolean reads = session != null
                && (session.isDesk() || session.hasAny(Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.LEADER));
        if (!reads) {
            text.setText(""); //$NON-NLS-1$
        }
        text.setEnabled(reads);
    }
}
