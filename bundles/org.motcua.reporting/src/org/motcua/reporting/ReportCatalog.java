// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.util.List;
import java.util.Optional;

import org.motcua.reporting.ReportDesign.Kind;

/**
 * Every report of MotCua. Form numbers are not listed here: each form prints the number and title of the form set
 * in force on its dossier's day of receipt (TT 01/2018: Mẫu 01–06; TT 03/2025: Mẫu 01–07; {@code FormSet}), the
 * register those in force on its period's last day.
 */
public final class ReportCatalog {

    private static final List<ReportDesign> DESIGNS = List.of(
            new ReportDesign("receipt", "designs/forms/receipt.rptdesign", Kind.FORM,
                    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment"),
            new ReportDesign("supplement-request", "designs/forms/supplement-request.rptdesign", Kind.FORM,
                    "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Supplement request"),
            new ReportDesign("refusal", "designs/forms/refusal.rptdesign", Kind.FORM,
                    "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Refusal"),
            new ReportDesign("apology", "designs/forms/apology.rptdesign", Kind.FORM,
                    "Phiếu xin lỗi và hẹn lại ngày trả kết quả / Văn bản xin lỗi và đề nghị gia hạn",
                    "Apology and re-appointment / apology and extension request"),
            new ReportDesign("stop-notice", "designs/forms/stop-notice.rptdesign", Kind.FORM,
                    "Thông báo dừng giải quyết hồ sơ", "Stop notice"),
            new ReportDesign("control-slip", "designs/forms/control-slip.rptdesign", Kind.FORM,
                    "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Process-control slip"),
            new ReportDesign("register", "designs/reports/register.rptdesign", Kind.REPORT,
                    "Sổ theo dõi hồ sơ", "Register of dossiers"),
            new ReportDesign("period", "designs/reports/period.rptdesign", Kind.REPORT,
                    "Báo cáo tình hình giải quyết hồ sơ theo kỳ", "Period report of dossiers"),
            new ReportDesign("dashboard", "designs/reports/dashboard.rptdesign", Kind.REPORT,
                    "Bảng điều hành: tình hình giải quyết hồ sơ", "Leaders' dashboard"));

    private ReportCatalog() {
    }

    /** @return every design, forms first */
    public static List<ReportDesign> all() {
        return DESIGNS;
    }

    /** @return the design called {@code name} */
    public static Optional<ReportDesign> find(String name) {
        return DESIGNS.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
