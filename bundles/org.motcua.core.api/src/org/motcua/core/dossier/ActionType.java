// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/**
 * Every action that may change a dossier. The workflow service checks the transition table, the
 * actor's role and department, and the procedure's guards before any of them, and writes an audit
 * record in the same transaction.
 */
public enum ActionType {
    /** Tiếp nhận: a complete dossier is received; Mẫu 01 with the appointment. */
    RECEIVE,
    /** Từ chối tiếp nhận: refused with a reason; Mẫu 03. */
    REFUSE,
    /**
     * Sửa thủ tục: the receiving desk corrects the procedure of a dossier at the desk (before hand-over, or sent
     * back by the department with {@link #RETURN_FOR_CORRECTION}); same code, the version in force at receipt.
     */
    CORRECT_PROCEDURE,
    /** Bàn giao: the desk hands the dossier to the first step's agency. */
    HAND_OVER,
    /** Nhận hồ sơ: the receiving department takes the dossier handed to it. */
    TAKE,
    /** Chuyển bước: forward to the next step, to one of the agencies it allows. */
    FORWARD,
    /** Thu hồi: the last sender pulls the dossier back before the receiver acts. */
    RECALL,
    /** Trả lại bước trước: send back to the previous step. */
    RETURN_TO_PREVIOUS_STEP,
    /**
     * Trả về một cửa để sửa thủ tục: the department holding the dossier, at any step before the result, sends it
     * back to the receiving desk with a reason, so that the desk corrects its procedure.
     */
    RETURN_FOR_CORRECTION,
    /** Tiếp nhận liên thông: the receiving office accepts an inter-level dossier. */
    ACCEPT_TRANSFER,
    /** Trả lại liên thông: the receiving office returns an inter-level dossier with a reason. */
    RETURN_TRANSFER,
    /** Yêu cầu bổ sung: itemised documents and a reason; Mẫu 02; the clock pauses or restarts. */
    REQUEST_SUPPLEMENT,
    /** Nhận bổ sung: the applicant's supplement arrived. */
    SUPPLEMENT_RECEIVED,
    /** Yêu cầu nghĩa vụ tài chính: the tax slip was sent; the clock pauses. */
    REQUEST_FINANCIAL_OBLIGATION,
    /** Xác nhận nộp NVTC: tax confirmed the payment; the second appointment runs. */
    CONFIRM_PAYMENT,
    /** Ghi niêm yết: the public posting (start, end, complaints) is recorded. */
    RECORD_POSTING,
    /** Xin lỗi và hẹn lại: apology and re-appointment (Mẫu 04), once, ≥ 1 working day before due. */
    APOLOGIZE,
    /** Rút hồ sơ: the applicant withdraws (status 7). */
    WITHDRAW,
    /** Dừng xử lý: the agency stops processing, with a stop notice (status 8). */
    STOP,
    /** Hoàn thành: the result exists (status 9). */
    FINISH,
    /** Trả kết quả: the result is handed to the applicant (status 10). */
    RETURN_RESULT,
    /**
     * Đóng hồ sơ tồn của hệ thống cũ: a dossier imported open from an old system is closed with a reason (status 8),
     * counted apart from the official figures.
     */
    CLOSE_LEGACY,
    /**
     * Bàn giao cho cơ quan kế thừa: an open dossier of an office abolished by the 2025 reorganisation is handed to
     * its successor office, by an administrator of a top office (package version 1.2).
     */
    HAND_TO_SUCCESSOR
}
