// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.Channel;
import org.motcua.core.i18n.Messages;
import org.motcua.core.internal.model.ActionRecordEntity;
import org.motcua.core.internal.model.AdminAuditEntity;
import org.motcua.core.internal.model.CalendarDayEntity;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierDocumentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierFieldEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.internal.workflow.InputLimits;
import org.motcua.core.internal.workflow.InputLimits.Input;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.procedure.FormField;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DocumentItem;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;

/**
 * Every free-text input of every core operation, fed its column's length + 1, exactly its length, a
 * control character, a line break, and right-to-left marks with emoji: each gives a keyed message (and
 * writes nothing) or is stored intact, never another exception.
 */
class InputLimitsTest extends WorldTest {

    private static final String RTL_AND_EMOJI = "Nguyễn \u200F\u202Bمرحبا\u202C 😀👍🏽 Ồ\u200D";

    /** Inputs a validator or a look-up refuses even when their length and characters are fine. */
    private static final Set<Input> VALIDATED = EnumSet.of(Input.APPLICANT_ID_NUMBER, Input.APPLICANT_PHONE,
            Input.APPLICANT_EMAIL, Input.PROCEDURE_CODE, Input.WORKING_PERIODS, Input.USER_NAME);

    private final AtomicInteger serial = new AtomicInteger();

    /** Where each input is stored, to read it back. */
    private static final Map<Input, Column> STORED = new EnumMap<>(Input.class);

    private record Column(Class<?> entity, String field) {
    }

    static {
        STORED.put(Input.APPLICANT_NAME, new Column(DossierEntity.class, "applicantName"));
        STORED.put(Input.APPLICANT_ID_NUMBER, new Column(DossierEntity.class, "applicantIdNumber"));
        STORED.put(Input.APPLICANT_PHONE, new Column(DossierEntity.class, "applicantPhone"));
        STORED.put(Input.APPLICANT_EMAIL, new Column(DossierEntity.class, "applicantEmail"));
        STORED.put(Input.APPLICANT_ADDRESS, new Column(DossierEntity.class, "applicantAddress"));
        STORED.put(Input.PROCEDURE_CODE, new Column(DossierEntity.class, "procedureCode"));
        STORED.put(Input.DOCUMENT_NAME, new Column(DossierDocumentEntity.class, "name"));
        STORED.put(Input.FIELD_VALUE, new Column(DossierFieldEntity.class, "value"));
        STORED.put(Input.REFUSE_REASON, new Column(DossierEntity.class, "closingReason"));
        STORED.put(Input.CLOSING_REASON, new Column(DossierEntity.class, "closingReason"));
        STORED.put(Input.SUPPLEMENT_ITEMS, new Column(SupplementRequestEntity.class, "items"));
        STORED.put(Input.SUPPLEMENT_REASON, new Column(SupplementRequestEntity.class, "reason"));
        STORED.put(Input.FORWARD_NOTE, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.RECALL_REASON, new Column(ControlSlipRowEntity.class, "recallArgs"));
        STORED.put(Input.RETURN_REASON, new Column(ControlSlipRowEntity.class, "noteArgs"));
        STORED.put(Input.TRANSFER_RETURN_REASON, new Column(ControlSlipRowEntity.class, "noteArgs"));
        STORED.put(Input.FINANCIAL_NOTE, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.POSTING_PLACE, new Column(PostingRecordEntity.class, "place"));
        STORED.put(Input.POSTING_COMPLAINTS, new Column(PostingRecordEntity.class, "complaints"));
        STORED.put(Input.APOLOGY_REASON, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.FINISH_NOTE, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.RETURN_RESULT_NOTE, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.CORRECTION_REASON, new Column(ActionRecordEntity.class, "noteArgs"));
        STORED.put(Input.OFFICE_CODE, new Column(OfficeEntity.class, "code"));
        STORED.put(Input.OFFICE_NAME, new Column(OfficeEntity.class, "name"));
        STORED.put(Input.WORKING_PERIODS, new Column(OfficeEntity.class, "workingPeriods"));
        STORED.put(Input.DEPARTMENT_CODE, new Column(DepartmentEntity.class, "code"));
        STORED.put(Input.DEPARTMENT_NAME, new Column(DepartmentEntity.class, "name"));
        STORED.put(Input.USER_NAME, new Column(UserEntity.class, "username"));
        STORED.put(Input.USER_FULL_NAME, new Column(UserEntity.class, "fullName"));
        STORED.put(Input.CALENDAR_NOTE, new Column(CalendarDayEntity.class, "note"));
        STORED.put(Input.CALENDAR_NOTICE, new Column(CalendarDayEntity.class, "notice"));
        STORED.put(Input.CUT_OFF_BASIS, new Column(org.motcua.core.internal.model.OfficeSettingEntity.class, "cutOffBasis"));
    }

