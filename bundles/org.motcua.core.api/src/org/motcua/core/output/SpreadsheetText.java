// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.output;

/**
 * Text for a cell a spreadsheet will open: a value that begins like a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) gets a leading apostrophe, so Excel or LibreOffice shows it as text instead
 * of running it (OWASP's advice against CSV injection). Names are what citizens and officers type; nothing they type
 * may become a formula in a leader's spreadsheet. Every CSV the application writes passes its text cells through
 * {@link #inert(String)}.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** @return {@code value}, or {@code null}, made inert */
    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
