// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.testsupport.ModuleWorld.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InvalidFieldsException;
import org.motcua.demo.DongThapDefaults;
import org.motcua.testsupport.ModuleWorld;

/** The land module: every step in every version, the posting guard, the excluded tax time, enablement. */
class LandModuleTest {

    private static final String TM = DongThapDefaults.THAP_MUOI;
    private final LandModule module = new LandModule();

    private static String shape(ProcedureDefinition p) {
        StringBuilder s = new StringBuilder();
        for (StepDefinition step : p.steps()) {
            s.append(step.code()).append(':').append(step.level()).append(':').append(step.agencyCodes())
                    .append(':').append(step.duration().stripTrailingZeros().toPlainString()).append(' ');
        }
        return s.toString().trim();
    }

    private ProcedureDefinition version(String code, String version) {
        return module.procedures().stream().filter(p -> p.code().equals(code) && p.version().equals(version))
                .findFirst().orElseThrow();
    }

    @Test
    void firstCertificateStepsInEveryVersion() {
        ProcedureDefinition district = version(LandModule.FIRST_CERTIFICATE, "2018-nd61");
        assertEquals("TN:DISTRICT:[MOTCUA]:0.5 XM:DISTRICT:[VPDK]:13.5 THUE:DISTRICT:[VPDK]:1 PD:DISTRICT:[TNMT]:2"
                + " KY:DISTRICT:[LANHDAO]:1 CN:DISTRICT:[VPDK]:2", shape(district));
        assertEquals(Regime.DECREE_61_2018, district.regime());
        assertEquals(OfficeLevel.DISTRICT, district.receivingLevel());
        for (String v : List.of("2025-nd151", "2025-qd138")) {
            ProcedureDefinition p = version(LandModule.FIRST_CERTIFICATE, v);
            assertEquals("TN:COMMUNE:[MOTCUA]:0.5 XM:COMMUNE:[DIACHINH]:13.5 THUE:COMMUNE:[DIACHINH]:1"
                    + " PD:COMMUNE:[DIACHINH]:2 KY:COMMUNE:[LANHDAO]:1 CN:COMMUNE:[DIACHINH]:1 CSDL:COMMUNE:[VPDK]:1",
                    shape(p), v);
            assertEquals(Regime.DECREE_118_2025, p.regime());
            assertEquals(OfficeLevel.COMMUNE, p.receivingLevel());
            // two appointments: 15 working days up to the tax slip, 5 after payment
            assertEquals(0, new BigDecimal("15").compareTo(sum(p.steps().subList(0, 3))), v);
            assertEquals(0, new BigDecimal("5").compareTo(sum(p.steps().subList(3, p.steps().size()))), v);
        }
        for (ProcedureDefinition p : module.procedures()) {
            if (p.code().equals(LandModule.FIRST_CERTIFICATE)) {
                assertEquals(0, BigDecimal.valueOf(20).compareTo(p.totalDuration()), p.version());
                assertEquals(DurationUnit.WORKING_DAYS, p.totalUnit());
                assertTrue(p.financialObligation(), p.version());
                // the tax pause belongs to the step that sends the tax-information slip, and only to it
                assertEquals(List.of("THUE"), p.steps().stream().filter(StepDefinition::financialObligation)
                        .map(StepDefinition::code).toList(), p.version());
                assertEquals(List.of(GuardSpec.publicPosting(15, DurationUnit.CALENDAR_DAYS)), p.step("XM").guards());
                assertTrue(p.steps().stream().allMatch(s -> s.unit() == DurationUnit.WORKING_DAYS));
                assertTrue(p.documents().get(0).original());
                assertTrue(!p.forms().isEmpty());
            }
        }
    }

    @Test
    void changeOfNameOrAddressTakesFourWorkingDaysInEveryVersion() {
        assertEquals("TN:DISTRICT:[MOTCUA]:0.5 XL:DISTRICT:[VPDK]:3 CN:DISTRICT:[VPDK]:0.5",
                shape(version(LandModule.CHANGE_NAME_ADDRESS, "2018-nd61")));
        for (String v : List.of("2025-nd151", "2025-qd138")) {
            assertEquals("TN:COMMUNE:[MOTCUA]:0.5 XL:COMMUNE:[VPDK]:3 CN:COMMUNE:[VPDK]:0.5",
                    shape(version(LandModule.CHANGE_NAME_ADDRESS, v)));
        }
        module.procedures().stream().filter(p -> p.code().equals(LandModule.CHANGE_NAME_ADDRESS)).forEach(p -> {
            assertEquals(0, BigDecimal.valueOf(4).compareTo(p.totalDuration()), p.version());
            assertTrue(!p.financialObligation());
            assertTrue(p.steps().stream().noneMatch(StepDefinition::financialObligation), p.version());
        });
    }

