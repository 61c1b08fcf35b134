// SPDX-License-Identifier: EPL-2.0
package org.motcua.procedure.labor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.testsupport.ModuleWorld.refused;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.TransferState;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InvalidFieldsException;
import org.motcua.core.workflow.StepView;
import org.motcua.core.workflow.TransferView;
import org.motcua.demo.DongThapDefaults;
import org.motcua.testsupport.ModuleWorld;

/** The labour module: steps in both versions and the commune → district → province round trip. */
class LaborModuleTest {

    private static final String COMMUNE = DongThapDefaults.MY_AN;
    private static final String DISTRICT = DongThapDefaults.THAP_MUOI;
    private static final String PROVINCE = DongThapDefaults.PROVINCE;
    private final LaborModule module = new LaborModule();

    private static String shape(ProcedureDefinition p) {
        StringBuilder s = new StringBuilder();
        for (StepDefinition step : p.steps()) {
            s.append(step.code()).append(':').append(step.level()).append(':').append(step.agencyCodes()).append(':')
                    .append(step.duration().stripTrailingZeros().toPlainString()).append(':').append(step.unit()).append(' ');
        }
        return s.toString().trim();
    }

    @Test
    void everyStepAndDurationInBothVersions() {
        assertEquals("TN:COMMUNE:[MOTCUA]:0.5:WORKING_DAYS XA:COMMUNE:[LDTBXH]:4.5:WORKING_DAYS"
                + " HUYEN:DISTRICT:[LDTBXH]:7:WORKING_DAYS TINH:PROVINCE:[SLDTBXH]:12:CALENDAR_DAYS",
                shape(LaborModule.districtEra()));
        assertEquals("TN:COMMUNE:[MOTCUA]:0.5:WORKING_DAYS XA:COMMUNE:[VHXH]:4.5:WORKING_DAYS"
                + " TINH:PROVINCE:[SNV]:12:CALENDAR_DAYS", shape(LaborModule.regime2025()));
        assertEquals(0, BigDecimal.valueOf(22).compareTo(LaborModule.districtEra().totalDuration()));
        assertEquals(DurationUnit.WORKING_DAYS, LaborModule.districtEra().totalUnit());
        assertEquals(List.of("2022-nd131", "2025-nd118"), module.procedures().stream().map(ProcedureDefinition::version).toList());
        assertTrue(module.procedures().get(0).forms().contains("Mẫu 74 quyết định trợ cấp"));
    }

