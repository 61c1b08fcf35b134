// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.i18n.Messages;
import org.motcua.core.workflow.ActionRecordView;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.ControlSlipRowView;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.Note;

/**
 * Audit and control-slip notes are stored as message keys and arguments, never with the applicant's personal
 * data, and read in the reader's language; rows written before keep their text.
 */
class NotesTest extends WorldTest {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    /** From reception to the result returned, through a supplement request (the applicant is a party four times). */
    private DossierView returned() {
        DossierView d = w.landAtDepartment();
        d = w.act(w.landSpecialist, d, ActionRequest.RequestSupplement.of(List.of("Giấy chứng nhận đã cấp", "Sơ đồ thửa đất"),
                "Thiếu giấy tờ"));
        d = w.act(w.desk, d, new ActionRequest.SupplementReceived());
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), "trình ký"));
        d = w.act(w.landHead, d, new ActionRequest.Take());
        d = w.act(w.landHead, d, new ActionRequest.Finish("Đã ký"));
        return w.act(w.desk, d, new ActionRequest.ReturnResult("Trả trực tiếp"));
    }

    @Test
    void newAuditAndSlipRowsHoldNoApplicantDataYetReadInViAndEn() {
        DossierView d = returned();
        ApplicantData applicant = TestWorld.applicant(w.applicant);

        // the rows themselves, as the database holds them
        List<String> personal = List.of(applicant.name(), applicant.idNumber(), "0912", applicant.email(),
                applicant.address());
        for (String table : List.of("dossier_action", "control_slip_row")) {
            List<Object[]> rows = read(em -> rows(em, "select * from " + table + " where dossier_id = " + d.id()));
            assertFalse(rows.isEmpty(), table);
            for (Object[] row : rows) {
                // the chain's hashes are hex digits, not data: "0912" may occur in one by chance
                String text = Arrays.toString(row).replaceAll("\\b[0-9a-f]{64}\\b", "<hash>");
                personal.forEach(p -> assertFalse(text.contains(p), table + " holds " + p + ": " + text));
            }
        }
        List<Object[]> audit = read(em -> rows(em, "select * from admin_audit"));
        assertFalse(audit.isEmpty(), "the world's set-up is audited");
        assertEquals(List.of(), read(em -> rows(em, "select id from dossier_action where note is not null")),
                "new audit rows leave the old text column empty");
        assertEquals(List.of(), read(em -> rows(em,
                "select id from control_slip_row where note is not null or recall_note is not null")));
        assertEquals(List.of(), read(em -> rows(em, "select id from admin_audit where details is not null or note_key is null")));
        List<Object[]> parties = read(em -> rows(em, "select from_agency, to_agency, note_key, note_args from control_slip_row"
                + " where dossier_id = " + d.id() + " order by seq"));
        assertEquals(Note.APPLICANT_PARTY, parties.get(0)[0], "reception: from the applicant, as a marker");
        assertEquals("slip.note.channel.WALK_IN", parties.get(0)[2]);
        assertEquals("Giấy chứng nhận đã cấp; Sơ đồ thửa đất", parties.get(2)[3], "the papers asked for: one argument");
        assertEquals(Note.APPLICANT_PARTY, parties.getLast()[1], "the result returned: to the applicant, as a marker");

        // read in the reader's language, the applicant named from the dossier
        List<ControlSlipRowView> slip = w.core.queries().controlSlip(w.reader(), d.id());
        assertEquals("Người nộp hồ sơ: " + applicant.name(), slip.getFirst().fromAgency().render(VI));
        assertEquals("Applicant: " + applicant.name(), slip.getFirst().fromAgency().render(EN));
        assertEquals("Nộp trực tiếp", slip.getFirst().notes(VI));
        assertEquals("Submitted in person", slip.getFirst().notes(EN));
        assertTrue(slip.getFirst().toAgency().render(EN).startsWith("Bộ phận một cửa – "), "agencies as stored");
        assertEquals("Mẫu 02: Giấy chứng nhận đã cấp; Sơ đồ thửa đất", slip.get(2).notes(VI));
        assertEquals("Form 02: Giấy chứng nhận đã cấp; Sơ đồ thửa đất", slip.get(2).notes(EN));
        assertEquals("Bổ sung lần 1", slip.get(3).notes(VI));
        assertEquals("Supplement round 1", slip.get(3).notes(EN));
        assertEquals("Applicant: " + applicant.name(), slip.get(3).fromAgency().render(EN));
        assertEquals("Trả kết quả", slip.getLast().notes(VI));
        assertEquals("Result returned", slip.getLast().notes(EN));
        assertEquals("Người nộp hồ sơ: " + applicant.name(), slip.getLast().toAgency().render(VI));

        List<ActionRecordView> history = w.core.queries().history(w.reader(), d.id());
        ActionRecordView supplement = history.stream().filter(a -> a.action() == ActionType.REQUEST_SUPPLEMENT)
                .findFirst().orElseThrow();
        assertEquals(new Note("note.text", List.of("Thiếu giấy tờ"), null), supplement.note(), "key and arguments");
        assertEquals("Thiếu giấy tờ", supplement.note().render(EN));
        assertEquals("Trả trực tiếp", history.getLast().note().render(VI));
        assertTrue(history.getFirst().note().isEmpty(), "the reception's audit has no note");
        for (ActionRecordView a : history) {
            for (Locale locale : List.of(VI, EN)) {
                assertFalse(a.note().render(locale).contains("!"), "every key has a text: " + a);
            }
        }
        for (Object[] row : read(em -> rows(em, "select note_key, note_args from admin_audit"))) {
            Note note = Note.stored((String) row[0], (String) row[1], null);
            for (Locale locale : List.of(VI, EN)) {
                String text = note.render(locale);
                assertFalse(text.isBlank() || text.startsWith("!"), note + " in " + locale + ": " + text);
            }
        }
    }

    @Test
    void rowsWrittenBeforeKeyedNotesShowTheirTextAsItIs() {
        DossierView d = w.receiveLand();
        String oldAudit = "Mẫu 04: chờ ý kiến (2025-06-27T10:00 → 2025-07-01T10:00)";
        String oldParty = "Người nộp hồ sơ: Nguyễn Văn Cũ";
        String oldNote = "Bổ sung lần / supplement round 1";
        String oldRecall = "Thu hồi / recalled: nhầm phòng";
        write(em -> {
            em.createNativeQuery("insert into dossier_action (id, version, dossier_id, action, at_time, actor, actor_roles,"
                    + " to_status, from_step, to_step, imported, note) values (999001, 1, ?, 'APOLOGIZE',"
                    + " (select max(at_time) from dossier_action where dossier_id = ?), 'motcua.cu', 'DESK_OFFICER',"
                    + " 'RECEIVED', 0, 0, false, ?)").setParameter(1, d.id()).setParameter(2, d.id()).setParameter(3, oldAudit)
                    .executeUpdate();
            em.createNativeQuery("insert into control_slip_row (id, version, dossier_id, seq, step_index, from_agency,"
                    + " to_agency, handed_over_at, handed_over_by, note, recall_note) values (999002, 1, ?, 2, 0, ?,"
                    + " 'Bộ phận một cửa – UBND huyện Tháp Mười', (select max(at_time) from dossier_action"
                    + " where dossier_id = ?), 'Cán bộ cũ', ?, ?)").setParameter(1, d.id()).setParameter(2, oldParty)
                    .setParameter(3, d.id()).setParameter(4, oldNote).setParameter(5, oldRecall).executeUpdate();
        });
        ActionRecordView audit = w.core.queries().history(w.reader(), d.id()).getLast();
        assertNull(audit.note().key());
        assertEquals(oldAudit, audit.note().render(VI));
        assertEquals(oldAudit, audit.note().render(EN), "shown as it is, in any language");
        ControlSlipRowView row = w.core.queries().controlSlip(w.reader(), d.id()).get(1);
        assertEquals(oldParty, row.fromAgency().render(EN));
        assertEquals(oldNote + "; " + oldRecall, row.notes(VI));
        assertEquals(oldNote + "; " + oldRecall, row.notes(EN));
        // the new row beside it reads in the reader's language
        assertNotNull(w.core.queries().controlSlip(w.reader(), d.id()).getFirst().note().key());
        assertEquals("Submitted in person", w.core.queries().controlSlip(w.reader(), d.id()).getFirst().notes(EN));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            rows.add(row instanceof Object[] values ? values : new Object[] { row });
        }
        return rows;
    }
}
