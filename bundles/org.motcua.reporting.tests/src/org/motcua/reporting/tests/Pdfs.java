// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered PDFs back: text (whitespace collapsed), embedded fonts and images. */
final class Pdfs {

    private Pdfs() {
    }

    static Path outputDir(String name) throws Exception {
        String base = System.getProperty("motcua.test.output", System.getProperty("java.io.tmpdir") + "/motcua-reporting");
        Path dir = Path.of(base, name);
        Files.createDirectories(dir);
        return dir;
    }

    /** @return the document's text with every run of whitespace turned into one space */
    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static List<String> fonts(Path pdf) throws Exception {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return fonts;
    }

    /** @return "WxH" of every image on every page */
    static List<String> images(Path pdf) throws Exception {
        List<String> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), images);
            }
        }
        return images;
    }

    private static void collect(PDResources resources, List<String> into) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                into.add(image.getWidth() + "x" + image.getHeight());
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                collect(form.getResources(), into);
            }
        }
    }

    /** @return whether an image at least {@code w} x {@code h} pixels is present */
    static boolean hasImage(List<String> images, int w, int h) {
        return images.stream().map(s -> s.split("x")).anyMatch(p -> Integer.parseInt(p[0]) >= w && Integer.parseInt(p[1]) >= h);
    }
}
