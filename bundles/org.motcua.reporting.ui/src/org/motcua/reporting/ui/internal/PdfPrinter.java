// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Ui;

/**
 * Prints a rendered report or form on an SWT printer: the user chooses the printer (the orientation proposed is the
 * report's: the dashboard is landscape), the pages are rasterised in a Job
 * at the printer's resolution (at most {@code maxDpi}), then drawn one per sheet, scaled to the printable area.
 */
final class PdfPrinter {

    private PdfPrinter() {
    }

    /** @param title the print job's name (the report or form), shown in the progress and the printer queue */
    static void print(Shell shell, String title, Path pdf, float maxDpi, Consumer<String> done, Consumer<String> failed) {
        PrintDialog dialog = new PrintDialog(shell);
        PrinterData proposed = new PrinterData();
        proposed.orientation = PdfPages.landscape(pdf) ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
        dialog.setPrinterData(proposed);
        PrinterData data = dialog.open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        float dpi = Math.min(maxDpi, printer.getDPI().x);
        Display display = shell.getDisplay();
        Job job = Job.create(title, monitor -> {
            try {
                List<ImageData> pages = PdfPages.render(pdf, dpi, monitor);
                display.asyncExec(() -> send(printer, title, pages, done, failed));
            } catch (Exception e) {
                display.asyncExec(() -> {
                    printer.dispose();
                    failed.accept(NLS.bind(Messages.Dashboard_printFailed, Ui.describe(e)));
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static void send(Printer printer, String title, List<ImageData> pages, Consumer<String> done,
            Consumer<String> failed) {
        try {
            if (!printer.startJob(title)) {
                failed.accept(NLS.bind(Messages.Dashboard_printFailed, printer.getPrinterData().name));
                return;
            }
            Rectangle area = printer.getClientArea();
            for (ImageData page : pages) {
                printer.startPage();
                Image image = new Image(printer, page);
                GC gc = new GC(printer);
                try {
                    double scale = Math.min((double) area.width / page.width, (double) area.height / page.height);
                    int width = (int) (page.width * scale);
                    int height = (int) (page.height * scale);
                    gc.drawImage(image, 0, 0, page.width, page.height, area.x + (area.width - width) / 2, area.y, width, height);
                } finally {
                    gc.dispose();
                    image.dispose();
                }
                printer.endPage();
            }
            printer.endJob();
            done.accept(NLS.bind(Messages.Dashboard_printed, pages.size(), printer.getPrinterData().name));
        } finally {
            printer.dispose();
        }
    }
}
