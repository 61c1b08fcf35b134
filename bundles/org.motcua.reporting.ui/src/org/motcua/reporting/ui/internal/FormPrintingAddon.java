// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.motcua.reporting.RenderAudit;
import org.motcua.reporting.ReportService;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.RemoteBackend;
import org.motcua.ui.internal.session.SessionAddon;
import org.motcua.ui.print.FormPrinter;

/**
 * Makes form printing available to the desk and dossier screens: when a user signs in, a {@link FormPrinter}
 * is put into the application context, where those screens look for it: over this workspace's database, or
 * the office's server rendering the forms for a workstation in remote mode.
 */
public class FormPrintingAddon {

    @Inject
    private MApplication application;
    @Inject
    private ReportService reports;

    @Inject
    @Optional
    void signedIn(@UIEventTopic(SessionAddon.TOPIC_SIGNED_IN) MotCuaSession session) {
        if (session == null) {
            return;
        }
        // in process: forms from this workspace's database; on a server's workstation the server renders them
        FormPrinter printer;
        if (session.backend() instanceof RemoteBackend remote) {
            printer = new FormPrinting((design, dossier, pdf) -> java.nio.file.Files.write(pdf,
                    remote.core().form(session.actor(), dossier.id(), design.name())));
        } else {
            printer = new FormPrinting(reports, session.backend().dataSource().orElseThrow(),
                    (design, dossier) -> RenderAudit.form(session.core(), session.actor(), design.name(), dossier.code()));
        }
        application.getContext().set(FormPrinter.class, printer);
    }
}
