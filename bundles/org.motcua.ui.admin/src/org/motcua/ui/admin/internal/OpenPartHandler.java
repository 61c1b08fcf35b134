// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.motcua.core.org.Role;
import org.motcua.ui.internal.session.MotCuaSession;

/** Opens the administration part named by the menu item's {@code part} persisted state. */
public class OpenPartHandler {

    @CanExecute
    boolean canExecute(@Optional MotCuaSession session) {
        return session != null && session.hasAny(Role.ADMINISTRATOR);
    }

    @Execute
    void execute(MItem item, EPartService parts) {
        parts.showPart(item.getPersistedState().get("part"), PartState.ACTIVATE); //$NON-NLS-1$
    }
}
