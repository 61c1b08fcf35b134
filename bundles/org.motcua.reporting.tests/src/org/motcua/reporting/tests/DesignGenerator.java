package org.motcua.reporting.tests;

import java.nio.file.Path;

import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;

/**
 * Wrote the committed designs of org.motcua.reporting ONCE (the .rptdesign files are the source
 * now; edit them in a report designer). Run again only on purpose: set MOTCUA_REPORTING_REGENERATE to
 * the org.motcua.reporting folder and run DesignsTest.
 */
final class DesignGenerator {

    static final String STRING = DesignChoiceConstants.PARAM_TYPE_STRING;
    static final String[] DOSSIER_COLUMNS = { "CODE", "APPLICANT", "ID_NUMBER", "PHONE", "EMAIL", "ADDRESS",
            "PROCEDURE_NAME", "OFFICE_NAME", "PARENT_NAME", "RECEIVED_TEXT", "DUE_TEXT", "ORIGINAL_DUE_TEXT",
            "CLOSED_TEXT", "FEE_TEXT", "BOOK", "BOOK_NO", "CLOSING_REASON", "CHANNEL_TEXT", "TODAY_TEXT", "FORM_LABEL",
            "FORM_BASIS", "FORM_TITLE", "STATUS_TEXT", "DURATION_TEXT" };

    private DesignGenerator() {
    }

    static String when(String col, String fmt) {
        return "TO_CHAR(" + col + ", 'HH24') || ' giờ ' || TO_CHAR(" + col + ", 'MI') || ' phút, ngày ' || TO_CHAR(" + col
                + ", 'DD/MM/YYYY')";
    }

    /** The dossier row every form reads; the form number and title follow the office's regime. */
    static String dossierSql(String no61, String no118, String title61, String title118) {
        return "SELECT d.code AS CODE, d.applicant_name AS APPLICANT, COALESCE(d.applicant_id_number, '') AS ID_NUMBER,\n"
                + " COALESCE(d.applicant_phone, '') AS PHONE, COALESCE(d.applicant_email, '') AS EMAIL,\n"
                + " COALESCE(d.applicant_address, '') AS ADDRESS, d.procedure_name_vi AS PROCEDURE_NAME,\n"
                + " o.name AS OFFICE_NAME, COALESCE(p.name, '') AS PARENT_NAME,\n"
                + " " + when("d.received_at", null) + " AS RECEIVED_TEXT,\n"
                + " COALESCE(" + when("d.due_at", null) + ", '') AS DUE_TEXT,\n"
                + " COALESCE(" + when("d.original_due_at", null) + ", '') AS ORIGINAL_DUE_TEXT,\n"
                + " COALESCE(" + when("d.closed_at", null) + ", '') AS CLOSED_TEXT,\n"
                + " REPLACE(TO_CHAR(d.fee_vnd, 'FM999,999,999,990'), ',', '.') AS FEE_TEXT,\n"
                + " TO_CHAR(d.received_at, 'YYYY') AS BOOK, RIGHT(d.code, 4) AS BOOK_NO,\n"
                + " COALESCE(d.closing_reason, '') AS CLOSING_REASON,\n"
                + " CASE d.channel WHEN 'WALK_IN' THEN 'Trực tiếp' WHEN 'POSTAL' THEN 'Qua dịch vụ bưu chính công ích'\n"
                + "   WHEN 'ONLINE' THEN 'Trực tuyến' ELSE 'Liên thông' END AS CHANNEL_TEXT,\n"
                + " 'ngày ' || TO_CHAR(COALESCE(d.closed_at, d.received_at), 'DD') || ' tháng ' || TO_CHAR(COALESCE(d.closed_at, d.received_at), 'MM')\n"
                + "   || ' năm ' || TO_CHAR(COALESCE(d.closed_at, d.received_at), 'YYYY') AS TODAY_TEXT,\n"
                + " CASE o.regime WHEN 'DECREE_118_2025' THEN '" + no118 + "' ELSE '" + no61 + "' END AS FORM_LABEL,\n"
                + " CASE o.regime WHEN 'DECREE_118_2025' THEN 'Theo Thông tư số 03/2025/TT-VPCP'\n"
                + "   ELSE 'Theo Thông tư số 01/2018/TT-VPCP' END AS FORM_BASIS,\n"
                + " CASE o.regime WHEN 'DECREE_118_2025' THEN '" + title118 + "' ELSE '" + title61 + "' END AS FORM_TITLE,\n"
                + " CASE d.status WHEN 'WITHDRAWN' THEN 'Công dân yêu cầu rút hồ sơ' WHEN 'STOPPED' THEN 'Dừng xử lý'\n"
                + "   ELSE d.status END AS STATUS_TEXT,\n"
                + " CAST(CAST(d.total_duration AS DECIMAL(8, 1)) AS VARCHAR(12)) || CASE d.total_unit WHEN 'WORKING_DAYS' THEN ' ngày làm việc'\n"
                + "   WHEN 'WORKING_HOURS' THEN ' giờ làm việc' ELSE ' ngày' END AS DURATION_TEXT\n"
                + "FROM dossier d JOIN office o ON o.id = d.office_id LEFT JOIN office p ON p.id = o.parent_id\n"
                + "WHERE d.code = ?";
    }

