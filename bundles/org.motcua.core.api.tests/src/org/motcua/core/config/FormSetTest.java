// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.motcua.core.config.FormSet.Form;

/** The form set is chosen by the day of receipt, from the day the issuing circular came into force. */
class FormSetTest {

    @Test
    void theDayOfReceiptChoosesTheSetByTheCircularsDayOfComingIntoForce() {
        // NĐ 118/2025 applies from 1 July 2025, but its forms come from TT 03/2025: a dossier received in July 2025
        // still gets the 2018 forms
        assertEquals(FormSet.TT_01_2018, FormSet.on(LocalDate.of(2025, 7, 1)));
        assertEquals(FormSet.TT_01_2018, FormSet.on(LocalDate.of(2025, 10, 31)));
        assertEquals(FormSet.TT_03_2025, FormSet.on(LocalDate.of(2025, 11, 1)));
        assertEquals(FormSet.TT_01_2018, FormSet.on(LocalDate.of(2019, 1, 8)));
        assertEquals(FormSet.TT_01_2018, FormSet.on(LocalDate.of(2018, 12, 1)), "older dossiers print the oldest set");
    }

    @Test
    void numbersAndTitlesOfEachSet() {
        assertEquals("05", FormSet.TT_01_2018.form(Form.CONTROL_SLIP).number());
        assertEquals("06", FormSet.TT_03_2025.form(Form.CONTROL_SLIP).number());
        assertEquals("", FormSet.TT_01_2018.form(Form.STOP_NOTICE).number());
        assertEquals("05", FormSet.TT_03_2025.form(Form.STOP_NOTICE).number());
        assertEquals("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", FormSet.TT_01_2018.form(Form.APOLOGY).title());
        assertEquals("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN", FormSet.TT_03_2025.form(Form.APOLOGY).title());
        assertEquals("07", FormSet.TT_03_2025.form(Form.REGISTER).number());
        for (FormSet set : FormSet.values()) {
            for (Form form : Form.values()) {
                assertEquals(false, set.form(form).title().isBlank(), set + " " + form);
            }
        }
    }
}
