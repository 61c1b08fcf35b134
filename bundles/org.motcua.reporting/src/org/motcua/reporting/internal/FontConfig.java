// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.motcua.reporting.ReportException;

/**
 * BIRT's font configuration for Vietnamese PDFs: every family maps to DejaVu Sans, and only the DejaVu
 * folder is listed (the PDF library does not search sub-folders, and silently drops every character
 * outside cp1252 when it finds no font). The folder is {@code motcua.fonts.dir} or Debian's
 * {@code fonts-dejavu-core} location.
 */
final class FontConfig {

    static final Path DEFAULT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private FontConfig() {
    }

    /** @return the folder holding DejaVuSans.ttf */
    static Path fontDir() {
        String configured = System.getProperty("motcua.fonts.dir");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : DEFAULT_DIR;
        if (!Files.isRegularFile(dir.resolve("DejaVuSans.ttf"))) {
            throw new ReportException("DejaVu fonts not found in " + dir
                    + ": install fonts-dejavu-core or set -Dmotcua.fonts.dir");
        }
        return dir;
    }

    /** Writes the configuration into {@code folder} and returns its file. */
    static Path write(Path folder) throws IOException {
        StringBuilder aliases = new StringBuilder();
        for (String generic : new String[] { "serif", "sans-serif", "cursive", "fantasy", "Times-Roman", "Helvetica",
                "Times New Roman", "Arial" }) {
            aliases.append("    <mapping name=\"").append(generic).append("\" font-family=\"DejaVu Sans\"/>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<font>\n  <font-aliases>\n" + aliases
                + "    <mapping name=\"monospace\" font-family=\"DejaVu Sans Mono\"/>\n  </font-aliases>\n"
                + "  <composite-font name=\"all-fonts\" font-family=\"DejaVu Sans\">\n  </composite-font>\n"
                + "  <font-paths>\n    <path path=\"" + fontDir() + "\"/>\n  </font-paths>\n</font>\n";
        Path file = folder.resolve("fontsConfig.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }
}
