// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Turns the pages of a rendered PDF into SWT image data (PDFBox), for the screen and the printer. Runs in a
 * background Job; no SWT resource is created here.
 */
final class PdfPages {

    private PdfPages() {
    }

    /** @return every page of {@code pdf} at {@code dpi} dots per inch */
    static List<ImageData> render(Path pdf, float dpi, IProgressMonitor monitor) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            SubMonitor progress = SubMonitor.convert(monitor, Messages.Dashboard_pagesJob, pages);
            PDFRenderer renderer = new PDFRenderer(document);
            List<ImageData> images = new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                images.add(imageData(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
                progress.worked(1);
            }
            return images;
        }
    }

    /** @return whether the first page of {@code pdf} is wider than tall (false when it cannot be read) */
    static boolean landscape(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                return false;
            }
            var page = document.getPage(0);
            var box = page.getMediaBox();
            boolean wide = box.getWidth() > box.getHeight();
            return page.getRotation() % 180 == 0 ? wide : !wide;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the pixels of {@code image} as 24-bit direct-colour SWT image data */
    static ImageData imageData(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
