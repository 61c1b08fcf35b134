// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.procedure.FieldOption;
import org.motcua.core.procedure.FieldProblem;
import org.motcua.core.procedure.FieldRule;
import org.motcua.core.procedure.FieldValue;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InvalidFieldsException;
import org.motcua.core.workflow.ReceiveRequest;

/** A procedure's extra form fields at receipt: checked all at once, nothing written when invalid, kept as received. */
class FormFieldsTest extends WorldTest {

    private static final String CODE = "T.FIELDS";

    private static ProcedureDefinition version(String label, LocalDate from, LocalDate to, String areaLabel) {
        return ProcedureBuilder.procedure(CODE, label).name("Thủ tục có trường riêng", "Procedure with fields")
                .effective(from, to)
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                .step("XL", "Xử lý", "Processing", OfficeLevel.DISTRICT, 2, "TNMT")
                .field(FormField.composite("parcel", "Thửa đất", "Land parcel", "/",
                FormField.number("sheet", "Số tờ", "Map sheet").rule(FieldRule.pattern("0*[1-9][0-9]{0,4}", "Số dương.", "Positive.")),
                FormField.number("parcel", "Số thửa", "Parcel").rule(FieldRule.pattern("0*[1-9][0-9]{0,5}", "Số dương.", "Positive.")))
                .display("Tờ bản đồ số {0}, thửa đất số {1}", "Map sheet {0}, parcel {1}").required())
                .field(FormField.number("area", areaLabel, "Area (m²)").required()
                        .rule(FieldRule.range(0.1, null, "Diện tích phải lớn hơn 0.", "The area must be more than 0.")))
                .field(FormField.date("signed", "Ngày ký đơn", "Date signed")
                        .rule(FieldRule.notInFuture("Ngày ký không được sau hôm nay.", "Cannot be after today.")))
                .field(FormField.choice("use", "Mục đích", "Purpose", FieldOption.of("ONT", "Đất ở", "Residential"),
                        FieldOption.of("LUC", "Đất lúa", "Paddy")))
                .build();
    }

    private DossierView receive(Map<String, String> fields) {
        ReceiveRequest base = TestWorld.request(CODE, Channel.WALK_IN);
        return w.core.workflow().receive(w.desk, new ReceiveRequest(CODE, Channel.WALK_IN, base.applicant(), List.of(), fields));
    }

    private int dossiers() {
        return w.core.queries().page(w.reader(), w.district.code(), 0, 100).size();
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsWritten() {
        w.core.procedures().register(version("v1", LocalDate.of(2020, 1, 1), null, "Diện tích (m²)"));
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("parcel", "12-345");
        bad.put("signed", "03/06/2025");
        bad.put("use", "ODT");
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> receive(bad));
        assertEquals(List.of("parcel", "area", "signed", "use"), e.problems().stream().map(FieldProblem::fieldKey).toList());
        assertTrue(e.getLocalizedMessage().startsWith("Thông tin riêng của thủ tục chưa hợp lệ: Thửa đất: "),
                e.getLocalizedMessage());
        assertTrue(e.message(Locale.ENGLISH).contains("Area (m²): Required."), e.message(Locale.ENGLISH));
        assertEquals(0, dossiers(), "no dossier");

        DossierView d = receive(Map.of("parcel", "12/345", "area", "80,25", "signed", "02/06/2025"));
        assertTrue(d.code().endsWith("-0001"), "the refused receipt took no number: " + d.code());
        assertEquals(List.of("12/345", "80.25", "2025-06-02"),
                w.core.queries().fields(w.reader(), d.id()).stream().map(FieldValue::value).toList());
    }

    @Test
    void aDossierKeepsTheFieldsAsReceivedWhenTheDefinitionChanges() {
        LocalDate today = w.clock.now().toLocalDate();
        w.core.procedures().register(version("v1", LocalDate.of(2020, 1, 1), today, "Diện tích (m²)"));
        w.core.procedures().register(version("v2", today.plusDays(1), null, "Diện tích sử dụng riêng (m²)"));
        DossierView old = receive(Map.of("parcel", "1/2", "area", "100"));
        w.clock.set(LocalDateTime.of(2025, 6, 3, 8, 0));
        DossierView later = receive(Map.of("parcel", "1/3", "area", "90"));
        assertEquals("Diện tích (m²)", w.core.queries().fields(w.reader(), old.id()).get(1).labelVi());
        assertEquals("Diện tích sử dụng riêng (m²)", w.core.queries().fields(w.reader(), later.id()).get(1).labelVi());
        assertEquals("v2", later.procedureVersion());
    }

    @Test
    void anIncompleteDossierChecksOnlyWhatIsGivenAndARefusalToo() {
        w.core.procedures().register(version("v1", LocalDate.of(2020, 1, 1), null, "Diện tích (m²)"));
        ReceiveRequest base = TestWorld.request(CODE, Channel.WALK_IN);
        DossierView incomplete = w.core.workflow().receiveIncomplete(w.desk, new ReceiveRequest(CODE, Channel.WALK_IN,
                base.applicant(), List.of(), Map.of("parcel", "4/5")), List.of("Đơn đăng ký"), "Thiếu đơn");
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, incomplete.status());
        assertEquals(1, w.core.queries().fields(w.reader(), incomplete.id()).size());
        refused("receive.invalidFields", () -> w.core.workflow().refuse(w.desk, new ReceiveRequest(CODE,
                Channel.WALK_IN, base.applicant(), List.of(), Map.of("area", "-1")), "Không thuộc thẩm quyền"));
        assertEquals(1, dossiers());
    }

    @Test
    void correctingTheProcedureChecksTheFieldsOfTheNewOne() {
        w.core.procedures().register(version("v1", LocalDate.of(2020, 1, 1), null, "Diện tích (m²)"));
        DossierView land = w.receiveLand();
        // the test land procedure has no fields: a correction to the one with fields needs its required values
        refused("receive.invalidFields", () -> w.act(w.desk, land, new ActionRequest.CorrectProcedure(CODE, "Nhầm thủ tục")));
        assertEquals(TestWorld.LAND, w.core.queries().byId(w.reader(), land.id()).orElseThrow().procedureCode(), "unchanged");
        DossierView corrected = w.act(w.desk, land, new ActionRequest.CorrectProcedure(CODE, "Nhầm thủ tục",
                Map.of("parcel", "9/9", "area", "12")));
        assertEquals(CODE, corrected.procedureCode());
        assertEquals(2, w.core.queries().fields(w.reader(), land.id()).size());
        // and back: the values the other procedure lacks are dropped, those it shares would be kept
        w.act(w.desk, corrected, new ActionRequest.CorrectProcedure(TestWorld.LAND, "Đúng là biến động"));
        assertEquals(List.of(), w.core.queries().fields(w.reader(), land.id()));
    }
}
