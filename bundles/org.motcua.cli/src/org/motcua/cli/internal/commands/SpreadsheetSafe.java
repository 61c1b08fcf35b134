// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import org.motcua.core.output.SpreadsheetText;

/** Text for a cell a spreadsheet will open, made inert ({@link SpreadsheetText}, shared with the audit screen). */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** @return {@code value}, or {@code null}, made inert */
    static String text(String value) {
        return SpreadsheetText.inert(value);
    }
}
