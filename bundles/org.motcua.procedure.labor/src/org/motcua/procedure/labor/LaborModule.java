// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.labor;

import static org.motcua.core.calendar.DurationUnit.CALENDAR_DAYS;
import static org.motcua.core.calendar.DurationUnit.WORKING_DAYS;
import static org.motcua.core.org.OfficeLevel.COMMUNE;
import static org.motcua.core.org.OfficeLevel.DISTRICT;
import static org.motcua.core.org.OfficeLevel.PROVINCE;

import java.time.LocalDate;
import java.util.List;

import org.motcua.core.procedure.AbstractProcedureModule;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FieldRule;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureModule;
import org.osgi.service.component.annotations.Component;

/**
 * Persons with meritorious services (người có công): the one-off allowance and burial benefit when a
 * person with meritorious services dies (NĐ 131/2021/NĐ-CP, Arts. 122–123). An inter-level procedure:
 * the commune confirms and sends the dossier up, the receiving office accepts or returns it with a
 * reason, within its acceptance SLA. Department codes an office needs: MOTCUA, LDTBXH at commune and
 * district, SLDTBXH at the province (district era); VHXH at the commune centre and SNV at the
 * provincial centre (NĐ 118/2025).
 */
@Component(service = ProcedureModule.class)
public final class LaborModule extends AbstractProcedureModule {

    /** The module id. */
    public static final String ID = "org.motcua.procedure.labor";
    /** One-off allowance when a person with meritorious services dies (local code: national code not verified). */
    public static final String DEATH_BENEFIT = "DT.NCC.01";

    /** Field: the deceased's full name. */
    public static final String FIELD_DECEASED_NAME = "deceasedName";
    /** Field: the deceased's identification number. */
    public static final String FIELD_DECEASED_ID = "deceasedId";
    /** Field: the date of death. */
    public static final String FIELD_DEATH_DATE = "deathDate";
    /** Field: the applicant's relationship to the deceased. */
    public static final String FIELD_RELATIONSHIP = "relationship";
    /** Field: the deceased's category of meritorious services. */
    public static final String FIELD_MERIT_CATEGORY = "meritCategory";

    static final LocalDate ND131_FROM = LocalDate.of(2022, 2, 15);
    static final LocalDate DISTRICT_ERA_TO = LocalDate.of(2025, 6, 30);
    static final LocalDate REGIME_2025_FROM = LocalDate.of(2025, 7, 1);

    /** Creates the module (Declarative Services calls this). */
    public LaborModule() {
        super(ID, "Người có công", "Persons with meritorious services");
    }

    @Override
    protected List<ProcedureDefinition> define() {
        return List.of(districtEra(), regime2025());
    }