    static void generateAll(Path bundle) throws Exception {
        receipt(bundle.resolve("designs/forms/receipt.rptdesign"));
        simpleForm(bundle.resolve("designs/forms/supplement-request.rptdesign"), "Mẫu số 02", "Mẫu số 02",
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", Kind.SUPPLEMENT);
        simpleForm(bundle.resolve("designs/forms/refusal.rptdesign"), "Mẫu số 03", "Mẫu số 03",
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", Kind.REFUSAL);
        simpleForm(bundle.resolve("designs/forms/apology.rptdesign"), "Mẫu số 04", "Mẫu số 04",
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN", Kind.APOLOGY);
        simpleForm(bundle.resolve("designs/forms/stop-notice.rptdesign"), "", "Mẫu số 05",
                "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", Kind.STOP);
        controlSlip(bundle.resolve("designs/forms/control-slip.rptdesign"));
        DashboardDesign.register(bundle.resolve("designs/reports/register.rptdesign"));
        DashboardDesign.dashboard(bundle.resolve("designs/reports/dashboard.rptdesign"));
    }

    enum Kind { SUPPLEMENT, REFUSAL, APOLOGY, STOP }

    static TableHandle formBlock(Designer d, String sql, int rows) throws Exception {
        d.parameter("dossierCode", STRING);
        OdaDataSetHandle ds = d.dataSet("Dossier", sql, "dossierCode");
        TableHandle t = d.block("Form", ds, rows, DOSSIER_COLUMNS);
        GridHandle header = d.header("row[\"PARENT_NAME\"] == \"\" ? row[\"OFFICE_NAME\"].toUpperCase() : row[\"PARENT_NAME\"].toUpperCase()",
                "row[\"FORM_LABEL\"] == \"\" ? \"\" : row[\"FORM_LABEL\"] + \" (\" + row[\"FORM_BASIS\"] + \")\"");
        Designer.cell(t, 0).getContent().add(header);
        Designer.cell(t, 1).getContent().add(d.html("<div style=\"text-align:center;font-size:13pt\"><b><VALUE-OF>row[\"FORM_TITLE\"]</VALUE-OF></b></div>"
                + "<div style=\"text-align:center\">Mã hồ sơ: <b><VALUE-OF>row[\"CODE\"]</VALUE-OF></b></div>"));
        return t;
    }

    static void receipt(Path file) throws Exception {
        try (Designer d = new Designer("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", false)) {
            TableHandle t = formBlock(d, dossierSql("Mẫu số 01", "Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), 5);
            GridHandle body = d.f.newGridItem(null, 2, 1);
            body.setWidth("100%");
            ((org.eclipse.birt.report.model.api.ColumnHandle) body.getColumns().get(1)).setProperty("width", "3cm");
            Designer.cell(body, 0, 0).getContent().add(d.html(
                    "<VALUE-OF>row[\"OFFICE_NAME\"]</VALUE-OF> tiếp nhận hồ sơ của:<br/>"
                    + "Ông/Bà: <b><VALUE-OF>row[\"APPLICANT\"]</VALUE-OF></b><br/>"
                    + "Số CCCD/CMND: <VALUE-OF>row[\"ID_NUMBER\"]</VALUE-OF><br/>"
                    + "Địa chỉ: <VALUE-OF>row[\"ADDRESS\"]</VALUE-OF><br/>"
                    + "Số điện thoại: <VALUE-OF>row[\"PHONE\"]</VALUE-OF> &nbsp; Email: <VALUE-OF>row[\"EMAIL\"]</VALUE-OF><br/>"
                    + "Nội dung yêu cầu giải quyết: <b><VALUE-OF>row[\"PROCEDURE_NAME\"]</VALUE-OF></b><br/>"
                    + "Hình thức nộp: <VALUE-OF>row[\"CHANNEL_TEXT\"]</VALUE-OF>"));
            Designer.cell(body, 0, 1).getContent().add(d.qrImage());
            Designer.cell(t, 2).getContent().add(body);
            Designer.cell(t, 3).getContent().add(d.html("<b>1. Thành phần hồ sơ nộp gồm:</b>"));
            OdaDataSetHandle docs = d.dataSet("Documents",
                    "SELECT CAST(x.position + 1 AS VARCHAR(4)) AS NO, x.name AS NAME,\n"
                    + " CASE WHEN x.original THEN 'Bản chính' ELSE 'Bản sao' END AS KIND, CAST(x.copies AS VARCHAR(4)) AS COPIES\n"
                    + "FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id WHERE d.code = ? ORDER BY x.position",
                    "dossierCode");
            Designer.cell(t, 3).getContent().add(d.list("DocumentList", docs, new String[] { "NO", "NAME", "KIND", "COPIES" },
                    new String[] { "STT", "Tên giấy tờ", "Hình thức", "Số lượng" }, new String[] { "1.2cm", "10cm", "3cm", "2.3cm" }));
            Designer.cell(t, 4).getContent().add(d.html(
                    "<b>2. Số lượng hồ sơ:</b> 01 bộ<br/>"
                    + "<b>3. Thời gian giải quyết hồ sơ theo quy định:</b> <VALUE-OF>row[\"DURATION_TEXT\"]</VALUE-OF><br/>"
                    + "<b>4. Thời gian nhận hồ sơ:</b> <VALUE-OF>row[\"RECEIVED_TEXT\"]</VALUE-OF><br/>"
                    + "<b>5. Thời gian trả kết quả giải quyết hồ sơ:</b> <b><VALUE-OF>row[\"DUE_TEXT\"]</VALUE-OF></b><br/>"
                    + "<b>6. Đăng ký nhận kết quả tại:</b> Bộ phận tiếp nhận và trả kết quả – <VALUE-OF>row[\"OFFICE_NAME\"]</VALUE-OF><br/>"
                    + "<b>7. Lệ phí, phí:</b> <VALUE-OF>row[\"FEE_TEXT\"]</VALUE-OF> đồng<br/>"
                    + "Vào Sổ theo dõi hồ sơ, Quyển số: <VALUE-OF>row[\"BOOK\"]</VALUE-OF>, Số thứ tự: <VALUE-OF>row[\"BOOK_NO\"]</VALUE-OF>"
                    + "<br/><br/>" + signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ")));
            d.save(file);
        }
    }

    static String signatures(String left, String right) {
        return "<table width=\"100%\"><tr><td style=\"text-align:center\" width=\"50%\"><b>" + left
                + "</b><br/><i>(Ký và ghi rõ họ tên)</i></td><td style=\"text-align:center\"><i><VALUE-OF>row[\"TODAY_TEXT\"]</VALUE-OF></i><br/><b>"
                + right + "</b><br/><i>(Ký và ghi rõ họ tên)</i></td></tr></table>";
    }

    static void simpleForm(Path file, String no61, String no118, String title61, String title118, Kind kind) throws Exception {
        try (Designer d = new Designer(title61, false)) {
            TableHandle t = formBlock(d, dossierSql(no61, no118, title61, title118), 4);
            String who = "Kính gửi: Ông/Bà <b><VALUE-OF>row[\"APPLICANT\"]</VALUE-OF></b><br/>"
                    + "Địa chỉ: <VALUE-OF>row[\"ADDRESS\"]</VALUE-OF><br/>"
                    + "Số điện thoại: <VALUE-OF>row[\"PHONE\"]</VALUE-OF> &nbsp; Email: <VALUE-OF>row[\"EMAIL\"]</VALUE-OF><br/>"
                    + "Nội dung yêu cầu giải quyết: <b><VALUE-OF>row[\"PROCEDURE_NAME\"]</VALUE-OF></b><br/>"
                    + "Ngày tiếp nhận hồ sơ: <VALUE-OF>row[\"RECEIVED_TEXT\"]</VALUE-OF><br/><br/>";
            switch (kind) {
                case SUPPLEMENT -> {
                    Designer.cell(t, 2).getContent().add(d.html(who
                            + "Sau khi kiểm tra, thẩm định hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"));
                    OdaDataSetHandle req = d.dataSet("Supplement",
                            "SELECT CAST(s.round_no AS VARCHAR(4)) AS ROUND_NO, s.items AS ITEMS, s.reason AS REASON,\n"
                            + " COALESCE(u.full_name, s.requested_by) AS OFFICER, COALESCE(u.username, '') AS USERNAME\n"
                            + "FROM supplement_request s JOIN dossier d ON d.id = s.dossier_id\n"
                            + " LEFT JOIN user_account u ON u.username = s.requested_by\n"
                            + "WHERE d.code = ? ORDER BY s.round_no DESC FETCH FIRST 1 ROWS ONLY", "dossierCode");
                    Designer.cell(t, 3).getContent().add(d.list("SupplementItems", req, new String[] { "ROUND_NO", "ITEMS", "REASON" },
                            new String[] { "Lần", "Giấy tờ cần bổ sung, hoàn thiện", "Lý do" }, new String[] { "1.2cm", "8.3cm", "7cm" }));
                    TableHandle sign = d.block("Guide", req, 1, "OFFICER", "ROUND_NO");
                    Designer.cell(sign, 0).getContent().add(d.html("<br/>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ "
                            + "công chức <b><VALUE-OF>row[\"OFFICER\"]</VALUE-OF></b> để được hướng dẫn.<br/><br/>"
                            + "<table width=\"100%\"><tr><td width=\"50%\"></td><td style=\"text-align:center\"><b>NGƯỜI HƯỚNG DẪN</b><br/>"
                            + "<i>(Ký và ghi rõ họ tên)</i><br/><br/><br/><VALUE-OF>row[\"OFFICER\"]</VALUE-OF></td></tr></table>"));
                }
                case REFUSAL -> {
                    Designer.cell(t, 2).getContent().add(d.html(who
                            + "Sau khi nghiên cứu, đối chiếu với quy định, hồ sơ của Ông/Bà không đủ điều kiện tiếp nhận giải quyết "
                            + "với lý do cụ thể như sau:<br/><b><VALUE-OF>row[\"CLOSING_REASON\"]</VALUE-OF></b><br/>"
                            + "Xin thông báo để Ông/Bà được biết và thực hiện."));
                    Designer.cell(t, 3).getContent().add(d.html("<br/>" + signatures("", "NGƯỜI TIẾP NHẬN HỒ SƠ")));
                }
                case APOLOGY -> {
                    OdaDataSetHandle note = d.dataSet("Apology",
                            "SELECT a.note AS NOTE, 'ngày ' || TO_CHAR(a.at_time, 'DD') || ' tháng ' || TO_CHAR(a.at_time, 'MM')\n"
                            + "  || ' năm ' || TO_CHAR(a.at_time, 'YYYY') AS TODAY_TEXT\n"
                            + "FROM dossier_action a JOIN dossier d ON d.id = a.dossier_id\n"
                            + "WHERE d.code = ? AND a.action = 'APOLOGIZE' ORDER BY a.at_time DESC FETCH FIRST 1 ROWS ONLY", "dossierCode");
                    Designer.cell(t, 2).getContent().add(d.html(who
                            + "Thời hạn trả kết quả đã hẹn: <b><VALUE-OF>row[\"ORIGINAL_DUE_TEXT\"]</VALUE-OF></b><br/>"
                            + "Tuy nhiên đến nay, cơ quan giải quyết chưa trả kết quả đúng hẹn. Lý do:"));
                    // the reason and the date come from the Mẫu 04 audit record, nested in the form
                    TableHandle reason = d.nested("Reason", note, 1, "NOTE", "TODAY_TEXT");
                    Designer.cell(reason, 0).getContent().add(d.html("<b><VALUE-OF>row[\"NOTE\"].replace(/^Mẫu 04: /, \"\").replace(/ \\([^)]*\\)$/, \"\")</VALUE-OF></b><br/>"
                            + "Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi thành thật xin lỗi "
                            + "và hẹn trả kết quả (gia hạn) vào: <b><VALUE-OF>row._outer[\"DUE_TEXT\"]</VALUE-OF></b>.<br/><br/>"
                            + signatures("", "THỦ TRƯỞNG CƠ QUAN")));
                    Designer.cell(t, 3).getContent().add(reason);
                }
                case STOP -> {
                    Designer.cell(t, 2).getContent().add(d.html(who
                            + "Hồ sơ được dừng giải quyết kể từ <b><VALUE-OF>row[\"CLOSED_TEXT\"]</VALUE-OF></b> "
                            + "(<VALUE-OF>row[\"STATUS_TEXT\"]</VALUE-OF>).<br/>Lý do: <b><VALUE-OF>row[\"CLOSING_REASON\"]</VALUE-OF></b>"));
                    Designer.cell(t, 3).getContent().add(d.html("<br/>" + signatures("", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")));
                }
            }
            d.save(file);
        }
    }

    static void controlSlip(Path file) throws Exception {
        try (Designer d = new Designer("Phiếu kiểm soát quá trình giải quyết hồ sơ", true)) {
            TableHandle t = formBlock(d, dossierSql("Mẫu số 05", "Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                    "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), 3);
            Designer.cell(t, 2).getContent().add(d.html("Cơ quan (bộ phận) giải quyết hồ sơ: <VALUE-OF>row[\"OFFICE_NAME\"]</VALUE-OF><br/>"
                    + "Người nộp: <b><VALUE-OF>row[\"APPLICANT\"]</VALUE-OF></b> &nbsp; – &nbsp; <VALUE-OF>row[\"PROCEDURE_NAME\"]</VALUE-OF><br/>"
                    + "Ngày nhận: <VALUE-OF>row[\"RECEIVED_TEXT\"]</VALUE-OF> &nbsp; – &nbsp; Hẹn trả: <b><VALUE-OF>row[\"DUE_TEXT\"]</VALUE-OF></b><br/><br/>"));
            OdaDataSetHandle rows = d.dataSet("SlipRows",
                    "SELECT CAST(r.seq AS VARCHAR(4)) AS SEQ,\n"
                    + " 'Giao: ' || r.from_agency || CHR(10) || 'Nhận: ' || r.to_agency AS AGENCIES,\n"
                    + " TO_CHAR(r.handed_over_at, 'HH24') || ' giờ ' || TO_CHAR(r.handed_over_at, 'MI') || ' phút, ngày ' || TO_CHAR(r.handed_over_at, 'DD/MM/YYYY')\n"
                    + "   || CHR(10) || COALESCE(TO_CHAR(r.received_at, 'HH24') || ' giờ ' || TO_CHAR(r.received_at, 'MI') || ' phút, ngày ' || TO_CHAR(r.received_at, 'DD/MM/YYYY'), '(chưa nhận)') AS TIMES,\n"
                    + " 'Người giao: ' || r.handed_over_by || CHR(10) || 'Người nhận: ' || COALESCE(r.received_by, '') AS PEOPLE,\n"
                    + " CASE r.result WHEN 'EARLY' THEN 'Trước hạn' WHEN 'ON_TIME' THEN 'Đúng hạn' WHEN 'LATE' THEN 'Quá hạn' ELSE '' END AS RESULT,\n"
                    + " CASE r.note WHEN 'WALK_IN' THEN 'Nộp trực tiếp' WHEN 'POSTAL' THEN 'Nộp qua bưu chính công ích'\n"
                    + "  WHEN 'ONLINE' THEN 'Nộp trực tuyến' WHEN 'INTER_LEVEL' THEN 'Liên thông' ELSE COALESCE(r.note, '') END AS NOTE\n"
                    + "FROM control_slip_row r JOIN dossier d ON d.id = r.dossier_id WHERE d.code = ? ORDER BY r.seq", "dossierCode");
            d.design.getBody().add(d.list("SlipTable", rows, new String[] { "SEQ", "AGENCIES", "TIMES", "PEOPLE", "RESULT", "NOTE" },
                    new String[] { "STT", "Tên cơ quan (giao / nhận)", "Thời gian giao, nhận hồ sơ", "Người giao / người nhận",
                            "Kết quả giải quyết (trước / đúng / quá hạn)", "Ghi chú" },
                    new String[] { "1cm", "7.2cm", "5.2cm", "5.2cm", "3.6cm", "3.8cm" }));
            d.save(file);
        }
    }
}
