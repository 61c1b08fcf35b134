// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.social;

import static org.motcua.core.calendar.DurationUnit.WORKING_DAYS;
import static org.motcua.core.org.OfficeLevel.COMMUNE;
import static org.motcua.core.org.OfficeLevel.DISTRICT;

import java.time.LocalDate;
import java.util.List;

import org.motcua.core.procedure.AbstractProcedureModule;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureModule;
import org.osgi.service.component.annotations.Component;

/**
 * Social protection (bảo trợ xã hội): the monthly social allowance for a person or child with a
 * disability (NĐ 20/2021/NĐ-CP, Arts. 7–8). The commune's review ends with a public posting of 2
 * working days and the complaints recorded: the step the Cao Lãnh inspection found skipped is a
 * guard, so the dossier cannot leave the review without it. Department codes an office needs:
 * MOTCUA, LDTBXH and LANHDAO (district era, at commune and district); VHXH and LANHDAO at a commune
 * centre under NĐ 118/2025. The allowance itself is computed by {@link DisabilityAllowance}, from the form
 * fields the desk fills in (degree of disability and age group, the same in both versions).
 */
@Component(service = ProcedureModule.class)
public final class SocialModule extends AbstractProcedureModule {

    /** The module id. */
    public static final String ID = "org.motcua.procedure.social";
    /** National TTHC code (secondary source). */
    public static final String DISABILITY_ALLOWANCE = "1.001776";

    /** Field: the degree of disability, the code of a {@link DisabilityAllowance.Severity}. */
    public static final String FIELD_SEVERITY = "severity";
    /** Field: the age group of the person with a disability, an {@link DisabilityAllowance.AgeGroup}. */
    public static final String FIELD_AGE_GROUP = "ageGroup";
    /** Field: the identification number of the person with a disability (when not the applicant). */
    public static final String FIELD_PERSON_ID = "personId";

    static final LocalDate ND20_FROM = LocalDate.of(2021, 7, 1);
    static final LocalDate DISTRICT_ERA_TO = LocalDate.of(2025, 6, 30);
    static final LocalDate REGIME_2025_FROM = LocalDate.of(2025, 7, 1);

    /** Creates the module (Declarative Services calls this). */
    public SocialModule() {
        super(ID, "Bảo trợ xã hội", "Social protection");
    }

    @Override
    protected List<ProcedureDefinition> define() {
        return List.of(districtEra(), regime2025());
    }

    private static ProcedureBuilder base(String version) {
        return ProcedureBuilder.procedure(DISABILITY_ALLOWANCE, version)
                .name("Trợ cấp xã hội hằng tháng đối với người khuyết tật, trẻ em khuyết tật",
                        "Monthly social allowance for a person or child with a disability")
                .online(3)
                .original("Tờ khai đề nghị trợ giúp xã hội (Mẫu 1a–1đ)", "Application for social assistance (forms 1a–1đ)", 1)
                .field(FormField.choice(FIELD_SEVERITY, "Mức độ khuyết tật (theo giấy xác nhận)",
                        "Degree of disability (as certified)",
                        FieldOption.of(DisabilityAllowance.Severity.SEVERE.name(), "Khuyết tật nặng", "Severe"),
                        FieldOption.of(DisabilityAllowance.Severity.EXTREMELY_SEVERE.name(), "Khuyết tật đặc biệt nặng",
                                "Especially severe"))
                        .required().example(DisabilityAllowance.Severity.SEVERE.name()))
                .field(FormField.choice(FIELD_AGE_GROUP, "Nhóm tuổi của người khuyết tật", "Age group of the person",
                        FieldOption.of(DisabilityAllowance.AgeGroup.CHILD.name(), "Trẻ em (dưới 16 tuổi)", "Child (under 16)"),
                        FieldOption.of(DisabilityAllowance.AgeGroup.ADULT.name(), "Từ 16 đến dưới 60 tuổi", "16 to under 60"),
                        FieldOption.of(DisabilityAllowance.AgeGroup.ELDERLY.name(), "Người cao tuổi (từ 60 tuổi)", "Elderly (60 or over)"))
                        .required().example(DisabilityAllowance.AgeGroup.ADULT.name()))
                .field(FormField.citizenId(FIELD_PERSON_ID, "Số định danh của người khuyết tật (nếu không phải người nộp)",
                        "Id number of the person with a disability (if not the applicant)"))
                .optional("Giấy xác nhận khuyết tật (xuất trình)", "Disability certificate (shown)", true, 1)
                .optional("Giấy khai sinh của trẻ em (xuất trình)", "Birth certificate of the child (shown)", true, 1)
                .forms("Tờ khai Mẫu 1a–1đ (NĐ 20/2021)", "Quyết định trợ cấp xã hội hằng tháng");
    }

    /** District era: commune review and posting, proposal, district appraisal and decision. */
    static ProcedureDefinition districtEra() {
        return base("2021-nd20")
                .legalBasis("NĐ 20/2021/NĐ-CP, Điều 7–8; NĐ 61/2018/NĐ-CP")
                .effective(ND20_FROM, DISTRICT_ERA_TO)
                .step("TN", "Tiếp nhận hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XET", "Xã xét duyệt, niêm yết công khai 2 ngày làm việc, giải quyết khiếu nại", "Commune review, public posting, complaints", COMMUNE, 6.5, "LDTBXH")
                .guard(GuardSpec.publicPosting(2, WORKING_DAYS))
                .step("DENGHI", "Chủ tịch UBND xã gửi văn bản đề nghị lên Phòng LĐTBXH", "Commune chairman sends the proposal to the district", COMMUNE, 3, "LDTBXH")
                .step("THAMDINH", "Phòng LĐTBXH thẩm định", "District labour office appraises", DISTRICT, 7, "LDTBXH")
                .step("QD", "Chủ tịch UBND huyện quyết định", "District chairman decides", DISTRICT, 3, "LANHDAO")
                .build();
    }

    /**
     * 2025 regime: no district level; the commune does the appraisal and its chairman decides. The
     * durations of NĐ 20/2021 are kept; the competence shift is unverified (see docs/procedure-modules.md).
     */
    static ProcedureDefinition regime2025() {
        return base("2025-nd118")
                .legalBasis("NĐ 20/2021/NĐ-CP, Điều 7–8; NĐ 118/2025/NĐ-CP (thẩm quyền quyết định cấp xã: chưa kiểm chứng)")
                .effective(REGIME_2025_FROM, null)
                .step("TN", "Tiếp nhận hồ sơ", "Reception", COMMUNE, 0.5, "MOTCUA")
                .step("XET", "Xét duyệt, niêm yết công khai 2 ngày làm việc, giải quyết khiếu nại", "Review, public posting, complaints", COMMUNE, 6.5, "VHXH")
                .guard(GuardSpec.publicPosting(2, WORKING_DAYS))
                .step("DENGHI", "Lập văn bản đề nghị", "Proposal", COMMUNE, 3, "VHXH")
                .step("THAMDINH", "Phòng Văn hóa – Xã hội thẩm định", "Appraisal", COMMUNE, 7, "VHXH")
                .step("QD", "Chủ tịch UBND xã quyết định", "Commune chairman decides", COMMUNE, 3, "LANHDAO")
                .build();
    }
}
