// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

import org.motcua.core.workflow.DossierSearch;
import org.motcua.core.workflow.DossierSearch.Target;

/**
 * One target of a {@link DossierSearch} as a JPQL condition over {@code d}: a prefix of an indexed column (the
 * reversed code, the folded name, the identity number) read as a range the index serves, beside the LIKE that
 * decides, or an equality.
 *
 * @param column the column's path, e.g. {@code d.codeKey}
 * @param value  the prefix, or the whole value when {@code prefix} is false
 * @param prefix whether {@code value} is a prefix
 */
record SearchMatch(String column, String value, boolean prefix) {

    /** @return the conditions of {@code search}, one per target it can be read in (none for blank text) */
    static List<SearchMatch> of(DossierSearch search) {
        List<SearchMatch> matches = new ArrayList<>();
        String text = SearchKeys.literal(search.text()).strip();
        if (text.isEmpty()) {
            return matches;
        }
        if (search.targets().contains(Target.CODE)) {
            String key = SearchKeys.codeKey(text);
            matches.add(new SearchMatch("d.codeKey", key, key.length() >= DossierSearch.MIN_TAIL));
        }
        String folded = SearchKeys.fold(text);
        if (search.targets().contains(Target.APPLICANT_NAME) && !folded.isEmpty()) {
            matches.add(new SearchMatch("d.applicantFolded", folded, true));
        }
        String digits = text.replaceAll("[\\s.]", "");
        if (search.targets().contains(Target.ID_NUMBER) && digits.matches("\\d{" + DossierSearch.MIN_TAIL + ",12}")) {
            matches.add(new SearchMatch("d.applicantIdNumber", digits, true));
        }
        return matches;
    }

    /** @return the condition, its parameters named {@code m...} */
    String condition() {
        if (!prefix) {
            return column + " = :mValue";
        }
        return "(" + column + " >= :mValue" + (SearchKeys.successor(value) == null ? "" : " and " + column + " < :mAbove")
                + " and " + column + " like :mLike)";
    }

    /** Binds the parameters of {@link #condition()}. */
    void bind(Query q) {
        q.setParameter("mValue", value);
        if (prefix) {
            String above = SearchKeys.successor(value);
            if (above != null) {
                q.setParameter("mAbove", above);
            }
            q.setParameter("mLike", value + "%");
        }
    }
}
