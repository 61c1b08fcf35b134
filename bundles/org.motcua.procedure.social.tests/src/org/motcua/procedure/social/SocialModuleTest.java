// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.testsupport.ModuleWorld.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InvalidFieldsException;
import org.motcua.demo.DongThapDefaults;
import org.motcua.procedure.social.DisabilityAllowance.Severity;
import org.motcua.testsupport.ModuleWorld;

/** The social module: steps and durations in both versions, the posting guard on H2, the allowance. */
class SocialModuleTest {

    private final SocialModule module = new SocialModule();

    private static String shape(ProcedureDefinition p) {
        StringBuilder s = new StringBuilder();
        for (StepDefinition step : p.steps()) {
            s.append(step.code()).append(':').append(step.level()).append(':').append(step.agencyCodes())
                    .append(':').append(step.duration().stripTrailingZeros().toPlainString()).append(' ');
        }
        return s.toString().trim();
    }

    @Test
    void everyStepAndDurationInBothVersions() {
        assertEquals(List.of("2021-nd20", "2025-nd118"), module.procedures().stream().map(ProcedureDefinition::version).toList());
        assertEquals("TN:COMMUNE:[MOTCUA]:0.5 XET:COMMUNE:[LDTBXH]:6.5 DENGHI:COMMUNE:[LDTBXH]:3"
                + " THAMDINH:DISTRICT:[LDTBXH]:7 QD:DISTRICT:[LANHDAO]:3", shape(SocialModule.districtEra()));
        assertEquals("TN:COMMUNE:[MOTCUA]:0.5 XET:COMMUNE:[VHXH]:6.5 DENGHI:COMMUNE:[VHXH]:3"
                + " THAMDINH:COMMUNE:[VHXH]:7 QD:COMMUNE:[LANHDAO]:3", shape(SocialModule.regime2025()));
        for (ProcedureDefinition p : module.procedures()) {
            assertEquals(0, BigDecimal.valueOf(20).compareTo(p.totalDuration()), p.version());
            assertEquals(List.of(GuardSpec.publicPosting(2, DurationUnit.WORKING_DAYS)), p.step("XET").guards());
            assertEquals(0, p.feeVnd());
            // the commune's review, reception included, takes 7 working days
            assertEquals(0, BigDecimal.valueOf(7).compareTo(p.steps().get(0).duration().add(p.step("XET").duration())));
        }
        assertEquals(LocalDate.of(2025, 6, 30), SocialModule.districtEra().effectiveTo());
        assertEquals(LocalDate.of(2025, 7, 1), SocialModule.regime2025().effectiveFrom());
    }

    @Test
    void allowanceIsTheBaseInForceTimesTheCoefficient() {
        LocalDate nd20 = LocalDate.of(2023, 5, 1);
        assertEquals(720_000, DisabilityAllowance.monthly(nd20, Severity.EXTREMELY_SEVERE, false).monthlyVnd());
        assertEquals(900_000, DisabilityAllowance.monthly(nd20, Severity.EXTREMELY_SEVERE, true).monthlyVnd());
        assertEquals(540_000, DisabilityAllowance.monthly(nd20, Severity.SEVERE, false).monthlyVnd());
        assertEquals(720_000, DisabilityAllowance.monthly(nd20, Severity.SEVERE, true).monthlyVnd());
        assertTrue(DisabilityAllowance.baseOn(nd20).verified());
        assertEquals(360_000, DisabilityAllowance.baseOn(LocalDate.of(2024, 6, 30)).vnd());
        DisabilityAllowance.Allowance later = DisabilityAllowance.monthly(LocalDate.of(2024, 7, 1), Severity.SEVERE, false);
        assertEquals(LocalDate.of(2024, 7, 1), later.base().from());
        assertFalse(later.base().verified(), "the NĐ 76/2024 figure is marked unverified until checked");
        assertEquals(Math.round(later.base().vnd() * 1.5), later.monthlyVnd());
    }