    @Test
    void communeSendsDistrictReturnsThenAcceptsProvinceAccepts() {
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 4, 1, 8, 0), module)) {
            Principal communeOfficer = w.specialist(COMMUNE, "LDTBXH");
            Principal districtOfficer = w.specialist(DISTRICT, "LDTBXH");
            DossierView d = w.receive(COMMUNE, LaborModule.DEATH_BENEFIT);
            d = w.act(w.desk(COMMUNE), d, new ActionRequest.HandOver(w.dept(COMMUNE, "LDTBXH")));
            d = w.act(communeOfficer, d, new ActionRequest.Take());
            long districtDept = w.dept(DISTRICT, "LDTBXH");
            d = w.act(communeOfficer, d, new ActionRequest.Forward(districtDept, "Danh sách đề nghị"));
            assertTrue(d.transferPending());
            DossierView sent = d;
            // the district may neither work on it before accepting nor return it without a reason
            refused("transfer.pending", () -> w.act(districtOfficer, sent, new ActionRequest.Take()));
            refused("transfer.returnReasonRequired", () -> w.act(w.desk(DISTRICT), sent, new ActionRequest.ReturnTransfer(" ")));
            d = w.act(w.desk(DISTRICT), sent, new ActionRequest.ReturnTransfer("Thiếu bản sao trích lục khai tử"));
            assertFalse(d.transferPending());
            assertEquals(COMMUNE, d.currentOfficeCode());
            assertEquals("XA", step(w, d).code());
            // the commune completes it and sends it again
            d = w.act(communeOfficer, d, new ActionRequest.Take());
            d = w.act(communeOfficer, d, new ActionRequest.Forward(districtDept, "Đã bổ sung"));
            List<TransferView> inbox = w.core.queries().pendingTransfers(w.desk(DISTRICT), w.offices.get(DISTRICT).id());
            assertEquals(1, inbox.size());
            assertFalse(inbox.get(0).escalated());
            // one working day without an answer: escalated (computed from the clock)
            w.clock.advance(java.time.Duration.ofDays(1).plusHours(2));
            assertTrue(w.core.queries().pendingTransfers(w.desk(DISTRICT), w.offices.get(DISTRICT).id()).get(0).escalated());
            d = w.act(w.desk(DISTRICT), d, new ActionRequest.AcceptTransfer());
            assertEquals(DISTRICT, d.currentOfficeCode());
            assertTrue(w.core.queries().pendingTransfers(w.desk(DISTRICT), w.offices.get(DISTRICT).id()).isEmpty());
            // accepting marks the dossier received at the district: its officer works on it at once
            refused("take.alreadyTaken", () -> w.act(districtOfficer, sent, new ActionRequest.Take()));
            d = w.act(districtOfficer, d, new ActionRequest.Forward(w.dept(PROVINCE, "SLDTBXH"), null));
            assertEquals(TransferState.PENDING, w.core.queries().pendingTransfers(w.desk(PROVINCE), w.offices.get(PROVINCE).id()).get(0).state());
            d = w.act(w.desk(PROVINCE), d, new ActionRequest.AcceptTransfer());
            assertEquals(PROVINCE, d.currentOfficeCode());
            StepView province = step(w, d);
            assertEquals("TINH", province.code());
            // 12 calendar days, not working days
            assertEquals(province.startedAt().plusDays(12).toLocalDate(), province.dueAt().toLocalDate());
        }
    }

    @Test
    void anOfficeWithoutTheModuleRefusesAndAWorkstationSeesWhatIsMissing() {
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 4, 1, 8, 0), module)) {
            // Cao Lãnh has land and social only: its communes cannot receive this procedure
            refused("module.notEnabled", () -> w.receive(DongThapDefaults.BINH_HANG_TRUNG, LaborModule.DEATH_BENEFIT));
            long myAn = w.offices.get(COMMUNE).id();
            assertEquals(Set.of(DongThapDefaults.LABOR),
                    w.core.modules().missingModules(myAn, Set.of(DongThapDefaults.LAND, DongThapDefaults.SOCIAL)));
            assertEquals(Set.of(), w.core.modules().missingModules(w.offices.get(DongThapDefaults.CAO_LANH).id(),
                    Set.of(DongThapDefaults.LAND, DongThapDefaults.SOCIAL)));
            // an open dossier blocks uninstalling, not disabling
            w.receive(COMMUNE, LaborModule.DEATH_BENEFIT);
            w.core.modules().disable(w.admin, w.offices.get(DISTRICT).id(), LaborModule.ID);
            refused("module.notEnabled", () -> w.receive(COMMUNE, LaborModule.DEATH_BENEFIT));
            refused("module.openDossiers", () -> w.core.modules().checkUninstall(w.admin, LaborModule.ID));
        }
    }

    private static StepView step(ModuleWorld w, DossierView d) {
        return w.core.queries().steps(w.reader(), d.id()).get(d.currentStepIndex());
    }

    @Test
    void theDeceasedTheDateOfDeathTheRelationshipAndTheCategoryAreChecked() {
        for (ProcedureDefinition p : module.procedures()) {
            assertEquals(List.of(LaborModule.FIELD_DECEASED_NAME, LaborModule.FIELD_DECEASED_ID, LaborModule.FIELD_DEATH_DATE,
                    LaborModule.FIELD_RELATIONSHIP, LaborModule.FIELD_MERIT_CATEGORY),
                    p.fields().stream().map(FormField::key).toList(), p.version());
            assertEquals(List.of(true, false, true, true, true), p.fields().stream().map(FormField::isRequired).toList());
        }
        try (ModuleWorld w = new ModuleWorld(LocalDateTime.of(2025, 4, 1, 8, 0), module)) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> w.receive(COMMUNE,
                    LaborModule.DEATH_BENEFIT, Map.of(LaborModule.FIELD_DECEASED_NAME, "Trần Văn 2",
                            LaborModule.FIELD_DEATH_DATE, "02/04/2025", LaborModule.FIELD_RELATIONSHIP, "CHILD")));
            assertEquals(List.of(LaborModule.FIELD_DECEASED_NAME, LaborModule.FIELD_DEATH_DATE, LaborModule.FIELD_MERIT_CATEGORY),
                    e.problems().stream().map(FieldProblem::fieldKey).toList());
            assertEquals("The date of death cannot be after the day the dossier is received.",
                    e.problems().get(1).message(Locale.ENGLISH));
            assertTrue(w.core.queries().page(w.reader(), COMMUNE, 0, 10).isEmpty(), "nothing half-written");
            DossierView d = w.receive(COMMUNE, LaborModule.DEATH_BENEFIT, Map.of(LaborModule.FIELD_DECEASED_NAME,
                    "Lê Thị Ánh", LaborModule.FIELD_DEATH_DATE, "31/03/2025", LaborModule.FIELD_RELATIONSHIP, "Con",
                    LaborModule.FIELD_MERIT_CATEGORY, "HEROIC_MOTHER"));
            List<FieldValue> fields = w.core.queries().fields(w.reader(), d.id());
            assertEquals(List.of("Lê Thị Ánh", "2025-03-31", "CHILD", "HEROIC_MOTHER"),
                    fields.stream().map(FieldValue::value).toList());
            assertEquals("Bà mẹ Việt Nam anh hùng", fields.get(3).displayVi());
        }
    }
}
