// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.config.Holiday;
import org.motcua.core.config.VietnamHolidays;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;

/** The generic parent: builder defaults, derived versions, overlap checks; and the shipped holidays. */
class ProcedureBuilderTest {

    private static ProcedureBuilder base() {
        return ProcedureBuilder.procedure("X.1", "v1").name("Thử", "Test")
                .effective(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30))
                .original("Đơn", "Form", 1)
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                .step("XL", "Xử lý", "Processing", OfficeLevel.DISTRICT, 3, "VPDK")
                .guard(GuardSpec.publicPosting(2, DurationUnit.WORKING_DAYS));
    }

    @Test
    void defaultsComeFromTheDatesAndTheSteps() {
        ProcedureDefinition p = base().build();
        assertEquals(Regime.DECREE_61_2018, p.regime());
        assertEquals(OfficeLevel.DISTRICT, p.receivingLevel());
        assertEquals(0, new BigDecimal("3.5").compareTo(p.totalDuration()));
        assertEquals(DurationUnit.WORKING_DAYS, p.totalUnit());
        assertEquals(PausePolicy.PAUSE, p.supplementPolicy());
        assertEquals(List.of(GuardSpec.publicPosting(2, DurationUnit.WORKING_DAYS)), p.step("XL").guards());
        assertThrows(IllegalArgumentException.class, () -> base()
                .step("T", "Tỉnh", "Province", OfficeLevel.PROVINCE, 12, DurationUnit.CALENDAR_DAYS, "S").build());
        assertEquals(0, BigDecimal.TEN.compareTo(base()
                .step("T", "Tỉnh", "Province", OfficeLevel.PROVINCE, 12, DurationUnit.CALENDAR_DAYS, "S")
                .total(10, DurationUnit.WORKING_DAYS).build().totalDuration()));
    }

    @Test
    void theTaxStepIsMarkedOnItsStepAndKeptByGuardsAndDerivedVersions() {
        assertTrue(base().build().steps().stream().noneMatch(StepDefinition::financialObligation));
        ProcedureDefinition p = base().step("THUE", "Chuyển thông tin thuế", "Tax slip", OfficeLevel.DISTRICT, 1, "VPDK")
                .financialObligationStep().guard(GuardSpec.publicPosting(1, DurationUnit.WORKING_DAYS))
                .step("PD", "Phê duyệt", "Approval", OfficeLevel.DISTRICT, 1, "VPDK").build();
        assertTrue(p.financialObligation(), "a tax step makes a fee procedure");
        assertEquals(List.of("THUE"), p.steps().stream().filter(StepDefinition::financialObligation)
                .map(StepDefinition::code).toList());
        assertEquals(List.of("THUE"), ProcedureBuilder.from(p).version("v2").build().steps().stream()
                .filter(StepDefinition::financialObligation).map(StepDefinition::code).toList());
        assertThrows(IllegalStateException.class, () -> ProcedureBuilder.procedure("X.2", "v1").financialObligationStep());
    }

    @Test
    void aDerivedVersionDeclaresOnlyWhatDiffers() {
        ProcedureDefinition parent = base().build();
        ProcedureDefinition child = ProcedureBuilder.from(parent).version("v2").effective(LocalDate.of(2025, 7, 1), null)
                .online(4).build();
        assertEquals(Regime.DECREE_61_2018, child.regime(), "copied from the parent unless changed");
        assertEquals(parent.steps(), child.steps());
        assertEquals(4, child.onlineLevel());
        AbstractProcedureModule module = new AbstractProcedureModule("org.motcua.procedure.x", "X", "X") {
            @Override
            protected List<ProcedureDefinition> define() {
                return List.of(parent, child);
            }
        };
        assertEquals(2, module.procedures().size());
        assertTrue(module.departmentCodes().containsAll(List.of("MOTCUA", "VPDK")));
        AbstractProcedureModule overlapping = new AbstractProcedureModule("org.motcua.procedure.y", "Y", "Y") {
            @Override
            protected List<ProcedureDefinition> define() {
                return List.of(parent, ProcedureBuilder.from(parent).version("v3").build());
            }
        };
        assertThrows(IllegalStateException.class, overlapping::procedures);
    }

    @Test
    void holidaysAreWeekdaysOffOrWeekendMakeUpDaysWithTheirNotice() {
        List<Holiday> days = VietnamHolidays.days2024To2027();
        for (Holiday h : days) {
            boolean weekend = h.day().getDayOfWeek() == DayOfWeek.SATURDAY || h.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(h.workingDay(), weekend, h.toString());
            assertTrue(h.day().getYear() >= 2024 && h.day().getYear() <= 2027, h.toString());
        }
        List<LocalDate> tet2026 = days.stream().filter(h -> h.name().contains("Bính Ngọ")).map(Holiday::day).toList();
        assertEquals(List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)), tet2026);
        assertTrue(days.stream().filter(h -> h.name().contains("Bính Ngọ")).allMatch(Holiday::verified));
        assertTrue(days.stream().anyMatch(h -> !h.verified()), "unconfirmed dates are marked");
    }
}
