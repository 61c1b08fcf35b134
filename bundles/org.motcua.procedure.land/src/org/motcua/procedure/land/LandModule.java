// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.land;

import static org.motcua.core.calendar.DurationUnit.CALENDAR_DAYS;
import static org.motcua.core.calendar.DurationUnit.WORKING_DAYS;
import static org.motcua.core.org.OfficeLevel.COMMUNE;
import static org.motcua.core.org.OfficeLevel.DISTRICT;

import java.time.LocalDate;
import java.util.List;

import org.motcua.core.procedure.AbstractProcedureModule;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FieldRule;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.SupplementRule;
import org.motcua.core.procedure.ProcedureModule;
import org.osgi.service.component.annotations.Component;

/**
 * Land procedures (đất đai): first registration and first certificate of land-use rights for an
 * individual, and change registration of name or address. Three versions each: the district era
 * (NĐ 61/2018, received at the district desk), the 2025 regime before Đồng Tháp's own rules
 * (Luật Đất đai 2024 and NĐ 151/2025 at the commune centre, 2025-07-01 to 2025-12-04) and Đồng Tháp
 * QĐ 138/2025/QĐ-UBND (from 2025-12-05). Department codes an office needs: MOTCUA, VPDK, THUE and,
 * in the district era, TNMT and LANHDAO; at the commune centre DIACHINH and LANHDAO. Form fields, the
 * same in every version: the parcel, its area and land-use purpose (first registration); the parcel, what
 * changes, and the old and new value (change registration).
 */
@Component(service = ProcedureModule.class)
public final class LandModule extends AbstractProcedureModule {

    /** The module id. */
    public static final String ID = "org.motcua.procedure.land";
    /** First registration and first certificate for an individual (local code: national code not verified). */
    public static final String FIRST_CERTIFICATE = "DT.DD.01";
    /** Change registration of the holder's name or address (local code). */
    public static final String CHANGE_NAME_ADDRESS = "DT.DD.02";

    /** Field: the land parcel (map sheet number / parcel number). */
    public static final String FIELD_PARCEL = "parcel";
    /** Field: the parcel's area in m². */
    public static final String FIELD_AREA = "area";
    /** Field: the land-use purpose (code of the land category). */
    public static final String FIELD_LAND_USE = "landUse";
    /** Field: what the change registration changes (name, address or both). */
    public static final String FIELD_CHANGE = "change";
    /** Field: the name or address as on the certificate. */
    public static final String FIELD_OLD_VALUE = "oldValue";
    /** Field: the new name or address. */
    public static final String FIELD_NEW_VALUE = "newValue";

    static final LocalDate DISTRICT_ERA_FROM = LocalDate.of(2018, 6, 21);
    static final LocalDate DISTRICT_ERA_TO = LocalDate.of(2025, 6, 30);
    static final LocalDate REGIME_2025_FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate QD138_FROM = LocalDate.of(2025, 12, 5);
    /** Đồng Tháp's time to hand a land result back or tell the applicant it is ready (docs/legal.md). */
    static final String QD138_RETURN = "QĐ 138/2025/QĐ-UBND tỉnh Đồng Tháp, Quy chế Điều 3.4.b: trả kết quả hoặc thông báo"
            + " đã có kết quả trong thời hạn không quá 03 ngày kể từ ngày có kết quả (đọc là ngày làm việc)";

    /** Creates the module (Declarative Services calls this). */
    public LandModule() {
        super(ID, "Đất đai", "Land");
    }

    @Override
    protected List<ProcedureDefinition> define() {
        ProcedureDefinition first2025 = firstCertificate2025();
        ProcedureDefinition change2025 = changeNameAddress2025();
        return List.of(firstCertificateDistrictEra(), first2025,
                ProcedureBuilder.from(first2025).version("2025-qd138").effective(QD138_FROM, null)
                        .legalBasis("QĐ 138/2025/QĐ-UBND tỉnh Đồng Tháp, Điều 51.2; NĐ 151/2025/NĐ-CP")
                        .resultReturn(3, WORKING_DAYS, QD138_RETURN).supplementRule(SupplementRule.DONG_THAP_LAND).build(),
                changeNameAddressDistrictEra(), change2025,
                ProcedureBuilder.from(change2025).version("2025-qd138").effective(QD138_FROM, null)
                        .legalBasis("QĐ 138/2025/QĐ-UBND tỉnh Đồng Tháp, Điều 31; NĐ 151/2025/NĐ-CP")
                        .resultReturn(3, WORKING_DAYS, QD138_RETURN).supplementRule(SupplementRule.DONG_THAP_LAND)
                        .build());
    }

    /** The parcel, as the map extract or the certificate gives it. */
    static FormField parcel() {
        FieldRule positiveWhole = FieldRule.pattern("0*[1-9][0-9]{0,5}", "Phải là số nguyên dương.",
                "Must be a positive whole number.");
        return FormField.composite(FIELD_PARCEL, "Thửa đất (số tờ/số thửa)", "Land parcel (sheet/parcel)", "/",
                FormField.number("sheet", "Số tờ bản đồ", "Map sheet").rule(positiveWhole),
                FormField.number("parcel", "Số thửa", "Parcel number").rule(positiveWhole))
                .display("Tờ bản đồ số {0}, thửa đất số {1}", "Map sheet {0}, parcel {1}").required().example("12/345");
    }

