// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.internal.session.MotCuaSession;

/** Ends the signed-in user's sessions on other workstations and command lines (menu Tệp › Kết thúc phiên khác). */
public class EndOtherSessionsHandler {

    @CanExecute
    public boolean canExecute(@Optional MotCuaSession session) {
        return session != null;
    }

    @Execute
    public void execute(MotCuaSession session, Shell shell) {
        // the database in a Job, never on the UI thread; the answer comes back to it
        Ui.background(Messages.Sessions_title, shell, () -> session.core().sessions().endOtherSessions(session.principal()),
                ended -> MessageDialog.openInformation(shell, Messages.Sessions_title,
                        NLS.bind(Messages.Sessions_ended, ended)),
                error -> MessageDialog.openError(shell, Messages.Sessions_title, Ui.describe(error)));
    }
}