    @Test
    void theVersionFollowsTheDayOfReceipt() {
        ProcedureRegistry registry = new ProcedureRegistry();
        module.procedures().forEach(p -> registry.register(module.id(), p));
        assertEquals("2018-nd61", registry.find(LandModule.FIRST_CERTIFICATE, LocalDate.of(2025, 6, 30)).orElseThrow().version());
        assertEquals("2025-nd151", registry.find(LandModule.FIRST_CERTIFICATE, LocalDate.of(2025, 7, 1)).orElseThrow().version());
        assertEquals("2025-nd151", registry.find(LandModule.FIRST_CERTIFICATE, LocalDate.of(2025, 12, 4)).orElseThrow().version());
        assertEquals("2025-qd138", registry.find(LandModule.FIRST_CERTIFICATE, LocalDate.of(2025, 12, 5)).orElseThrow().version());
        assertEquals("2025-qd138", registry.find(LandModule.CHANGE_NAME_ADDRESS, LocalDate.of(2026, 3, 1)).orElseThrow().version());
        assertEquals(java.util.Set.of(LandModule.FIRST_CERTIFICATE, LandModule.CHANGE_NAME_ADDRESS), registry.codesOf(LandModule.ID));
        assertTrue(module.departmentCodes().containsAll(List.of("MOTCUA", "VPDK", "TNMT", "DIACHINH", "LANHDAO")));
    }

