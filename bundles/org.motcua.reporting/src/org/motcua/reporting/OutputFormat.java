// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

/** The output formats of a rendered report. */
public enum OutputFormat {
    /** PDF with the Vietnamese font embedded. */
    PDF("pdf", "pdf", null),
    /** HTML; images (charts, QR code) go to a folder beside the file. */
    HTML("html", "html", null),
    /** Excel workbook (for lists), through the spudsoft XLSX emitter. */
    XLSX("xlsx", "xlsx", "uk.co.spudsoft.birt.emitters.excel.XlsxEmitter");

    private final String birtFormat;
    private final String extension;
    private final String emitterId;

    OutputFormat(String birtFormat, String extension, String emitterId) {
        this.birtFormat = birtFormat;
        this.extension = extension;
        this.emitterId = emitterId;
    }

    /** @return BIRT's name of the format */
    public String birtFormat() {
        return birtFormat;
    }

    /** @return the usual file extension, without the dot */
    public String extension() {
        return extension;
    }

    /** @return the BIRT emitter to use, or {@code null} for the format's default emitter */
    public String emitterId() {
        return emitterId;
    }

    /** @return the format named {@code name} (case-insensitive) */
    public static OutputFormat of(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
