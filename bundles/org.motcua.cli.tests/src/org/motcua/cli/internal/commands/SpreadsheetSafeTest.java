// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void formulasBecomeTextAndNamesStayAsTyped() {
        assertEquals("'=HYPERLINK(\"http://x\",\"Bấm\")", SpreadsheetSafe.text("=HYPERLINK(\"http://x\",\"Bấm\")"));
        assertEquals("'+1+1", SpreadsheetSafe.text("+1+1"));
        assertEquals("'-2+3", SpreadsheetSafe.text("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetSafe.text("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetSafe.text("\t=1"));
        assertEquals("Nguyễn Văn Ồ", SpreadsheetSafe.text("Nguyễn Văn Ồ"));
        assertEquals("<script>alert(1)</script>", SpreadsheetSafe.text("<script>alert(1)</script>"));
        assertEquals("Phòng Tài nguyên - Môi trường", SpreadsheetSafe.text("Phòng Tài nguyên - Môi trường"));
        assertNull(SpreadsheetSafe.text(null));
    }
}
