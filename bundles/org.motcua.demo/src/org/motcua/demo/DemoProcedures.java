// SPDX-License-Identifier: EPL-2.0
package org.motcua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.StepDefinition;

/**
 * Stand-in procedures for a demo workspace on which no procedure module is installed: a district land
 * change registration and a commune → district social allowance with public posting. Their codes start
 * with {@code DEMO.} so that they are never mistaken for the real ones.
 */
final class DemoProcedures {

    private DemoProcedures() {
    }

    static List<ProcedureDefinition> all() {
        return List.of(land(), social());
    }

    private static ProcedureDefinition land() {
        return new ProcedureDefinition("DEMO.LAND", "demo-1", "Đăng ký biến động tên, địa chỉ (minh họa)",
                "Change of name or address (demo)", "Minh họa", LocalDate.of(2018, 1, 1), null, Regime.DECREE_61_2018,
                OfficeLevel.DISTRICT, 3, 0, BigDecimal.valueOf(4), DurationUnit.WORKING_DAYS,
                List.of(new DocumentRequirement("Đơn đăng ký biến động (Mẫu 09/ĐK)", "Application", true, 1, false),
                        new DocumentRequirement("Giấy chứng nhận đã cấp", "Certificate", true, 1, false)),
                List.of(step("TN", "Tiếp nhận", OfficeLevel.DISTRICT, List.of("MOTCUA"), 0.5, List.of()),
                        step("TD", "Thẩm định hồ sơ", OfficeLevel.DISTRICT, List.of("VPDK"), 2, List.of()),
                        step("PD", "Trình ký, cập nhật", OfficeLevel.DISTRICT, List.of("TNMT"), 1.5, List.of())),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    private static ProcedureDefinition social() {
        return new ProcedureDefinition("DEMO.SOCIAL", "demo-1", "Trợ cấp xã hội hằng tháng (minh họa)",
                "Monthly social allowance (demo)", "Minh họa theo NĐ 20/2021", LocalDate.of(2021, 7, 1), null,
                Regime.DECREE_61_2018, OfficeLevel.COMMUNE, 2, 0, BigDecimal.valueOf(20), DurationUnit.WORKING_DAYS,
                List.of(new DocumentRequirement("Tờ khai (Mẫu 1a)", "Declaration", true, 1, false)),
                List.of(step("TN", "Tiếp nhận", OfficeLevel.COMMUNE, List.of("MOTCUA"), 0.5, List.of()),
                        step("XA", "Xã xét duyệt, niêm yết công khai", OfficeLevel.COMMUNE, List.of("LDTBXH"), 7,
                                List.of(GuardSpec.publicPosting(2, DurationUnit.WORKING_DAYS))),
                        step("TD", "Phòng LĐTBXH thẩm định", OfficeLevel.DISTRICT, List.of("LDTBXH"), 7, List.of()),
                        step("QD", "Chủ tịch UBND huyện quyết định", OfficeLevel.DISTRICT, List.of("LDTBXH"), 3, List.of())),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    private static StepDefinition step(String code, String name, OfficeLevel level, List<String> agencies, double days,
            List<GuardSpec> guards) {
        return new StepDefinition(code, name, null, level, agencies, BigDecimal.valueOf(days), DurationUnit.WORKING_DAYS,
                guards);
    }
}
