// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/**
 * The status of a dossier, with the national status code used by the DVCQG synchronisation (1–10).
 * Reporting groups: in progress {2, 4}; paused {5, 6}; stopped or withdrawn {7, 8}; done {9, 10}.
 */
public enum DossierStatus {
    /** 1 Mới đăng ký: filed online, not yet received by the desk. */
    NEW(1),
    /** 2 Được tiếp nhận: received at the desk, not yet handed over. */
    RECEIVED(2),
    /** 3 Không được tiếp nhận: refused at reception (Mẫu 03). */
    REFUSED(3),
    /** 4 Đang xử lý: being processed by a department or agency. */
    PROCESSING(4),
    /** 5 Yêu cầu bổ sung: waiting for the applicant's supplement (Mẫu 02). */
    SUPPLEMENT_REQUESTED(5),
    /** 6 Yêu cầu thực hiện nghĩa vụ tài chính: waiting for the tax payment to be confirmed. */
    FINANCIAL_OBLIGATION(6),
    /** 7 Công dân yêu cầu rút hồ sơ: withdrawn at the applicant's request. */
    WITHDRAWN(7),
    /** 8 Dừng xử lý: stopped by the agency, with a stop notice. */
    STOPPED(8),
    /** 9 Đã xử lý xong: the result exists, not yet handed to the applicant. */
    FINISHED(9),
    /** 10 Đã trả kết quả: the result was returned. */
    RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** @return the national status code (1–10) */
    public int nationalCode() {
        return nationalCode;
    }

    /** @return whether no further action can change the dossier */
    public boolean isFinal() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    /** @return whether the deadline clock is paused in this status */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
    }

    /** @return whether the dossier is still open for work (received and neither finished nor closed) */
    public boolean isOpen() {
        return this == RECEIVED || this == PROCESSING || isPaused();
    }

    /** @return the status with this national code */
    public static DossierStatus ofNationalCode(int code) {
        for (DossierStatus status : values()) {
            if (status.nationalCode == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("No dossier status with national code " + code);
    }
}
