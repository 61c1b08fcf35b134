// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;

/** Signs the current user out and asks who works next (menu Tệp › Đăng xuất, Ctrl+Shift+Q). */
public class SignOutHandler {

    @CanExecute
    public boolean canExecute(@Optional MotCuaSession session, @Optional SessionAddon addon) {
        return session != null && addon != null;
    }

    @Execute
    public void execute(SessionAddon addon) {
        addon.signOut();
    }
}
