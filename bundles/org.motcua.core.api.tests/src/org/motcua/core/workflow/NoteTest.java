// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.motcua.core.i18n.Messages;

/** A note's stored form (key and U+001F-joined arguments, or an old row's text) and its rendering per language. */
class NoteTest {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void argumentsGoThroughTheirStoredFormIntact() {
        List<String> args = List.of("lý do; có dấu “ngoặc” {0} và 'nháy'", "", "2025-06-27T10:00", "\u200Fمرحبا 😀");
        String stored = Note.encode(args);
        assertEquals(3, stored.chars().filter(c -> c == Note.SEPARATOR).count());
        assertEquals(args, Note.decode(stored));
        assertEquals(new Note("note.apologize", args, null), Note.stored("note.apologize", stored, "ignored old text"));
        assertNull(Note.encode(List.of()), "no arguments: nothing stored");
        assertEquals(List.of(), Note.decode(null));
        assertThrows(IllegalArgumentException.class, () -> Note.encode(List.of("a\u001Fb")),
                "the separator cannot hide in an argument");
    }

    @Test
    void aKeyedNoteRendersInTheReadersLanguageWithDatesInItsFormat() {
        Note apology = Note.of("note.apologize", "Chờ ý kiến Sở", LocalDateTime.of(2025, 6, 27, 10, 0),
                LocalDateTime.of(2025, 7, 1, 16, 30));
        assertEquals("Mẫu 04: Chờ ý kiến Sở (10:00 27/06/2025 → 16:30 01/07/2025)", apology.render(VI));
        assertEquals("Form 04: Chờ ý kiến Sở (27/06/2025 10:00 → 01/07/2025 16:30)", apology.render(EN));
        Note posting = Note.of("note.posting", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 16), "Nhà văn hóa ấp 3");
        assertEquals("02/06/2025 → 16/06/2025, Nhà văn hóa ấp 3", posting.render(EN));
        assertEquals("Thu hồi: it's {0}", Note.of("slip.note.recalled", "it's {0}").render(VI),
                "apostrophes and braces in an argument are text, not pattern");
    }

    @Test
    void anOldRowsTextIsShownAsItIs() {
        Note old = Note.stored(null, null, "Thu hồi / recalled: nhầm phòng");
        assertEquals("Thu hồi / recalled: nhầm phòng", old.render(VI));
        assertEquals("Thu hồi / recalled: nhầm phòng", old.render(EN));
        assertTrue(Note.stored(null, null, null).isEmpty());
        assertEquals("", Note.NONE.render(EN));
        assertEquals("Kết quả; Thu hồi: x", Note.render(VI, Note.of("slip.note.result"), Note.NONE,
                Note.of("slip.note.recalled", "x")));
    }

    @Test
    void theApplicantPartyIsAMarkerNamedWhenRead() {
        assertEquals("Người nộp hồ sơ: Nguyễn Văn A", Note.party(Note.APPLICANT_PARTY, "Nguyễn Văn A").render(VI));
        assertEquals("Applicant: Nguyễn Văn A", Note.party(Note.APPLICANT_PARTY, "Nguyễn Văn A").render(EN));
        assertEquals("Tax office", Note.party(Note.TAX_OFFICE_PARTY, "Nguyễn Văn A").render(EN));
        assertEquals("Phòng Tư pháp – UBND huyện", Note.party("Phòng Tư pháp – UBND huyện", "x").render(EN));
        assertEquals("Người nộp hồ sơ: Tên Cũ", Note.party("Người nộp hồ sơ: Tên Cũ", "Tên Mới").render(EN),
                "a row written before keeps its text");
    }
}
