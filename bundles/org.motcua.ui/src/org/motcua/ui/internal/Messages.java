package org.motcua.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised texts of the MotCua main window (Vietnamese by default, English in messages_en). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.motcua.ui.internal.messages"; //$NON-NLS-1$

    /** Status line text when nothing is running */
    public static String StatusLine_ready;
    /** Title of the About dialog */
    public static String AboutDialog_title;
    /** Heading of the About dialog, {0} = version */
    public static String AboutDialog_heading;
    /** Description of the suite in the About dialog */
    public static String AboutDialog_description;
    /** Column: module name */
    public static String AboutDialog_columnName;
    /** Column: bundle symbolic name */
    public static String AboutDialog_columnId;
    /** Column: version */
    public static String AboutDialog_columnVersion;
    /** Column: OSGi state */
    public static String AboutDialog_columnState;
    /** Home page heading */
    public static String HomePart_heading;
    /** Home page: what the suite is for */
    public static String HomePart_intro;
    /** Home page: label of the version line, {0} = version */
    public static String HomePart_version;
    /** Home page: label of the workspace line, {0} = folder */
    public static String HomePart_workspace;
    /** Home page: label of the language line, {0} = language */
    public static String HomePart_language;
    /** Home page: heading of the module list */
    public static String HomePart_modules;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
