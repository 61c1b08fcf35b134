// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.PaperKind;
import org.motcua.core.workflow.SupplementItem;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;

/**
 * Every form rendered to PDF from a known dossier: the text is read back (code, applicant with
 * diacritics, dates, the form number of the set in force on the dossier's day of receipt), DejaVu is embedded, the receipt has its
 * QR code.
 */
class FormsTest {

    static final String APPLICANT = "Đoàn Ngữ Hồng Hạnh";
    static ReportWorld w;
    static BirtReportService reports;
    static Path out;
    static DossierView receipt;
    static DossierView supplement;
    static DossierView refusal;
    static DossierView apology;
    static DossierView stopped;
    static DossierView returned;

    @BeforeAll
    static void dossiers() throws Exception {
        setUp(new ReportWorld());
    }

    /** The dossiers every form is rendered from, in {@code world}'s database. */
    static void setUp(ReportWorld world) throws Exception {
        out = Pdfs.outputDir("forms");
        reports = new BirtReportService();
        w = world;
        receipt = w.receiveLand();
        // a paper of the procedure's list (its kind as the list says) and another one with its kind and reason
        supplement = w.act(w.landSpecialist, w.landAtDepartment(), new ActionRequest.RequestSupplement(List.of(
                SupplementItem.listed("Giấy chứng nhận đã cấp"),
                new SupplementItem("Bản sao trích lục bản đồ địa chính", PaperKind.CERTIFIED_COPY,
                        "Cần xác định nguồn gốc đất")), "Thiếu giấy tờ chứng minh nguồn gốc đất", LocalDate.of(2025, 6, 20)));
        refusal = w.core.workflow().refuse(w.desk, ReportWorld.request(ReportWorld.LAND, Channel.POSTAL),
                "Thủ tục không thuộc thẩm quyền giải quyết của cấp huyện");
        apology = w.landAtDepartment();
        stopped = w.landAtDepartment();
        returned = w.landAtDepartment();
        w.clock.set(LocalDateTime.of(2025, 6, 4, 16, 0));
        apology = w.act(w.leader, apology, new ActionRequest.Apologize(LocalDateTime.of(2025, 6, 10, 17, 0), "Chờ xác minh nguồn gốc đất"));
        stopped = w.act(w.landHead, stopped, new ActionRequest.Stop("Có tranh chấp đất đai"));
        returned = w.act(w.landSpecialist, returned, new ActionRequest.Forward(w.dept(w.district, "TNMT"), "trình ký"));
        returned = w.act(w.landSpecialist, returned, new ActionRequest.Recall("Thiếu bản vẽ"));
        returned = w.act(w.landSpecialist, returned, new ActionRequest.Forward(w.dept(w.district, "TNMT"), "trình ký"));
        returned = w.act(w.landHead, returned, new ActionRequest.Take());
        returned = w.act(w.landHead, returned, new ActionRequest.Finish("Đã ký"));
        w.clock.set(LocalDateTime.of(2025, 6, 5, 9, 30));
        returned = w.act(w.desk, returned, new ActionRequest.ReturnResult("Trả trực tiếp"));
    }

    @AfterAll
    static void close() {
        reports.shutdown();
        w.close();
    }

