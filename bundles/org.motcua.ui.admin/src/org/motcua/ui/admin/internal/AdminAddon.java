// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.motcua.core.org.Role;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * Shows the Quản trị menu and the administration parts while an administrator is signed in, and hides them
 * when nobody or somebody else is: the session addon of org.motcua.ui puts the {@link MotCuaSession} into the
 * application context at sign-in and removes it at sign-out, and this addon is injected again each time.
 */
public class AdminAddon {

    /** The administration menu. */
    public static final String MENU = "org.motcua.ui.admin.menu"; //$NON-NLS-1$
    /** The offices screen. */
    public static final String PART_OFFICES = "org.motcua.ui.admin.part.offices"; //$NON-NLS-1$
    /** Procedure modules per office. */
    public static final String PART_MODULES = "org.motcua.ui.admin.part.modules"; //$NON-NLS-1$
    /** Install and uninstall procedure features. */
    public static final String PART_FEATURES = "org.motcua.ui.admin.part.features"; //$NON-NLS-1$
    /** Holidays and make-up days. */
    public static final String PART_CALENDAR = "org.motcua.ui.admin.part.calendar"; //$NON-NLS-1$
    /** Users, roles and departments. */
    public static final String PART_USERS = "org.motcua.ui.admin.part.users"; //$NON-NLS-1$
    /** The 1 July 2025 hand-over to successor offices. */
    public static final String PART_TRANSITION = "org.motcua.ui.admin.part.transition"; //$NON-NLS-1$
    /** Every administration part, in menu order. */
    public static final List<String> PARTS = List.of(PART_OFFICES, PART_MODULES, PART_FEATURES, PART_CALENDAR,
            PART_USERS, PART_TRANSITION);

    private static final String WINDOW = "org.motcua.ui.window.main"; //$NON-NLS-1$

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    @Inject
    void sessionChanged(@Optional MotCuaSession session) {
        boolean admin = session != null && session.hasAny(Role.ADMINISTRATOR);
        MWindow window = (MWindow) models.find(WINDOW, application);
        if (window == null) {
            return;
        }
        if (window.getMainMenu() != null) {
            for (MMenuElement element : window.getMainMenu().getChildren()) {
                if (MENU.equals(element.getElementId())) {
                    element.setVisible(admin);
                }
            }
        }
        EPartService parts = window.getContext() == null ? null : window.getContext().get(EPartService.class);
        for (String id : PARTS) {
            MPart part = (MPart) models.find(id, window);
            if (part == null) {
                continue;
            }
            if (admin && parts != null) {
                parts.showPart(part, PartState.CREATE);
            } else {
                part.setToBeRendered(false);
            }
        }
        if (admin && parts != null) {
            parts.showPart(PART_OFFICES, PartState.ACTIVATE);
        }
    }
}
