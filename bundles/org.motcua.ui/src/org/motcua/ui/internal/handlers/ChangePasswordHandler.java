// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.motcua.core.security.Principal;
import org.motcua.ui.internal.session.ChangePasswordDialog;
import org.motcua.ui.internal.session.MotCuaSession;

/** The signed-in user changes their own password (menu Tệp › Đổi mật khẩu). */
public class ChangePasswordHandler {

    @CanExecute
    public boolean canExecute(@Optional MotCuaSession session) {
        return session != null;
    }

    @Execute
    public void execute(MotCuaSession session, Shell shell, MApplication application) {
        Principal changed = ChangePasswordDialog.voluntary(shell, session.core(), session.principal());
        if (changed != session.principal()) {
            application.getContext().set(MotCuaSession.class, session.withPrincipal(changed));
        }
    }
}
