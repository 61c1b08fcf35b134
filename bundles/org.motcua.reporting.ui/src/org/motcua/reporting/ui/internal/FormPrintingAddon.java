// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.motcua.reporting.ReportService;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;
import org.motcua.ui.print.FormPrinter;

/**
 * Makes form printing available to the desk and dossier screens: when a user signs in, a {@link FormPrinter}
 * over this workspace's database is put into the application context, where those screens look for it.
 */
public class FormPrintingAddon {

    @Inject
    private MApplication application;
    @Inject
    private ReportService reports;

    @Inject
    @Optional
    void signedIn(@UIEventTopic(SessionAddon.TOPIC_SIGNED_IN) MotCuaSession session) {
        if (session != null) {
            application.getContext().set(FormPrinter.class, new FormPrinting(reports, session.workspace().dataSource()));
        }
    }
}