    @Test
    void communeCannotSendTheDossierUpWithoutThePosting() {
        // Cao Lãnh district: the social module is enabled there (inherited by its communes)
        String commune = DongThapDefaults.MY_XUONG;
        String district = DongThapDefaults.CAO_LANH;
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 3, 3, 8, 0), module)) {
            Principal officer = w.specialist(commune, "LDTBXH");
            DossierView d = w.receive(commune, SocialModule.DISABILITY_ALLOWANCE);
            assertEquals("2021-nd20", d.procedureVersion());
            d = w.act(w.desk(commune), d, new ActionRequest.HandOver(w.dept(commune, "LDTBXH")));
            DossierView review = w.act(officer, d, new ActionRequest.Take());
            long proposal = w.dept(commune, "LDTBXH");
            refused("guard.posting.missing", () -> w.act(officer, review, new ActionRequest.Forward(proposal, null)));
            w.clock.set(LocalDateTime.of(2025, 3, 6, 8, 0));
            w.act(officer, review, new ActionRequest.RecordPosting(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4),
                    "Nhà văn hóa ấp", "không có"));
            refused("guard.posting.tooShort", () -> w.act(officer, review, new ActionRequest.Forward(proposal, null)));
            w.act(officer, review, new ActionRequest.RecordPosting(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5),
                    "Nhà văn hóa ấp", " "));
            refused("guard.posting.complaintsMissing", () -> w.act(officer, review, new ActionRequest.Forward(proposal, null)));
            w.act(officer, review, new ActionRequest.RecordPosting(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5),
                    "Nhà văn hóa ấp", "không có khiếu nại"));
            d = w.act(officer, review, new ActionRequest.Forward(proposal, null));
            d = w.act(officer, d, new ActionRequest.Take());
            // the proposal goes up to the district labour office: an inter-level transfer
            d = w.act(officer, d, new ActionRequest.Forward(w.dept(district, "LDTBXH"), "Văn bản đề nghị"));
            assertTrue(d.transferPending());
            d = w.act(w.desk(district), d, new ActionRequest.AcceptTransfer());
            assertEquals(district, d.currentOfficeCode());
            assertEquals("THAMDINH", w.core.queries().steps(w.reader(), d.id()).get(d.currentStepIndex()).code());
        }
    }

    @Test
    void theDeskGivesTheDegreeAndAgeGroupThatDriveTheAllowance() {
        for (ProcedureDefinition p : module.procedures()) {
            assertEquals(List.of(SocialModule.FIELD_SEVERITY, SocialModule.FIELD_AGE_GROUP, SocialModule.FIELD_PERSON_ID),
                    p.fields().stream().map(FormField::key).toList(), p.version());
            assertEquals(List.of(true, true, false), p.fields().stream().map(FormField::isRequired).toList());
            // every option maps onto the allowance's own enums
            p.field(SocialModule.FIELD_SEVERITY).orElseThrow().options().forEach(o -> Severity.valueOf(o.code()));
            p.field(SocialModule.FIELD_AGE_GROUP).orElseThrow().options()
                    .forEach(o -> DisabilityAllowance.AgeGroup.valueOf(o.code()));
        }
        String commune = DongThapDefaults.MY_XUONG;
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 3, 3, 8, 0), module)) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> w.receive(commune,
                    SocialModule.DISABILITY_ALLOWANCE, Map.of(SocialModule.FIELD_SEVERITY, "MILD",
                            SocialModule.FIELD_PERSON_ID, "123")));
            assertEquals(List.of(SocialModule.FIELD_SEVERITY, SocialModule.FIELD_AGE_GROUP, SocialModule.FIELD_PERSON_ID),
                    e.problems().stream().map(FieldProblem::fieldKey).toList());
            assertTrue(w.core.queries().page(w.reader(), commune, 0, 10).isEmpty(), "nothing half-written");
            DossierView d = w.receive(commune, SocialModule.DISABILITY_ALLOWANCE, Map.of(SocialModule.FIELD_SEVERITY,
                    "Khuyết tật đặc biệt nặng", SocialModule.FIELD_AGE_GROUP, "CHILD"));
            var fields = w.core.queries().fields(w.reader(), d.id());
            assertEquals("EXTREMELY_SEVERE", fields.get(0).value());
            // NĐ 20/2021 Art. 6: a child with an especially severe disability gets 2.5 × the base in force
            LocalDate day = d.receivedAt().toLocalDate();
            DisabilityAllowance.Allowance a = DisabilityAllowance.monthly(day, fields);
            assertEquals(2.5, a.coefficient());
            assertEquals(DisabilityAllowance.baseOn(day), a.base());
            assertEquals(Math.round(DisabilityAllowance.baseOn(day).vnd() * 2.5), a.monthlyVnd());
            assertEquals(900_000, DisabilityAllowance.monthly(LocalDate.of(2023, 5, 1), fields).monthlyVnd());
        }
    }
}