    /** The fields of the first registration, the same in every version (the application form gives them). */
    private static ProcedureBuilder firstCertificateBase(String version) {
        return ProcedureBuilder.procedure(FIRST_CERTIFICATE, version)
                .name("Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho cá nhân",
                        "First land registration and first land-use right certificate for an individual")
                .online(3).financialObligation()
                .field(parcel())
                .field(FormField.number(FIELD_AREA, "Diện tích (m²)", "Area (m²)").required().example("152,5")
                        .rule(FieldRule.range(0.1, 1_000_000, "Diện tích phải lớn hơn 0 và không quá 1.000.000 m² (100 ha).",
                                "The area must be more than 0 and at most 1,000,000 m² (100 ha).")))
                .field(FormField.choice(FIELD_LAND_USE, "Mục đích sử dụng đất", "Land-use purpose",
                        FieldOption.of("ONT", "Đất ở tại nông thôn (ONT)", "Rural residential land (ONT)"),
                        FieldOption.of("ODT", "Đất ở tại đô thị (ODT)", "Urban residential land (ODT)"),
                        FieldOption.of("LUC", "Đất chuyên trồng lúa (LUC)", "Paddy land (LUC)"),
                        FieldOption.of("BHK", "Đất trồng cây hằng năm khác (BHK)", "Other annual crops (BHK)"),
                        FieldOption.of("CLN", "Đất trồng cây lâu năm (CLN)", "Perennial crops (CLN)"),
                        FieldOption.of("NTS", "Đất nuôi trồng thủy sản (NTS)", "Aquaculture (NTS)"))
                        .required().example("ONT"));
    }

    /** District era: received at the district desk, the branch land registration office does the work. */
    static ProcedureDefinition firstCertificateDistrictEra() {
        return firstCertificateBase("2018-nd61")
                .legalBasis("NĐ 61/2018/NĐ-CP; Luật Đất đai 2013, NĐ 43/2014/NĐ-CP (thời hạn 20 ngày làm việc, chia hai lần hẹn như QĐ 138/2025: chưa đối chiếu quy định cấp huyện)")
                .effective(DISTRICT_ERA_FROM, DISTRICT_ERA_TO)
                .original("Đơn đăng ký, cấp Giấy chứng nhận (Mẫu 04a/ĐK)", "Application form 04a/ĐK", 1)
                .copy("Giấy tờ về quyền sử dụng đất", "Papers on the land-use right", 1)
                .optional("Chứng từ thực hiện nghĩa vụ tài chính", "Proof of financial obligations paid", false, 1)
                .forms("Mẫu 04a/ĐK (TT 24/2014/TT-BTNMT)", "Phiếu chuyển thông tin địa chính", "Mẫu 01–06 (TT 01/2018/TT-VPCP)")
                .step("TN", "Tiếp nhận, kiểm tra hồ sơ", "Reception", DISTRICT, 0.5, "MOTCUA")
                .step("XM", "Trích đo, xác minh hiện trạng, niêm yết công khai 15 ngày", "Survey, verification, public posting", DISTRICT, 13.5, "VPDK")
                .guard(GuardSpec.publicPosting(15, CALENDAR_DAYS))
                .step("THUE", "Gửi phiếu chuyển thông tin xác định nghĩa vụ tài chính", "Send the tax-information slip", DISTRICT, 1, "VPDK")
                .financialObligationStep()
                .step("PD", "Thẩm định, trình ký", "Appraisal, submission", DISTRICT, 2, "TNMT")
                .step("KY", "Ký Giấy chứng nhận", "Signing the certificate", DISTRICT, 1, "LANHDAO")
                .step("CN", "Cập nhật cơ sở dữ liệu địa chính", "Cadastral update", DISTRICT, 2, "VPDK")
                .build();
    }