    /** One sample text and what it must give. */
    private enum Sample {
        TOO_LONG, AT_LIMIT, CONTROL, LINE_BREAK, RTL_AND_EMOJI;

        String text(Input input) {
            return switch (this) {
                case TOO_LONG -> "ắ".repeat(input.limit() + 1);
                case AT_LIMIT -> "ắ".repeat(input.limit());
                case CONTROL -> "Nguyễn\u0007Văn\u0000";
                case LINE_BREAK -> "dòng một\ndòng hai\tcột";
                case RTL_AND_EMOJI -> InputLimitsTest.RTL_AND_EMOJI;
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void everyInputGivesAKeyedMessageOrIsStoredIntact(Input input) {
        assertTrue(STORED.containsKey(input), "the test knows where " + input + " is stored");
        for (Sample sample : Sample.values()) {
            String text = sample.text(input);
            Consumer<String> operation = setUp(input);
            long before = writtenRows();
            MotCuaException refusal = null;
            try {
                operation.accept(text);
            } catch (MotCuaException e) {
                refusal = e;
            } catch (RuntimeException e) {
                fail(input + " " + sample + ": not a keyed message but " + e, e);
            }
            String what = input + " " + sample;
            if (refusal != null) {
                assertKeyed(what, refusal);
                assertEquals(before, writtenRows(), what + ": a refused operation writes nothing");
            }
            switch (sample) {
                case TOO_LONG -> {
                    assertTrue(refusal != null, what + " must be refused");
                    if (input != Input.APPLICANT_PHONE) { // the phone validator refuses any over-long number first
                        assertEquals("input.tooLong", refusal.key(), what);
                        assertEquals(input.limit(), refusal.args()[2], what);
                        String label = Messages.get(Messages.VIETNAMESE, input.labelKey());
                        assertTrue(refusal.message(Messages.VIETNAMESE).startsWith(label), refusal.message(null));
                        assertTrue(refusal.message(Locale.ENGLISH).contains(Messages.get(Locale.ENGLISH, input.labelKey())),
                                refusal.message(Locale.ENGLISH));
                    }
                }
                case CONTROL -> {
                    assertTrue(refusal != null, what + " must be refused");
                    assertEquals("input.controlCharacter", refusal.key(), what);
                    assertEquals("U+0007", refusal.args()[1], what);
                }
                case LINE_BREAK -> {
                    if (input.multiLine()) {
                        assertStored(what, refusal, input, text);
                    } else {
                        assertTrue(refusal != null, what + " must be refused");
                        assertEquals("input.lineBreak", refusal.key(), what);
                    }
                }
                case AT_LIMIT, RTL_AND_EMOJI -> {
                    if (!VALIDATED.contains(input)) {
                        assertStored(what, refusal, input, text);
                    }
                }
            }
        }
    }

    @Test
    void theColumnsOfComposedTextsHoldTheLongestComposition() {
        assertEquals(List.of(), InputLimits.compositionProblems());
    }

    @Test
    void longNamesOfAnOfficeAndDepartmentStillLetDossiersMove() {
        // department 200 + office 200 characters: the audit and the slip hold "department – office"
        var office = w.core.organization().createOffice(w.admin, new OfficeData("H20.999", "Ủ".repeat(Input.OFFICE_NAME.limit()),
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, w.province.id(), null, null, BigDecimal.ONE));
        long tnmt = w.core.organization().createDepartment(w.admin, office.id(), "TNMT",
                "Ph".repeat(Input.DEPARTMENT_NAME.limit() / 2), DepartmentKind.INTERNAL).id();
        w.core.organization().createUser(w.admin, "desk.long", "Người ".repeat(32) + "Dài", office.id(),
                w.dept(office, "MOTCUA"), EnumSet.of(Role.DESK_OFFICER), "mat-khau-123".toCharArray());
        var desk = w.signIn("desk.long");
        DossierView d = w.core.workflow().receive(desk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN));
        d = w.act(desk, d, new ActionRequest.HandOver(tnmt));
        assertEquals(tnmt, d.holderDepartmentId());
        assertEquals(2, w.core.queries().controlSlip(w.reader(), d.id()).size());
    }

    // ---- the operations, each on a fresh dossier (or a fresh name) --------------------------------------

    private Consumer<String> setUp(Input input) {
        int n = serial.incrementAndGet();
        ReceiveRequest base = TestWorld.request(TestWorld.LAND, Channel.WALK_IN);
        ApplicantData a = base.applicant();
        Function<ApplicantData, ReceiveRequest> with = applicant -> new ReceiveRequest(TestWorld.LAND, Channel.WALK_IN,
                applicant, List.of());
        return switch (input) {
            case APPLICANT_NAME -> t -> w.core.workflow().receive(w.desk,
                    with.apply(new ApplicantData(t, a.idNumber(), a.phone(), a.email(), a.address(), false)));
            case APPLICANT_ID_NUMBER -> t -> w.core.workflow().receive(w.desk,
                    with.apply(new ApplicantData(a.name(), t, a.phone(), a.email(), a.address(), false)));
            case APPLICANT_PHONE -> t -> w.core.workflow().receive(w.desk,
                    with.apply(new ApplicantData(a.name(), a.idNumber(), t, a.email(), a.address(), false)));
            case APPLICANT_EMAIL -> t -> w.core.workflow().receive(w.desk,
                    with.apply(new ApplicantData(a.name(), a.idNumber(), a.phone(), t, a.address(), false)));
            case APPLICANT_ADDRESS -> t -> w.core.workflow().receive(w.desk,
                    with.apply(new ApplicantData(a.name(), a.idNumber(), a.phone(), a.email(), t, false)));
            case PROCEDURE_CODE -> t -> w.core.workflow().receive(w.desk, new ReceiveRequest(t, Channel.WALK_IN, a, List.of()));
            case DOCUMENT_NAME -> t -> w.core.workflow().receive(w.desk, new ReceiveRequest(TestWorld.LAND, Channel.WALK_IN, a,
                    List.of(new DocumentItem("Đơn đăng ký biến động", true, 1, true),
                            new DocumentItem("Giấy chứng nhận đã cấp", true, 1, true), new DocumentItem(t, false, 1, true))));
            case FIELD_VALUE -> {
                w.core.procedures().register(ProcedureBuilder.procedure("T.TEXT", "v" + n).name("Thủ tục có ghi chú", "With a note")
                        .effective(LocalDate.of(2020, 1, 1), null)
                        .step("TN", "Tiếp nhận", "Reception", OfficeLevel.DISTRICT, 0.5, "MOTCUA")
                        .step("XL", "Xử lý", "Processing", OfficeLevel.DISTRICT, 2, "TNMT")
                        .field(FormField.text("note", "Ghi chú", "Note")).build());
                yield t -> w.core.workflow().receive(w.desk, new ReceiveRequest("T.TEXT", Channel.WALK_IN, a, List.of(),
                        Map.of("note", t)));
            }
            case REFUSE_REASON -> t -> w.core.workflow().refuse(w.desk, base, t);
            case CLOSING_REASON -> act(w.receiveLand(), w.desk, ActionRequest.Withdraw::new);
            case SUPPLEMENT_ITEMS -> t -> w.core.workflow().receiveIncomplete(w.desk, base, List.of(t), "Thiếu giấy tờ");
            case SUPPLEMENT_REASON -> t -> w.core.workflow().receiveIncomplete(w.desk, base, List.of("Đơn"), t);
            case FORWARD_NOTE -> act(w.landAtDepartment(), w.landSpecialist,
                    t -> new ActionRequest.Forward(w.dept(w.district, "TNMT"), t));
            case RECALL_REASON -> act(w.act(w.desk, w.receiveLand(), new ActionRequest.HandOver(w.dept(w.district, "TNMT"))),
                    w.desk, ActionRequest.Recall::new);
            case RETURN_REASON -> {
                DossierView d = w.act(w.landSpecialist, w.landAtDepartment(),
                        new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
                d = w.act(w.landHead, d, new ActionRequest.Take());
                yield act(d, w.landHead, ActionRequest.ReturnToPreviousStep::new);
            }
            case TRANSFER_RETURN_REASON -> {
                DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
                d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
                d = w.act(w.communeSocial, d, new ActionRequest.Take());
                // two working days of posting, Monday and Tuesday after today; the clock then moves past them
                LocalDate monday = w.clock.now().toLocalDate().with(java.time.temporal.TemporalAdjusters.next(
                        java.time.DayOfWeek.MONDAY));
                d = w.act(w.communeSocial, d, new ActionRequest.RecordPosting(monday, monday.plusDays(1),
                        "Nhà văn hóa ấp 3", "Không có"));
                w.clock.set(monday.plusDays(2).atTime(8, 0));
                d = w.act(w.communeSocial, d, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
                yield act(d, w.desk, ActionRequest.ReturnTransfer::new);
            }
            case FINANCIAL_NOTE -> act(w.landAtDepartment(), w.landSpecialist, ActionRequest.RequestFinancialObligation::new);
            case POSTING_PLACE, POSTING_COMPLAINTS -> {
                DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
                d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
                d = w.act(w.communeSocial, d, new ActionRequest.Take());
                boolean place = input == Input.POSTING_PLACE;
                yield act(d, w.communeSocial, t -> new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 3),
                        LocalDate.of(2025, 6, 4), place ? t : "Nhà văn hóa ấp 3", place ? "Không có" : t));
            }
            case APOLOGY_REASON -> {
                DossierView d = w.landAtDepartment();
                yield act(d, w.landHead, t -> new ActionRequest.Apologize(d.dueAt().plusDays(7), t));
            }
            case FINISH_NOTE -> act(lastStep(), w.landSpecialist, ActionRequest.Finish::new);
            case RETURN_RESULT_NOTE -> act(w.act(w.landSpecialist, lastStep(), new ActionRequest.Finish(null)), w.desk,
                    ActionRequest.ReturnResult::new);
            case CORRECTION_REASON -> act(w.receiveLand(), w.desk, t -> new ActionRequest.CorrectProcedure(TestWorld.LAND, t));
            case OFFICE_CODE -> t -> w.core.organization().createOffice(w.admin, office(t, "Xã thử " + n, null));
            case OFFICE_NAME -> t -> w.core.organization().createOffice(w.admin, office("H20.872.9" + n, t, null));
            case WORKING_PERIODS -> t -> w.core.organization().createOffice(w.admin, office("H20.872.9" + n, "Xã " + n, t));
            case DEPARTMENT_CODE -> t -> w.core.organization().createDepartment(w.admin, w.district.id(), t, "Phòng thử",
                    DepartmentKind.INTERNAL);
            case DEPARTMENT_NAME -> t -> w.core.organization().createDepartment(w.admin, w.district.id(), "P" + n, t,
                    DepartmentKind.INTERNAL);
            case USER_NAME -> t -> w.core.organization().createUser(w.admin, t, "Người thử", w.district.id(), null,
                    EnumSet.of(Role.SPECIALIST), "mat-khau-123".toCharArray());
            case USER_FULL_NAME -> t -> w.core.organization().createUser(w.admin, "user." + n, t, w.district.id(), null,
                    EnumSet.of(Role.SPECIALIST), "mat-khau-123".toCharArray());
            case CALENDAR_NOTE -> t -> w.core.organization().setCalendarDay(w.admin, w.district.id(),
                    LocalDate.of(2026, 1, 1).plusDays(n), false, t, null);
            case CALENDAR_NOTICE -> t -> w.core.organization().setCalendarDay(w.admin, w.district.id(),
                    LocalDate.of(2026, 1, 1).plusDays(n), false, "Nghỉ bù", t);
            case CUT_OFF_BASIS -> t -> w.core.organization().setOfficeSettings(w.admin, w.district.id(),
                    new org.motcua.core.org.OfficeSettings(w.clock.now().toLocalDate().plusDays(1 + n), null,
                            java.time.LocalTime.of(15, 0), t, java.math.BigDecimal.ONE, null, null));
        };
    }

    private Consumer<String> act(DossierView d, org.motcua.core.security.Principal actor, Function<String, ActionRequest> request) {
        return t -> w.act(actor, d, request.apply(t));
    }

    private DossierView lastStep() {
        DossierView d = w.act(w.landSpecialist, w.landAtDepartment(), new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        return w.act(w.landHead, d, new ActionRequest.Take());
    }

    private OfficeData office(String code, String name, String periods) {
        return new OfficeData(code, name, OfficeLevel.COMMUNE, Regime.DECREE_61_2018, w.district.id(), periods, null,
                BigDecimal.ONE);
    }

    // ---- checks ------------------------------------------------------------------------------------------

    private static void assertKeyed(String what, MotCuaException e) {
        for (Locale locale : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
            String text = e.message(locale);
            assertFalse(text.contains("!"), what + ": a missing text: " + text);
            assertFalse(text.contains("Exception") || text.contains("INSERT") || text.contains("SQL"), what + ": " + text);
        }
        assertTrue(Messages.exists(Messages.VIETNAMESE, e.key()) && Messages.exists(Locale.ENGLISH, e.key()), e.key());
    }

    private void assertStored(String what, MotCuaException refusal, Input input, String text) {
        if (refusal != null) {
            fail(what + " must be stored, was refused: " + refusal.key() + " " + refusal.getMessage());
        }
        Column column = STORED.get(input);
        List<String> values = read(em -> em.createQuery("select e." + column.field() + " from "
                + column.entity().getSimpleName() + " e", String.class).getResultList());
        assertTrue(values.stream().anyMatch(v -> v != null && v.contains(text)), what + ": stored intact");
    }

    /** @return how many rows the operations write to (dossiers, audit, administration) */
    private long writtenRows() {
        return read(em -> {
            long rows = 0;
            for (Class<?> type : List.of(DossierEntity.class, ActionRecordEntity.class, ControlSlipRowEntity.class,
                    AdminAuditEntity.class, CalendarDayEntity.class, OfficeEntity.class, DepartmentEntity.class,
                    UserEntity.class, PostingRecordEntity.class, SupplementRequestEntity.class,
                    org.motcua.core.internal.model.OfficeSettingEntity.class)) {
                rows += em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class).getSingleResult();
            }
            // a recall writes no row: its note is the change
            rows += em.createQuery("select count(e) from ControlSlipRowEntity e where e.recallKey is not null", Long.class)
                    .getSingleResult();
            return rows;
        });
    }
}
