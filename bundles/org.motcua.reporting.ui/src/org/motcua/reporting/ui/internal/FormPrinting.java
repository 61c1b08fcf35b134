// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.motcua.ui.internal.Ui;
import org.motcua.ui.print.FormPrinter;

/**
 * Prints a dossier's form: the BIRT design is rendered to PDF and its pages to images in a Job with
 * progress (the desk keeps working), then {@link FormPreviewDialog} shows them with Print and Save.
 */
final class FormPrinting implements FormPrinter {

    private static final float SCREEN_DPI = 96f;

    /** Writes a dossier's form as PDF: rendered here, or by the office's server. */
    @FunctionalInterface
    interface FormSource {
        /** Writes the PDF of {@code design} filled from {@code dossier} to {@code pdf}. */
        void write(ReportDesign design, DossierView dossier, Path pdf) throws Exception;
    }

    private final FormSource source;

    /** Forms rendered in this process by {@code reports} from {@code database}; each rendering is {@code recorded}. */
    FormPrinting(ReportService reports, DataSource database, java.util.function.BiConsumer<ReportDesign, DossierView> recorded) {
        this((design, dossier, pdf) -> {
            try (Connection connection = database.getConnection()) {
                reports.render(ReportRequest.form(design, dossier.code(), OutputFormat.PDF, pdf), connection);
            }
            recorded.accept(design, dossier);
        });
    }

    /** Forms written by {@code source} (a server's workstation: the server renders them). */
    FormPrinting(FormSource source) {
        this.source = source;
    }

    @Override
    public void print(String form, DossierView dossier, Shell shell) {
        ReportDesign design = ReportCatalog.find(form)
                .orElseThrow(() -> new IllegalArgumentException("no form design " + form)); //$NON-NLS-1$
        String title = NLS.bind(Messages.FormPreview_title, design.title(Ui.locale()), dossier.code());
        Display display = shell.getDisplay();
        Job job = Job.create(title, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, title, 10);
            try {
                Path pdf = Files.createTempFile("motcua-" + form + "-", ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
                pdf.toFile().deleteOnExit();
                source.write(design, dossier, pdf);
                progress.worked(6);
                List<ImageData> pages = PdfPages.render(pdf, SCREEN_DPI, progress.split(4));
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        new FormPreviewDialog(shell, title, suggestedName(form, dossier), pdf, pages).open();
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                display.asyncExec(() -> MessageDialog.openError(shell, title,
                        NLS.bind(Messages.FormPreview_failed, Ui.describe(e))));
                return Status.OK_STATUS; // told the user in plain words; no second, technical dialog
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** @return e.g. {@code receipt-H20.872-250602-0001.pdf} */
    static String suggestedName(String form, DossierView dossier) {
        return form + "-" + dossier.code().replaceAll("[^A-Za-z0-9.-]", "_").toLowerCase(Locale.ROOT) + ".pdf"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
