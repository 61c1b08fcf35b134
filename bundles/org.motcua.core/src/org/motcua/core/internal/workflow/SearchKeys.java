// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search forms of what a desk types (docs/core.md, "Search"): an applicant's name folded (lower case, Vietnamese
 * tone and vowel marks removed, đ as d, runs of spaces as one), a dossier code upper case and reversed (so that the
 * code's tail is a prefix an index can read), and the bounds of a prefix as an index range. Pure.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What a LIKE pattern must not receive from the user: its own wildcards and escape character. */
    private static final Pattern WILDCARDS = Pattern.compile("[%_\\\\]");

    private SearchKeys() {
    }

    /** @return {@code text} folded: "  Nguyễn   Văn Ồ " → "nguyen van o", "ĐẶNG" → "dang"; {@code null} stays null */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** @return the code upper case and reversed: "H20.870-251203-0042" → "2400-302152-078.02H"; {@code null} stays null */
    public static String codeKey(String code) {
        return code == null ? null : new StringBuilder(code.trim().toUpperCase(Locale.ROOT)).reverse().toString();
    }

    /** @return {@code text} without LIKE wildcards and escapes: a user's "%" or "_" is no wildcard */
    static String literal(String text) {
        return WILDCARDS.matcher(text).replaceAll("");
    }

    /**
     * @return the least string above every string that starts with {@code prefix} in both binary and language-aware
     *         (glibc, ICU) orders, for a range {@code >= prefix and < successor} an index can read beside the LIKE that
     *         decides; {@code null} when there is none (the prefix has no letter or digit to raise)
     */
    static String successor(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if (c >= '0' && c < '9' || c >= 'a' && c < 'z' || c >= 'A' && c < 'Z') {
                return prefix.substring(0, i) + (char) (c + 1);
            }
            // '9', 'z', 'Z' carry to the character before; punctuation and spaces are ignored by language-aware
            // orders, so raising one would not raise the string: they are dropped too
        }
        return null;
    }
}
