// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the reporting screens (Vietnamese by default, English in messages_en). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.motcua.reporting.ui.internal.messages"; //$NON-NLS-1$

    /** Dashboard — dossiers received and finished */
    public static String Dashboard_heading;
    /** &Office: */
    public static String Dashboard_office;
    /** All offices in the database */
    public static String Dashboard_allOffices;
    /** &From: */
    public static String Dashboard_from;
    /** &To: */
    public static String Dashboard_to;
    /** &Show report */
    public static String Dashboard_show;
    /** &Print… */
    public static String Dashboard_print;
    /** Export &PDF… */
    public static String Dashboard_exportPdf;
    /** Export &Excel (XLSX)… */
    public static String Dashboard_exportXlsx;
    /** The first day must not be after the last day; choose the period again. */
    public static String Dashboard_badPeriod;
    /** Preparing the report for {0}, {1} to {2}… */
    public static String Dashboard_rendering;
    /** {0}, {1} to {2}: {3} pages, figures as of {4}. */
    public static String Dashboard_shown;
    /** The report could not be prepared: {0} */
    public static String Dashboard_failed;
    /** Choose an office and a period, then press "Show report". */
    public static String Dashboard_empty;
    /** Preparing the pages for display */
    public static String Dashboard_pagesJob;
    /** Saved {0}. */
    public static String Dashboard_exported;
    /** Save the report */
    public static String Dashboard_exportTitle;
    /** Printing the dashboard */
    public static String Dashboard_printJob;
    /** {0} pages sent to the printer {1}. */
    public static String Dashboard_printed;
    /** Cannot print: {0} */
    public static String Dashboard_printFailed;

    public static String FormPreview_title;
    public static String FormPreview_pages;
    public static String FormPreview_print;
    public static String FormPreview_save;
    public static String FormPreview_close;
    public static String FormPreview_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