    @Test
    void postingCannotBeSkippedAndTheTaxTimeIsExcluded() {
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 6, 2, 8, 0), module)) {
            Principal vpdk = w.specialist(TM, "VPDK");
            DossierView d = w.receive(TM, LandModule.FIRST_CERTIFICATE);
            assertEquals("2018-nd61", d.procedureVersion());
            assertEquals(6, w.core.queries().steps(w.reader(), d.id()).size());
            d = w.act(w.desk(TM), d, new ActionRequest.HandOver(w.dept(TM, "VPDK")));
            d = w.act(vpdk, d, new ActionRequest.Take());
            DossierView held = d;
            long next = w.dept(TM, "VPDK");
            refused("guard.posting.missing", () -> w.act(vpdk, held, new ActionRequest.Forward(next, null)));
            w.clock.set(LocalDateTime.of(2025, 6, 16, 8, 0));
            w.act(vpdk, held, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 12),
                    "Trụ sở UBND xã Mỹ An", "không có"));
            refused("guard.posting.tooShort", () -> w.act(vpdk, held, new ActionRequest.Forward(next, null)));
            w.act(vpdk, held, new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 17),
                    "Trụ sở UBND xã Mỹ An", "không có"));
            refused("guard.posting.notEnded", () -> w.act(vpdk, held, new ActionRequest.Forward(next, null)));
            w.clock.set(LocalDateTime.of(2025, 6, 18, 8, 0));
            d = w.act(vpdk, held, new ActionRequest.Forward(next, null));
            assertEquals("THUE", w.core.queries().steps(w.reader(), d.id()).get(d.currentStepIndex()).code());
            d = w.act(vpdk, d, new ActionRequest.Take());
            LocalDateTime dueBeforeTax = d.dueAt();
            d = w.act(vpdk, d, new ActionRequest.RequestFinancialObligation("Phiếu chuyển thông tin địa chính"));
            assertEquals(DossierStatus.FINANCIAL_OBLIGATION, d.status());
            w.clock.set(LocalDateTime.of(2025, 6, 25, 8, 0)); // tax takes a week: excluded
            d = w.act(vpdk, d, new ActionRequest.ConfirmPayment());
            assertEquals(DossierStatus.PROCESSING, d.status());
            assertTrue(!d.dueAt().isBefore(dueBeforeTax.plusDays(7)),
                    "the appointment moves by the tax time: " + dueBeforeTax + " -> " + d.dueAt());
        }
    }

    @Test
    void receivingNeedsTheModuleEnabledForTheOffice() {
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 6, 2, 8, 0), module)) {
            long caoLanh = w.offices.get(DongThapDefaults.CAO_LANH).id();
            w.receive(DongThapDefaults.CAO_LANH, LandModule.CHANGE_NAME_ADDRESS);
            w.core.modules().disable(w.admin, caoLanh, LandModule.ID);
            var refusal = refused("module.notEnabled", () -> w.receive(DongThapDefaults.CAO_LANH, LandModule.CHANGE_NAME_ADDRESS));
            assertTrue(refusal.getLocalizedMessage().contains("Cao Lãnh"), refusal.getLocalizedMessage());
            assertTrue(refusal.getMessage().contains("not enabled"), refusal.getMessage());
            w.core.modules().enable(w.admin, caoLanh, LandModule.ID);
            assertEquals(DossierStatus.RECEIVED, w.receive(DongThapDefaults.CAO_LANH, LandModule.CHANGE_NAME_ADDRESS).status());
            // the 2025 commune centre receives the Đồng Tháp version after 5 December 2025
            w.clock.set(LocalDateTime.of(2025, 12, 8, 8, 0));
            DossierView d = w.receive(DongThapDefaults.XA_THAP_MUOI, LandModule.FIRST_CERTIFICATE);
            assertEquals("2025-qd138", d.procedureVersion());
            // a district desk no longer receives it: the 2025 version is a commune procedure
            refused("procedure.wrongLevel", () -> w.receive(TM, LandModule.FIRST_CERTIFICATE));
        }
    }

    private static BigDecimal sum(List<StepDefinition> steps) {
        return steps.stream().map(StepDefinition::duration).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> keys(ProcedureDefinition p) {
        return p.fields().stream().map(FormField::key).toList();
    }

    @Test
    void everyVersionAsksForTheSameRequiredFields() {
        for (ProcedureDefinition p : module.procedures()) {
            List<String> expected = p.code().equals(LandModule.FIRST_CERTIFICATE)
                    ? List.of(LandModule.FIELD_PARCEL, LandModule.FIELD_AREA, LandModule.FIELD_LAND_USE)
                    : List.of(LandModule.FIELD_PARCEL, LandModule.FIELD_CHANGE, LandModule.FIELD_OLD_VALUE, LandModule.FIELD_NEW_VALUE);
            assertEquals(expected, keys(p), p.code() + " " + p.version());
            assertTrue(p.fields().stream().allMatch(FormField::isRequired), p.version());
        }
    }

    @Test
    void invalidFieldsAreAllRefusedTogetherAndNothingIsWritten() {
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 6, 2, 8, 0), module)) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> w.receive(TM,
                    LandModule.FIRST_CERTIFICATE, Map.of(LandModule.FIELD_PARCEL, "12", LandModule.FIELD_AREA, "0")));
            assertEquals("receive.invalidFields", e.key());
            assertEquals(List.of(LandModule.FIELD_PARCEL, LandModule.FIELD_AREA, LandModule.FIELD_LAND_USE),
                    e.problems().stream().map(FieldProblem::fieldKey).toList());
            assertTrue(e.message(Locale.ENGLISH).contains("Area (m²): The area must be more than 0"), e.message(Locale.ENGLISH));
            assertTrue(w.core.queries().page(w.reader(), TM, 0, 10).isEmpty(), "nothing half-written");

            DossierView d = w.receive(TM, LandModule.FIRST_CERTIFICATE, Map.of(LandModule.FIELD_PARCEL, "7/1203",
                    LandModule.FIELD_AREA, "1250,5", LandModule.FIELD_LAND_USE, "LUC"));
            List<FieldValue> stored = w.core.queries().fields(w.reader(), d.id());
            assertEquals(List.of("7/1203", "1250.5", "LUC"), stored.stream().map(FieldValue::value).toList());
            assertEquals("Tờ bản đồ số 7, thửa đất số 1203", stored.get(0).displayVi());
            assertEquals("Paddy land (LUC)", stored.get(2).display(Locale.ENGLISH));
            // the change registration: its own fields, the choice among name and address
            refused("receive.invalidFields", () -> w.receive(TM, LandModule.CHANGE_NAME_ADDRESS,
                    Map.of(LandModule.FIELD_PARCEL, "7/1203", LandModule.FIELD_CHANGE, "PHONE",
                            LandModule.FIELD_OLD_VALUE, "a", LandModule.FIELD_NEW_VALUE, "b")));
            assertEquals(1, w.core.queries().page(w.reader(), TM, 0, 10).size());
        }
    }
}
