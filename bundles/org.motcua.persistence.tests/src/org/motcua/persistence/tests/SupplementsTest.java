// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.SupplementRule;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.PaperKind;
import org.motcua.core.workflow.SupplementItem;
import org.motcua.testsupport.TestProvinceWorld;

/**
 * Supplement requests (issue 16.5): papers chosen from the procedure version's list (others with their reason, never an
 * abolished paper), a kind each, the limit from the point the procedure says (Đồng Tháp land: 2 working days from the
 * department's receipt of the dossier, then 1 for the desk), the applicant's deadline, Mẫu 02 dated and numbered per
 * office and year.
 */
class SupplementsTest extends WorldTest {

    static final String APPLICATION = "Đơn đăng ký biến động";
    static final String CERTIFICATE = "Giấy chứng nhận đã cấp";

    private ActionRequest.RequestSupplement request(String reason, LocalDate citizenDue, SupplementItem... items) {
        return new ActionRequest.RequestSupplement(List.of(items), reason, citizenDue);
    }

    @Test
    void papersComeFromTheProceduresListWithTheirKindsAndOthersNeedTheirReason() {
        DossierView d = w.landAtDepartment();
        // the form offers the procedure version's list, with the kind the list requires, and the applicant's deadline
        ActionDescription form = w.core.workflow().describeActions(w.landSpecialist, d.id()).stream()
                .filter(a -> a.action() == ActionType.REQUEST_SUPPLEMENT).findFirst().orElseThrow();
        ActionInput papers = form.inputs().get(0);
        assertEquals(InputKind.PAPERS, papers.kind());
        assertEquals(List.of(APPLICATION + " (bản chính)", CERTIFICATE + " (bản chính)"),
                papers.choices().stream().map(c -> c.label(Messages.VIETNAMESE)).toList());
        assertEquals("citizenDue", form.inputs().get(2).key());

        // a paper not on the list needs its reason; the household book is abolished (1 January 2023)
        MotCuaException other = refused("supplement.otherReasonRequired", () -> w.act(w.landSpecialist, d,
                request("Thiếu giấy tờ", null, new SupplementItem("Văn bản ủy quyền", PaperKind.CERTIFIED_COPY, null))));
        assertTrue(other.message(Locale.ENGLISH).contains("Văn bản ủy quyền"), other.message(Locale.ENGLISH));
        MotCuaException abolished = refused("supplement.abolishedPaper", () -> w.act(w.landSpecialist, d,
                request("Xác minh cư trú", null, new SupplementItem("Bản sao sổ hộ khẩu", PaperKind.COPY, "xác minh cư trú"))));
        assertTrue(abolished.getLocalizedMessage().contains("01/01/2023"), abolished.getLocalizedMessage());
        refused("supplement.citizenDueTooEarly", () -> w.act(w.landSpecialist, d,
                request("Thiếu", LocalDate.of(2025, 6, 2), SupplementItem.listed(CERTIFICATE))));

        DossierView requested = w.act(w.landSpecialist, d, request("Giấy chứng nhận nộp là bản chụp", null,
                SupplementItem.listed(CERTIFICATE),
                new SupplementItem("Văn bản ủy quyền", PaperKind.CERTIFIED_COPY, "Người nộp không phải chủ sử dụng đất")));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, requested.status());
        List<Object[]> items = read(em -> em.createNativeQuery("SELECT i.name, i.kind, i.listed, i.other_reason"
                + " FROM supplement_item i JOIN supplement_request s ON s.id = i.request_id WHERE s.dossier_id = ?"
                + " ORDER BY i.position").setParameter(1, d.id()).getResultList());
        assertEquals(2, items.size());
        assertEquals(List.of(CERTIFICATE, "ORIGINAL", true), List.of(items.get(0)[0], items.get(0)[1], items.get(0)[2]),
                "the kind the list requires");
        assertNull(items.get(0)[3], "a paper of the list needs no reason of its own");
        assertEquals(List.of("Văn bản ủy quyền", "CERTIFIED_COPY", false, "Người nộp không phải chủ sử dụng đất"),
                List.of(items.get(1)));
    }

    @Test
    void mau02IsDatedAndNumberedPerOfficeAndYearWithTheApplicantsDeadline() {
        LocalDateTime monday = LocalDateTime.of(2025, 6, 2, 9, 0);
        w.clock.set(monday);
        DossierView first = w.act(w.desk, w.receiveLand(), ActionRequest.RequestSupplement.of(List.of(CERTIFICATE), "Bản chụp"));
        DossierView second = w.act(w.landSpecialist, w.landAtDepartment(),
                request("Chưa ký", LocalDate.of(2025, 6, 30), SupplementItem.listed(APPLICATION)));
        DossierView commune = w.core.workflow().receiveIncomplete(w.communeDesk,
                TestProvinceWorld.request(TestProvinceWorld.SOCIAL, Channel.WALK_IN), List.of("Tờ khai Mẫu 1a"), "Chưa ký tờ khai");
        w.clock.set(LocalDateTime.of(2026, 1, 5, 9, 0)); // a new year: the numbers start again
        DossierView nextYear = w.act(w.desk, w.receiveLand(), ActionRequest.RequestSupplement.of(List.of(CERTIFICATE), "Bản chụp"));

        assertEquals(List.of(1, 2025, monday, LocalDate.of(2025, 6, 16)), form02(first),
                "number 1 of the district in 2025, issued now, 10 working days for the applicant by default");
        assertEquals(List.of(2, 2025, monday, LocalDate.of(2025, 6, 30)), form02(second), "the date the officer set");
        assertEquals(1, form02(commune).get(0), "the commune numbers its own");
        assertEquals(List.of(1, 2026), form02(nextYear).subList(0, 2));
    }

    @Test
    void dongThapLandCountsTheLimitFromTheDepartmentsReceiptAndGivesTheDeskADay() {
        ProcedureDefinition l = TestProvinceWorld.landProcedure();
        w.core.procedures().register(new ProcedureDefinition("T.LAND.DT", "qd138", l.nameVi(), l.nameEn(), l.legalBasis(),
                l.effectiveFrom(), null, l.regime(), l.receivingLevel(), l.onlineLevel(), l.feeVnd(), l.totalDuration(),
                l.totalUnit(), l.documents(), l.steps(), l.supplementPolicy(), l.supplementLimit(), l.financialObligation(),
                l.forms(), l.fields(), null, SupplementRule.DONG_THAP_LAND));
        // received Monday 2 June 08:00, kept at the desk until Wednesday 08:00, then appraised by the land department
        DossierView dt = w.core.workflow().receive(w.desk, TestProvinceWorld.request("T.LAND.DT", Channel.WALK_IN));
        DossierView general = w.receiveLand();
        w.clock.set(LocalDateTime.of(2025, 6, 4, 8, 0));
        dt = w.act(w.landSpecialist, w.act(w.desk, dt, new ActionRequest.HandOver(w.dept(w.district, "TNMT"))),
                new ActionRequest.Take());
        DossierView generalTaken = w.act(w.landSpecialist, w.act(w.desk, general,
                new ActionRequest.HandOver(w.dept(w.district, "TNMT"))), new ActionRequest.Take());
        // Friday 6 June 07:30: 3.94 working days since the receipt, 1.94 since the department received it
        w.clock.set(LocalDateTime.of(2025, 6, 6, 7, 30));
        refused("supplement.tooLate", () -> w.act(w.landSpecialist, generalTaken,
                ActionRequest.RequestSupplement.of(List.of(CERTIFICATE), "Bản chụp")));
        DossierView requested = w.act(w.landSpecialist, dt, ActionRequest.RequestSupplement.of(List.of(CERTIFICATE), "Bản chụp"));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, requested.status());
        Object[] row = read(em -> (Object[]) em.createNativeQuery("SELECT notify_due_at, citizen_due_date FROM"
                + " supplement_request WHERE dossier_id = ?").setParameter(1, requested.id()).getSingleResult());
        assertEquals(LocalDateTime.of(2025, 6, 9, 7, 30), toLocal(row[0]), "the desk tells the applicant within 1 working day");
        assertEquals(LocalDate.of(2025, 6, 23), toDate(row[1]), "10 working days from then");
        // two and a half working days after the department received it: too late under the province's rule
        DossierView late = w.core.workflow().receive(w.desk, TestProvinceWorld.request("T.LAND.DT", Channel.WALK_IN));
        DossierView lateTaken = w.act(w.landSpecialist, w.act(w.desk, late,
                new ActionRequest.HandOver(w.dept(w.district, "TNMT"))), new ActionRequest.Take());
        w.clock.set(LocalDateTime.of(2025, 6, 10, 11, 30));
        MotCuaException tooLate = refused("supplement.tooLateStep", () -> w.act(w.landSpecialist, lateTaken,
                ActionRequest.RequestSupplement.of(List.of(CERTIFICATE), "Bản chụp")));
        assertTrue(tooLate.message(Locale.ENGLISH).contains("within 2 working days of receiving the dossier for appraisal"),
                tooLate.message(Locale.ENGLISH));
    }

    /** @return number, year, issue time and the applicant's deadline of the dossier's latest Mẫu 02 */
    private List<Object> form02(DossierView d) {
        Object[] row = read(em -> (Object[]) em.createNativeQuery("SELECT form_no, form_year, requested_at, citizen_due_date"
                + " FROM supplement_request WHERE dossier_id = ? ORDER BY round_no DESC FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, d.id()).getSingleResult());
        return List.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), toLocal(row[2]), toDate(row[3]));
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
