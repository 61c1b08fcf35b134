// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search forms of names and codes ({@link SearchKeys}): what a desk types finds what was received. */
class SearchKeysTest {

    @ParameterizedTest
    @CsvSource({
            "Nguyễn Văn Ồ, nguyen van o",
            "NGUYỄN VĂN Ồ, nguyen van o",
            "ĐẶNG THỊ HỒNG, dang thi hong",
            "đặng thị hồng, dang thi hong",
            "Huỳnh Đức Lợi, huynh duc loi",
            "Đỗ Hữu Nghĩa, do huu nghia",
            "Võ Thị Ánh Tuyết, vo thi anh tuyet",
            "Trần Thị Thủy, tran thi thuy",
            "Lữ Ưng Đạt, lu ung dat",
            "Âu Dương Mẫn, au duong man",
            "Ông Ích Khiêm, ong ich khiem",
            "Phạm Thị Ỷ Lan, pham thi y lan",
            "Lê Văn Bưu, le van buu",
            "Bùi Thị Xuân Ngọc, bui thi xuan ngoc",
            "Hồ Sỹ Tiến, ho sy tien",
            "Quách Thị Ỹ, quach thi y",
            "Tạ Quang Bửu, ta quang buu",
            "'  Nguyễn \t Văn   Ồ  ', nguyen van o",
            "Công ty TNHH Đồng Tháp Xanh, cong ty tnhh dong thap xanh" })
    void realNamesFoldToWhatADeskTypesWithoutAccents(String name, String folded) {
        assertEquals(folded, SearchKeys.fold(name));
    }

    @Test
    void everyVowelWithEveryToneMarkFoldsToItsBareLetterInBothCases() {
        String[][] vowels = {
                { "a", "aàáảãạăằắẳẵặâầấẩẫậ" }, { "e", "eèéẻẽẹêềếểễệ" }, { "i", "iìíỉĩị" },
                { "o", "oòóỏõọôồốổỗộơờớởỡợ" }, { "u", "uùúủũụưừứửữự" }, { "y", "yỳýỷỹỵ" }, { "d", "dđ" } };
        int letters = 0;
        for (String[] vowel : vowels) {
            for (char c : vowel[1].toCharArray()) {
                String lower = String.valueOf(c);
                String upper = lower.toUpperCase(Locale.ROOT);
                assertEquals(vowel[0], SearchKeys.fold(lower), lower);
                assertEquals(vowel[0], SearchKeys.fold(upper), upper);
                letters++;
            }
        }
        assertEquals(12 * 6 + 2, letters, "the 6 tones on a, ă, â, e, ê, i, o, ô, ơ, u, ư, y, and d, đ");
    }

    @Test
    void aNameTypedDecomposedFoldsAsOneTypedComposed() {
        // some input methods send the letter and its marks as separate code points
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Nguyễn Thị Ánh".length());
        assertEquals("nguyen thi anh", SearchKeys.fold(decomposed));
        assertNull(SearchKeys.fold(null));
    }

    @Test
    void aCodeKeyIsTheCodeUpperCaseAndReversedSoItsTailIsAPrefix() {
        String key = SearchKeys.codeKey("H20.870-251203-0042");
        assertEquals("2400-302152-078.02H", key);
        assertEquals(key, SearchKeys.codeKey(" h20.870-251203-0042 "));
        assertTrue(key.startsWith(SearchKeys.codeKey("0042")));
        assertTrue(key.startsWith(SearchKeys.codeKey("251203-0042")));
        assertTrue(SearchKeys.codeKey("000.00.00.H20-260126-000042").startsWith(SearchKeys.codeKey("0042")),
                "a centralised code (AA + 4 digits) ends with its 4 digits too");
    }

    @Test
    void theSuccessorOfAPrefixBoundsEveryStringStartingWithIt() {
        assertEquals("nguyeo", SearchKeys.successor("nguyen"));
        assertEquals("nguyen w", SearchKeys.successor("nguyen v"));
        assertEquals("2401", SearchKeys.successor("2400"));
        assertEquals("b", SearchKeys.successor("a9"), "9 carries");
        assertEquals("1", SearchKeys.successor("0-"), "punctuation is dropped, not raised");
        assertNull(SearchKeys.successor("9z"));
        for (String s : new String[] { "nguyen", "nguyen van o", "nguyenzzz", "nguyen9" }) {
            assertTrue(s.compareTo("nguyen") >= 0 && s.compareTo(SearchKeys.successor("nguyen")) < 0, s);
        }
        assertEquals("nguyen van o", SearchKeys.literal("nguyen_ van% o\\"));
    }
}
