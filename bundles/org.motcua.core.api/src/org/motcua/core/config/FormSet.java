// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.config;

import java.time.LocalDate;
import java.util.Map;

/**
 * The sets of official one-stop forms, each dated by the day the circular that issued it came into force (not
 * the decree it guides, not an office's regime). A dossier's forms are those of the set in force on the day it
 * was received ({@link #on}): a dossier received under the 2018 forms prints them after its office moves to the
 * 2025 regime.
 */
public enum FormSet {

    /**
     * TT 01/2018/TT-VPCP (signed 23 November 2018, in force 8 January 2019), guiding NĐ 61/2018: Mẫu 01–06.
     * There is no stop-notice form in this set.
     */
    TT_01_2018("Thông tư số 01/2018/TT-VPCP", LocalDate.of(2019, 1, 8), Map.of(
            Form.RECEIPT, new Entry("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
            Form.SUPPLEMENT_REQUEST, new Entry("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
            Form.REFUSAL, new Entry("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
            Form.APOLOGY, new Entry("04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
            Form.STOP_NOTICE, new Entry("", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
            Form.CONTROL_SLIP, new Entry("05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
            Form.REGISTER, new Entry("06", "SỔ THEO DÕI HỒ SƠ"))),

    /**
     * TT 03/2025/TT-VPCP (signed 15 September 2025), guiding NĐ 118/2025: Mẫu 01–07, entered as in force from
     * 1 November 2025 (unverified: see docs/legal.md, rule 17 and decision H; this is the one place to correct it).
     */
    TT_03_2025("Thông tư số 03/2025/TT-VPCP", LocalDate.of(2025, 11, 1), Map.of(
            Form.RECEIPT, new Entry("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
            Form.SUPPLEMENT_REQUEST, new Entry("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
            Form.REFUSAL, new Entry("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
            Form.APOLOGY, new Entry("04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN"),
            Form.STOP_NOTICE, new Entry("05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
            Form.CONTROL_SLIP, new Entry("06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
            Form.REGISTER, new Entry("07", "SỔ THEO DÕI HỒ SƠ")));

    /** The forms MotCua prints. */
    public enum Form {
        RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY, STOP_NOTICE, CONTROL_SLIP, REGISTER
    }

    /**
     * @param number the form's number in its set ({@code "01"}), empty when the set has no such form
     * @param title  the title printed on it
     */
    public record Entry(String number, String title) {
    }

    private final String circular;
    private final LocalDate inForce;
    private final Map<Form, Entry> forms;

    FormSet(String circular, LocalDate inForce, Map<Form, Entry> forms) {
        this.circular = circular;
        this.inForce = inForce;
        this.forms = forms;
    }

    /** @return the circular that issued the set, as a form cites it ({@code Thông tư số 01/2018/TT-VPCP}) */
    public String circular() {
        return circular;
    }

    /** @return the day the circular came into force */
    public LocalDate inForce() {
        return inForce;
    }

    /** @return the number and title of {@code form} in this set */
    public Entry form(Form form) {
        return forms.get(form);
    }

    /**
     * @return the set in force on {@code day} (a dossier's day of receipt): the newest whose circular was in force
     *         that day; a day before 8 January 2019 gets the 2018 set, the oldest MotCua prints
     */
    public static FormSet on(LocalDate day) {
        FormSet found = TT_01_2018;
        for (FormSet set : values()) {
            if (!day.isBefore(set.inForce)) {
                found = set;
            }
        }
        return found;
    }
}