    /** 2025 regime: the commune centre receives, the commune land officer works, the branch office updates. */
    static ProcedureDefinition firstCertificate2025() {
        return firstCertificateBase("2025-nd151")
                .legalBasis("NĐ 118/2025/NĐ-CP; Luật Đất đai 2024, NĐ 151/2025/NĐ-CP (các bước như QĐ 138/2025 của tỉnh, áp dụng từ 01/7/2025)")
                .effective(REGIME_2025_FROM, QD138_FROM.minusDays(1))
                .original("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 15)", "Application form 15", 1)
                .copy("Giấy tờ về quyền sử dụng đất", "Papers on the land-use right", 1)
                .optional("Danh sách kèm theo (Mẫu 15a/15b/15c)", "Attached lists (forms 15a/15b/15c)", true, 1)
                .forms("Mẫu 15, 15a, 15b, 15c (NĐ 151/2025)", "Mẫu 19 phiếu chuyển thông tin (NĐ 151/2025)", "Mẫu 01–07 (TT 03/2025/TT-VPCP)")
                .step("TN", "Tiếp nhận, kiểm tra hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XM", "Trích lục bản đồ, xác minh hiện trạng, nguồn gốc, quy hoạch; niêm yết 15 ngày", "Map extract, verification, public posting", COMMUNE, 13.5, "DIACHINH")
                .guard(GuardSpec.publicPosting(15, CALENDAR_DAYS))
                .step("THUE", "Gửi phiếu chuyển thông tin (Mẫu 19) đến cơ quan thuế", "Send the tax-information slip (form 19)", COMMUNE, 1, "DIACHINH")
                .financialObligationStep()
                .step("PD", "Nhận chứng từ nộp tiền, thẩm định, trình ký", "Payment received, approval, submission", COMMUNE, 2, "DIACHINH")
                .step("KY", "Chủ tịch UBND xã ký Giấy chứng nhận", "Commune chairman signs the certificate", COMMUNE, 1, "LANHDAO")
                .step("CN", "Cập nhật hồ sơ địa chính", "Cadastral records update", COMMUNE, 1, "DIACHINH")
                .step("CSDL", "Chi nhánh VPĐKĐĐ cập nhật cơ sở dữ liệu", "Branch registration office updates the database", COMMUNE, 1, "VPDK")
                .build();
    }

    private static ProcedureBuilder changeBase(String version) {
        return ProcedureBuilder.procedure(CHANGE_NAME_ADDRESS, version)
                .name("Đăng ký biến động do thay đổi họ tên, địa chỉ của người sử dụng đất",
                        "Change registration: name or address of the land user")
                .online(4)
                .field(parcel())
                .field(FormField.choice(FIELD_CHANGE, "Nội dung thay đổi", "What changes",
                        FieldOption.of("NAME", "Họ tên", "Name"), FieldOption.of("ADDRESS", "Địa chỉ", "Address"),
                        FieldOption.of("NAME_ADDRESS", "Họ tên và địa chỉ", "Name and address")).required().example("ADDRESS"))
                .field(FormField.text(FIELD_OLD_VALUE, "Thông tin cũ (như trên Giấy chứng nhận)", "Old value (as on the certificate)")
                        .required().example("Ấp 3, xã Mỹ An, huyện Tháp Mười"))
                .field(FormField.text(FIELD_NEW_VALUE, "Thông tin mới", "New value").required()
                        .example("Ấp 3, xã Tháp Mười, tỉnh Đồng Tháp"))
                .copy("Giấy tờ chứng minh việc thay đổi họ tên, địa chỉ", "Proof of the new name or address", 1)
                .original("Giấy chứng nhận đã cấp", "The certificate issued", 1);
    }

    static ProcedureDefinition changeNameAddressDistrictEra() {
        return changeBase("2018-nd61")
                .legalBasis("NĐ 61/2018/NĐ-CP; NĐ 43/2014/NĐ-CP (4 ngày làm việc như QĐ 138/2025 Điều 31: chưa đối chiếu quy định cấp huyện)")
                .effective(DISTRICT_ERA_FROM, DISTRICT_ERA_TO)
                .original("Đơn đăng ký biến động (Mẫu 09/ĐK)", "Change application form 09/ĐK", 1)
                .forms("Mẫu 09/ĐK (TT 24/2014/TT-BTNMT)", "Mẫu 01–06 (TT 01/2018/TT-VPCP)")
                .step("TN", "Tiếp nhận, kiểm tra hồ sơ", "Reception", DISTRICT, 0.5, "MOTCUA")
                .step("XL", "Kiểm tra, xác nhận thay đổi trên Giấy chứng nhận", "Check and endorse the certificate", DISTRICT, 3, "VPDK")
                .step("CN", "Cập nhật cơ sở dữ liệu địa chính", "Cadastral update", DISTRICT, 0.5, "VPDK")
                .build();
    }

    static ProcedureDefinition changeNameAddress2025() {
        return changeBase("2025-nd151")
                .legalBasis("NĐ 118/2025/NĐ-CP; NĐ 151/2025/NĐ-CP (4 ngày làm việc như QĐ 138/2025 Điều 31)")
                .effective(REGIME_2025_FROM, QD138_FROM.minusDays(1))
                .original("Đơn đăng ký biến động (Mẫu 18)", "Change application form 18", 1)
                .forms("Mẫu 18 (NĐ 151/2025)", "Mẫu 01–07 (TT 03/2025/TT-VPCP)")
                .step("TN", "Tiếp nhận, kiểm tra hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XL", "Chi nhánh VPĐKĐĐ kiểm tra, xác nhận thay đổi", "Branch office checks and endorses", COMMUNE, 3, "VPDK")
                .step("CN", "Cập nhật cơ sở dữ liệu địa chính", "Cadastral update", COMMUNE, 0.5, "VPDK")
                .build();
    }
}
