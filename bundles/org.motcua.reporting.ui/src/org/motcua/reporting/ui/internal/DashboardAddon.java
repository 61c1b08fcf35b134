// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;

/** Shows the dashboard, in front, to leaders and administrators when they sign in. */
public class DashboardAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    @Inject
    @Optional
    void signedIn(@UIEventTopic(SessionAddon.TOPIC_SIGNED_IN) MotCuaSession session) {
        if (session == null || !OfficeChoice.mayOpen(session)) {
            return;
        }
        MWindow window = (MWindow) models.find("org.motcua.ui.window.main", application); //$NON-NLS-1$
        window.getContext().get(EPartService.class).showPart(DashboardPart.ID, PartState.ACTIVATE);
    }
}
