// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

/**
 * One committed {@code .rptdesign} of the reporting bundle.
 *
 * @param name    the short name used on the command line ({@code receipt}, {@code dashboard}, ...)
 * @param path    the design's path inside the bundle
 * @param kind    whether it is filled from one dossier or from an office and a period
 * @param titleVi the Vietnamese title (as the law prints it for forms)
 * @param titleEn the English twin
 */
public record ReportDesign(String name, String path, Kind kind, String titleVi, String titleEn) {

    /** What a design is filled from. */
    public enum Kind {
        /** An official form filled from one dossier (parameter {@code dossierCode}). */
        FORM,
        /** A list or dashboard over an office (or all) and a period ({@code officeId}, {@code fromDate}, {@code toDate}). */
        REPORT
    }

    /** @return the title in {@code locale}'s language (Vietnamese unless English) */
    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }
}
