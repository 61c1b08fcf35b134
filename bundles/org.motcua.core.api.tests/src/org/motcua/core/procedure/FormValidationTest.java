// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.core.i18n.Messages;
import org.motcua.core.org.OfficeLevel;

/** The checks of a procedure's extra form fields, per type, rule and required-ness; all problems at once. */
class FormValidationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private static final FormField AREA = FormField.number("area", "Diện tích (m²)", "Area (m²)").required()
            .rule(FieldRule.range(0.1, 1_000_000, "Diện tích phải từ 0,1 đến 1.000.000 m².", "Area must be 0.1 to 1,000,000 m²."));
    private static final FormField FEE = FormField.money("fee", "Số tiền", "Amount");
    private static final FormField DEATH = FormField.date("death", "Ngày mất", "Date of death").required()
            .rule(FieldRule.notInFuture("Ngày mất không được sau ngày nhận hồ sơ.", "The date of death cannot be after receipt."));
    private static final FormField LEVEL = FormField.choice("level", "Mức độ khuyết tật", "Disability level",
            FieldOption.of("SEVERE", "Nặng", "Severe"), FieldOption.of("EXTREMELY_SEVERE", "Đặc biệt nặng", "Especially severe"))
            .required();
    private static final FormField PARCEL = FormField.composite("parcel", "Thửa đất", "Land parcel", "/",
                FormField.number("sheet", "Số tờ", "Map sheet").rule(FieldRule.pattern("0*[1-9][0-9]{0,4}", "Số dương.", "Positive.")),
                FormField.number("parcel", "Số thửa", "Parcel").rule(FieldRule.pattern("0*[1-9][0-9]{0,5}", "Số dương.", "Positive.")))
                .display("Tờ bản đồ số {0}, thửa đất số {1}", "Map sheet {0}, parcel {1}").required();
    private static final FormField ID = FormField.citizenId("deceasedId", "CCCD người mất", "Deceased's id number");
    private static final FormField CODE = FormField.text("sheetCode", "Ký hiệu", "Code")
            .rule(FieldRule.pattern("[A-Z]{2}-\\d+", "Ký hiệu dạng AB-123.", "Code like AB-123."));

    private static FormValidation.Result one(FormField f, String raw) {
        return FormValidation.check(f, raw, DAY, true);
    }

    private static String value(FormField f, String raw) {
        FormValidation.Result r = one(f, raw);
        assertTrue(r.isValid(), r.describe(Locale.ENGLISH));
        return r.values().get(0).value();
    }

    @Test
    void numbersTakeADecimalCommaOrPointAndTheRuleRange() {
        assertEquals("125.5", value(AREA, "125,5"));
        assertEquals("125.5", value(AREA, " 125.50 "));
        assertEquals("125,5", one(AREA, "125,5").values().get(0).displayVi());
        assertFalse(one(AREA, "12a").isValid());
        FormValidation.Result zero = one(AREA, "0");
        assertEquals("Area must be 0.1 to 1,000,000 m².", zero.problems().get(0).message(Locale.ENGLISH));
        assertEquals("Diện tích phải từ 0,1 đến 1.000.000 m².", zero.problems().get(0).message(null));
    }

    @Test
    void moneyIsWholeDongWithGroupingAndAUnit() {
        assertEquals("1500000", value(FEE, "1.500.000 đ"));
        assertEquals("1500000", value(FEE, "1,500,000 VND"));
        assertEquals("1.500.000 đ", one(FEE, "1500000").values().get(0).displayVi());
        assertEquals("1,500,000 VND", one(FEE, "1500000").values().get(0).displayEn());
        assertFalse(one(FEE, "1,5 triệu").isValid());
    }

    @Test
    void datesAreDayMonthYearOrIsoAndMayNotBeAfterReceipt() {
        assertEquals("2025-02-28", value(DEATH, "28/02/2025"));
        assertEquals("2025-03-03", value(DEATH, "2025-03-03"));
        assertEquals("28/02/2025", one(DEATH, "2025-02-28").values().get(0).displayVi());
        assertEquals("The date of death cannot be after receipt.", one(DEATH, "04/03/2025").problems().get(0).message(Locale.ENGLISH));
        assertFalse(one(DEATH, "30/02/2025").isValid());
        assertFalse(one(DEATH, "2025-02-30").isValid());
    }

    @Test
    void choiceByCodeOrLabelStoresTheCode() {
        assertEquals("SEVERE", value(LEVEL, "SEVERE"));
        assertEquals("EXTREMELY_SEVERE", value(LEVEL, "đặc biệt nặng"));
        assertEquals("Especially severe", one(LEVEL, "EXTREMELY_SEVERE").values().get(0).displayEn());
        FormValidation.Result wrong = one(LEVEL, "nhẹ");
        assertEquals("\"nhẹ\" is not one of: Severe, Especially severe.", wrong.problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void parcelIsSheetSlashParcel() {
        assertEquals("12/345", value(PARCEL, "012 / 345"));
        assertEquals("Tờ bản đồ số 12, thửa đất số 345", one(PARCEL, "12/345").values().get(0).displayVi());
        assertFalse(one(PARCEL, "12").isValid());
        assertFalse(one(PARCEL, "0/5").isValid());
        assertFalse(one(PARCEL, "a/5").isValid());
    }

    @Test
    void compositeMessagesNameTheShapeAndThePart() {
        assertEquals("\"12\" is not in the form \"Map sheet/Parcel\".", one(PARCEL, "12").problems().get(0).message(Locale.ENGLISH));
        assertEquals("Parcel: Positive.", one(PARCEL, "3/0").problems().get(0).message(Locale.ENGLISH));
        assertEquals("Số thửa: Số dương.", one(PARCEL, "3/0").problems().get(0).message(Messages.VIETNAMESE));
    }

    @Test
    void anyGenericFieldsMakeAComposite() {
        FormField permit = FormField.composite("permit", "Giấy phép", "Permit", " - ",
                FormField.choice("kind", "Loại", "Kind", FieldOption.of("XD", "Xây dựng", "Building"),
                        FieldOption.of("KD", "Kinh doanh", "Business")),
                FormField.date("issued", "Ngày cấp", "Issued on"))
                .display("{0} cấp ngày {1}", "{0} issued on {1}");
        FieldValue v = one(permit, "xây dựng - 02/06/2025").values().get(0);
        assertEquals("XD - 2025-06-02", v.value());
        assertEquals("Xây dựng cấp ngày 02/06/2025", v.displayVi());
        assertEquals("Building issued on 02/06/2025", v.displayEn());
        assertFalse(one(permit, "XD - 31/02/2025").isValid());
        assertThrows(IllegalArgumentException.class, () -> FormField.composite("bad", "x", "x", "/", permit,
                FormField.text("t", "t", "t")), "a composite inside a composite");
    }

    @Test
    void citizenIdUsesTheCccdRules() {
        assertEquals("087095000123", value(ID, "087 095 000 123"));
        assertFalse(one(ID, "12345").isValid());
        assertFalse(one(ID, "999095000123").isValid(), "999 is no province code");
    }

    @Test
    void textTakesTheRulePattern() {
        assertEquals("AB-12", value(CODE, " AB-12 "));
        assertEquals("Code like AB-123.", one(CODE, "ab12").problems().get(0).message(Locale.ENGLISH));
    }

    @Test
    void everyProblemIsReportedTogetherInTheDefinitionsOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("area", "-3");
        values.put("death", "");
        values.put("level", "SEVERE");
        values.put("ghost", "x");
        FormValidation.Result r = FormValidation.validate(List.of(AREA, DEATH, LEVEL, PARCEL), values, DAY, true);
        assertEquals(List.of("area", "death", "parcel", "ghost"), r.problems().stream().map(FieldProblem::fieldKey).toList());
        assertEquals("Required.", r.problems().get(1).message(Locale.ENGLISH));
        assertEquals("Ngày mất: Bắt buộc nhập.", r.problems().get(1).describe(null));
        assertEquals(List.of("level"), r.values().stream().map(FieldValue::key).toList());
    }

    @Test
    void anIncompleteDossierChecksOnlyWhatIsGiven() {
        FormValidation.Result r = FormValidation.validate(List.of(AREA, DEATH, PARCEL), Map.of("parcel", "3/4"), DAY, false);
        assertTrue(r.isValid(), r.describe(Locale.ENGLISH));
        assertFalse(FormValidation.validate(List.of(AREA), Map.of("area", "x"), DAY, false).isValid());
    }

    @Test
    void theBuilderCarriesFieldsToDerivedVersionsAndTheModuleChecksExamples() {
        ProcedureDefinition v1 = ProcedureBuilder.procedure("T.1", "v1").name("Thử", "Test")
                .effective(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))
                .step("TN", "Tiếp nhận", "Reception", OfficeLevel.COMMUNE, 1, "MOTCUA")
                .field(AREA).field(PARCEL.example("12/345")).build();
        ProcedureDefinition v2 = ProcedureBuilder.from(v1).version("v2").effective(LocalDate.of(2026, 1, 1), null)
                .field(AREA.rule(null)).removeField("parcel").field(LEVEL).build();
        assertEquals(List.of("area", "parcel"), v1.fields().stream().map(FormField::key).toList());
        assertEquals(List.of("area", "level"), v2.fields().stream().map(FormField::key).toList());
        assertEquals(null, v2.field("area").orElseThrow().rule());
        assertThrows(IllegalArgumentException.class, () -> FormField.choice("c", "C", "C"));
        assertThrows(IllegalArgumentException.class, () -> FormField.text("bad key", "C", "C"));
        AbstractProcedureModule.check(List.of(v1, v2));
        ProcedureDefinition badExample = ProcedureBuilder.from(v1).version("v3").effective(LocalDate.of(2027, 1, 1), null)
                .field(PARCEL.example("12")).build();
        assertThrows(IllegalStateException.class, () -> AbstractProcedureModule.check(List.of(badExample)));
    }
}