    static String render(String form, String code, String file) throws Exception {
        ReportDesign design = ReportCatalog.find(form).orElseThrow();
        Path pdf = out.resolve(file);
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.form(design, code, OutputFormat.PDF, pdf), c);
        }
        assertTrue(Pdfs.fonts(pdf).stream().anyMatch(f -> f.contains("DejaVu")), () -> "DejaVu not embedded in " + file);
        return Pdfs.text(pdf);
    }

    static void contains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing \"" + e + "\" in: " + text);
        }
    }

    @Test
    void receiptAndAppointment() throws Exception {
        String text = render("receipt", receipt.code(), "mau-01-receipt.pdf");
        contains(text, "Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt.code(), APPLICANT,
                "Đăng ký biến động đất đai (thử nghiệm)", "08 giờ 00 phút, ngày 02/06/2025", "08 giờ 00 phút, ngày 06/06/2025",
                "Đơn đăng ký biến động", "Giấy chứng nhận đã cấp", "quy định: 4 ngày làm việc", "Quyển số: 2025", "Số thứ tự: " + receipt.code().substring(receipt.code().length() - 4),
                "ồ", "ữ", "ạ", "Đ");
        assertTrue(Pdfs.hasImage(Pdfs.images(out.resolve("mau-01-receipt.pdf")), 200, 200), "QR code image missing");
    }

    @Test
    void supplementRequest() throws Exception {
        String text = render("supplement-request", supplement.code(), "mau-02-supplement.pdf");
        contains(text, "Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", supplement.code(), APPLICANT,
                "Bản sao trích lục bản đồ địa chính", "Thiếu giấy tờ chứng minh nguồn gốc đất", "Trần Văn Đất");
        String flat = text.replaceAll("\\s+", " ");
        // numbered in the district's year, dated the day it was issued, the applicant's deadline, each paper's kind
        contains(flat, "Số: 1/HDHS", "ngày 02 tháng 06 năm 2025", "trước ngày 20/06/2025",
                "Giấy chứng nhận đã cấp Bản chính", "Bản sao có chứng thực; ngoài thành phần hồ sơ của thủ tục, lý do: Cần xác định nguồn gốc đất");
    }

    @Test
    void refusal() throws Exception {
        String text = render("refusal", refusal.code(), "mau-03-refusal.pdf");
        contains(text, "Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", refusal.code(), APPLICANT,
                "Thủ tục không thuộc thẩm quyền giải quyết của cấp huyện");
    }

    @Test
    void apologyAndReappointment() throws Exception {
        String text = render("apology", apology.code(), "mau-04-apology.pdf");
        contains(text, "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", apology.code(), APPLICANT,
                "08 giờ 00 phút, ngày 06/06/2025", "17 giờ 00 phút, ngày 10/06/2025", "Chờ xác minh nguồn gốc đất");
        assertTrue(!text.contains("Mẫu 04:"), "the audit prefix leaked into the reason: " + text);
        assertTrue(text.indexOf("Chờ xác minh nguồn gốc đất") < text.indexOf("THỦ TRƯỞNG CƠ QUAN"), "reason after the signature: " + text);
        contains(text, "ngày 04 tháng 06 năm 2025");
    }

    @Test
    void stopNotice() throws Exception {
        String text = render("stop-notice", stopped.code(), "stop-notice-2018.pdf");
        contains(text, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", stopped.code(), APPLICANT, "Có tranh chấp đất đai",
                "16 giờ 00 phút, ngày 04/06/2025");
        assertTrue(!text.contains("Mẫu số 05"), "no stop-notice form number under TT 01/2018");
    }

    @Test
    void controlSlip() throws Exception {
        String text = render("control-slip", returned.code(), "mau-05-control-slip.pdf");
        contains(text, "Mẫu số 05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", returned.code(), APPLICANT,
                "Phòng Tài nguyên và Môi trường", "Nguyễn Thị Hồng", "Trước hạn", "Trả kết quả");
        // the recalled hand-off says so (its recall note, printed after the row's own note)
        contains(text.replace("\n", " "), "Thu hồi", "Thiếu bản vẽ");
        // notes are stored as keys and arguments, the applicant as a marker: printed in Vietnamese, named from the
        // dossier, whatever the workstation's language
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            text = render("control-slip", returned.code(), "mau-05-control-slip-en-workstation.pdf");
        } finally {
            Locale.setDefault(before);
        }
        String flat = text.replaceAll("\\s+", " ");
        contains(flat, "Giao: Người nộp hồ sơ: " + APPLICANT, "Nhận: Người nộp hồ sơ: " + APPLICANT, "Nộp trực tiếp",
                "Thu hồi: Thiếu bản vẽ", "Kết quả", "Trả kết quả");
        for (String leaked : List.of("@applicant", "slip.", "Applicant", "Submitted", "Recalled", "WALK_IN")) {
            assertTrue(!flat.contains(leaked), () -> "\"" + leaked + "\" on the printed slip: " + flat);
        }
    }

    /** A slip row written before notes were keyed prints its text as it is, beside the new rows. */
    @Test
    void controlSlipWithARowWrittenBefore() throws Exception {
        try (Connection c = w.dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO control_slip_row"
                + " (id, version, dossier_id, seq, step_index, from_agency, to_agency, handed_over_at, handed_over_by, note,"
                + " recall_note) SELECT 999001, 1, d.id, 99, 0, ?, 'Bộ phận một cửa – cũ', d.received_at, 'Cán bộ cũ', ?, ?"
                + " FROM dossier d WHERE d.code = ?")) {
            s.setString(1, "Người nộp hồ sơ: Tên Người Cũ");
            s.setString(2, "Bổ sung lần / supplement round 1");
            s.setString(3, "Thu hồi / recalled: nhầm phòng");
            s.setString(4, supplement.code());
            assertEquals(1, s.executeUpdate());
        }
        String flat = render("control-slip", supplement.code(), "mau-05-control-slip-old-row.pdf").replaceAll("\\s+", " ");
        contains(flat, "Giao: Người nộp hồ sơ: Tên Người Cũ", "Bổ sung lần / supplement round 1; Thu hồi / recalled: nhầm phòng",
                "Mẫu 02: Giấy chứng nhận đã cấp; Bản sao trích lục bản đồ địa chính", "Nhận: Người nộp hồ sơ: " + APPLICANT);
    }

    @Test
    void register() throws Exception {
        ReportDesign design = ReportCatalog.find("register").orElseThrow();
        Path pdf = out.resolve("mau-06-register.pdf");
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.period(design, w.district.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                    w.clock.now(), w.clock.now().plusDays(1), OutputFormat.PDF, pdf), c);
        }
        String text = Pdfs.text(pdf);
        contains(text, "Mẫu số 06", "SỔ THEO DÕI HỒ SƠ", receipt.code(), returned.code(), refusal.code(), APPLICANT,
                "Đã trả kết quả", "Dừng xử lý", "Từ chối");
    }

    /**
     * A form is numbered and titled by the form set in force on its dossier's day of receipt (the circular's day of
     * coming into force), not by the office's regime: after the district moves to NĐ 118/2025, the dossiers it
     * received in June 2025 still print their TT 01/2018 forms; one received after TT 03/2025 came into force
     * prints the 2025 set, and so does the register of a period ending then.
     */
    @Test
    void formsFollowTheDossiersDayOfReceiptNotTheOfficesRegime() throws Exception {
        LocalDateTime before = w.clock.now();
        try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE office SET regime = 'DECREE_118_2025' WHERE id = " + w.district.id());
        }
        try {
            String slip = render("control-slip", returned.code(), "mau-05-control-slip-after-regime-change.pdf");
            contains(slip, "Mẫu số 05", "Thông tư số 01/2018/TT-VPCP");
            assertTrue(!slip.contains("Mẫu số 06") && !slip.contains("03/2025"), () -> "a 2018 dossier printed as 2025: " + slip);
            String apologyText = render("apology", apology.code(), "mau-04-apology-after-regime-change.pdf");
            contains(apologyText, "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Thông tư số 01/2018/TT-VPCP");
            String stopText = render("stop-notice", stopped.code(), "stop-notice-after-regime-change.pdf");
            assertTrue(!stopText.contains("Mẫu số 05"), () -> "the 2018 set has no stop-notice number: " + stopText);

            // received on Monday 3 November 2025, after TT 03/2025 came into force
            w.clock.set(LocalDateTime.of(2025, 11, 3, 9, 0));
            DossierView late = w.landAtDepartment();
            DossierView lateStopped = w.landAtDepartment();
            late = w.act(w.leader, late, new ActionRequest.Apologize(LocalDateTime.of(2025, 11, 14, 17, 0), "Chờ xác minh nguồn gốc đất"));
            lateStopped = w.act(w.landHead, lateStopped, new ActionRequest.Stop("Có tranh chấp đất đai"));
            contains(render("receipt", late.code(), "mau-01-receipt-2025.pdf"), "Mẫu số 01", "Thông tư số 03/2025/TT-VPCP");
            contains(render("control-slip", late.code(), "mau-06-control-slip-2025.pdf"), "Mẫu số 06", "Thông tư số 03/2025/TT-VPCP");
            contains(render("apology", late.code(), "mau-04-apology-2025.pdf"), "Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN");
            contains(render("stop-notice", lateStopped.code(), "mau-05-stop-notice-2025.pdf"), "Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
            Path pdf = out.resolve("mau-07-register-2025.pdf");
            try (Connection c = w.dataSource.getConnection()) {
                reports.render(ReportRequest.period(ReportCatalog.find("register").orElseThrow(), w.district.id(),
                        LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), w.clock.now(), w.clock.now().plusDays(1),
                        OutputFormat.PDF, pdf), c);
            }
            contains(Pdfs.text(pdf), "Mẫu số 07", late.code());
            // the June register of the same office keeps its 2018 number
            contains(render2018Register(), "Mẫu số 06");
        } finally {
            w.clock.set(before);
            try (Connection c = w.dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE office SET regime = 'DECREE_61_2018' WHERE id = " + w.district.id());
            }
        }
    }

    private static String render2018Register() throws Exception {
        Path pdf = out.resolve("mau-06-register-after-regime-change.pdf");
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.period(ReportCatalog.find("register").orElseThrow(), w.district.id(),
                    LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), w.clock.now(), w.clock.now().plusDays(1),
                    OutputFormat.PDF, pdf), c);
        }
        return Pdfs.text(pdf);
    }

    @Test
    void htmlAndXlsxToo() throws Exception {
        ReportDesign design = ReportCatalog.find("receipt").orElseThrow();
        Path html = out.resolve("receipt.html");
        Path xlsx = out.resolve("register.xlsx");
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.form(design, receipt.code(), OutputFormat.HTML, html), c);
            reports.render(ReportRequest.period(ReportCatalog.find("register").orElseThrow(), 0, LocalDate.of(2025, 6, 1),
                    LocalDate.of(2025, 6, 30), w.clock.now(), w.clock.now().plusDays(1), OutputFormat.XLSX, xlsx), c);
        }
        String content = Files.readString(html);
        assertTrue(content.contains(receipt.code()) && content.contains(APPLICANT), "HTML lacks the dossier");
        assertTrue(content.contains("<img"), "HTML lacks the QR code");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertTrue(all.toString().contains(returned.code()), () -> "XLSX lacks the dossier: " + all);
        }
    }
}