    private static ProcedureBuilder base(String version) {
        return ProcedureBuilder.procedure(DEATH_BENEFIT, version)
                .name("Trợ cấp một lần, mai táng phí khi người có công với cách mạng từ trần",
                        "One-off allowance and burial benefit when a person with meritorious services dies")
                .online(3)
                .field(FormField.text(FIELD_DECEASED_NAME, "Họ tên người có công đã từ trần", "Full name of the deceased")
                        .required().example("Trần Văn Hai")
                        .rule(FieldRule.pattern("[\\p{L}\\p{M} .'-]{2,100}", "Họ tên chỉ gồm chữ cái và khoảng trắng (2–100 ký tự).",
                                "The name may hold only letters and spaces (2–100 characters).")))
                .field(FormField.citizenId(FIELD_DECEASED_ID, "Số CCCD của người từ trần", "Id number of the deceased"))
                .field(FormField.date(FIELD_DEATH_DATE, "Ngày từ trần", "Date of death").required().example("10/02/2022")
                        .rule(FieldRule.notInFuture("Ngày từ trần không được sau ngày nhận hồ sơ.",
                                "The date of death cannot be after the day the dossier is received.")))
                .field(FormField.choice(FIELD_RELATIONSHIP, "Quan hệ của người nộp với người từ trần",
                        "Applicant's relationship to the deceased",
                        FieldOption.of("SPOUSE", "Vợ hoặc chồng", "Spouse"),
                        FieldOption.of("CHILD", "Con", "Child"),
                        FieldOption.of("PARENT", "Cha, mẹ", "Parent"),
                        FieldOption.of("RELATIVE", "Thân nhân khác", "Other relative"),
                        FieldOption.of("ORGANISER", "Người tổ chức mai táng", "Person who organised the burial"))
                        .required().example("CHILD"))
                .field(FormField.choice(FIELD_MERIT_CATEGORY, "Diện người có công", "Category of meritorious services",
                        FieldOption.of("PRE_1945", "Người hoạt động cách mạng trước 01/01/1945", "Revolutionary activist before 1945"),
                        FieldOption.of("AUGUST_1945", "Người hoạt động cách mạng từ 01/01/1945 đến Tổng khởi nghĩa 19/8/1945",
                                "Revolutionary activist 1945 up to the August Revolution"),
                        FieldOption.of("HEROIC_MOTHER", "Bà mẹ Việt Nam anh hùng", "Vietnamese Heroic Mother"),
                        FieldOption.of("HERO", "Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động trong kháng chiến",
                                "Hero of the People's Armed Forces, Labour Hero in the resistance"),
                        FieldOption.of("WOUNDED", "Thương binh, người hưởng chính sách như thương binh", "War invalid (or treated as one)"),
                        FieldOption.of("SICK_SOLDIER", "Bệnh binh", "Sick soldier"),
                        FieldOption.of("AGENT_ORANGE", "Người hoạt động kháng chiến bị nhiễm chất độc hóa học",
                                "Resistance activist exposed to toxic chemicals"),
                        FieldOption.of("PRISONER", "Người hoạt động cách mạng, kháng chiến bị địch bắt tù, đày",
                                "Activist imprisoned by the enemy"),
                        FieldOption.of("RESISTANCE", "Người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế",
                                "Resistance, defence of the country, international duty"),
                        FieldOption.of("HELPER", "Người có công giúp đỡ cách mạng", "Person who helped the revolution"))
                        .required().example("WOUNDED"))
                .original("Bản khai (Mẫu 12)", "Declaration (form 12)", 1)
                .copy("Bản sao được chứng thực giấy báo tử hoặc trích lục khai tử", "Certified copy of the death notice or death-registration extract", 1)
                .forms("Mẫu 12 (NĐ 131/2021)", "Mẫu 72 quyết định thôi hưởng", "Mẫu 74 quyết định trợ cấp");
    }

    /**
     * District era: commune 5 working days → district 7 working days → province 12 calendar days. The
     * whole is bounded by 22 working days (12 calendar days hold at most 10 working days).
     */
    static ProcedureDefinition districtEra() {
        return base("2022-nd131")
                .legalBasis("NĐ 131/2021/NĐ-CP, Điều 122–123; NĐ 61/2018/NĐ-CP")
                .effective(ND131_FROM, DISTRICT_ERA_TO)
                .step("TN", "Tiếp nhận hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XA", "UBND xã xác nhận, lập danh sách gửi Phòng LĐTBXH", "Commune confirms and sends the list", COMMUNE, 4.5, "LDTBXH")
                .step("HUYEN", "Phòng LĐTBXH kiểm tra, gửi Sở", "District labour office checks and forwards", DISTRICT, 7, "LDTBXH")
                .step("TINH", "Sở LĐTBXH ra quyết định (Mẫu 72, 74)", "Provincial department decides (forms 72, 74)", PROVINCE, 12, CALENDAR_DAYS, "SLDTBXH")
                .total(22, WORKING_DAYS)
                .build();
    }

    /**
     * 2025 regime: no district; the commune centre sends straight to the province (Sở Nội vụ took over
     * the labour department's tasks). Durations kept from NĐ 131/2021; the re-mapping is unverified.
     */
    static ProcedureDefinition regime2025() {
        return base("2025-nd118")
                .legalBasis("NĐ 131/2021/NĐ-CP, Điều 122–123; NĐ 118/2025/NĐ-CP (bỏ cấp huyện: chưa kiểm chứng thời hạn mới)")
                .effective(REGIME_2025_FROM, null)
                .step("TN", "Tiếp nhận hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XA", "UBND xã xác nhận, gửi Sở Nội vụ", "Commune confirms and sends to the province", COMMUNE, 4.5, "VHXH")
                .step("TINH", "Sở Nội vụ ra quyết định (Mẫu 72, 74)", "Provincial department decides (forms 72, 74)", PROVINCE, 12, CALENDAR_DAYS, "SNV")
                .total(15, WORKING_DAYS)
                .build();
    }
}
