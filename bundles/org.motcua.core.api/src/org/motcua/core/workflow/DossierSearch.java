// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a search over every dossier a viewer may see looks for ({@link DossierQueries#search}). The text is read in
 * each of the chosen {@link Target}s and a dossier matches if any of them does:
 * <ul>
 * <li>{@link Target#CODE}: the whole code in any case, or its <em>tail</em>: the code ends with the text, in any
 * case, and the text has at least {@value #MIN_TAIL} characters (the width of a daily sequence): "0042" and
 * "h20.870-251203-0042" find "H20.870-251203-0042", "0042" also finds every other code ending so. Shorter text
 * finds whole codes only.</li>
 * <li>{@link Target#APPLICANT_NAME}: the applicant's name starts with the text, both folded: any case, without
 * Vietnamese marks, đ as d, runs of spaces as one ("nguyen van o" finds "Nguyễn Văn Ồ", "nguyen" every Nguyễn).</li>
 * <li>{@link Target#ID_NUMBER}: the applicant's CCCD or CMND starts with the text's digits (spaces and dots
 * ignored), at least {@value #MIN_TAIL} of them.</li>
 * </ul>
 *
 * @param text    what was typed; blank finds nothing
 * @param targets where to look (not empty)
 */
public record DossierSearch(String text, Set<Target> targets) {

    /** The fewest characters a code tail or an identity-number prefix has. */
    public static final int MIN_TAIL = 4;

    /** Where a search looks. */
    public enum Target {
        /** The dossier code, whole or its tail. */
        CODE,
        /** The applicant's name, folded, from its start. */
        APPLICANT_NAME,
        /** The applicant's CCCD/CMND, from its start. */
        ID_NUMBER
    }

    /** Normalises the fields. */
    public DossierSearch {
        text = text == null ? "" : text.strip();
        targets = targets == null || targets.isEmpty() ? EnumSet.allOf(Target.class) : Set.copyOf(targets);
    }

    /** @return a search of {@code text} in the code, the applicant's name and the identity number at once */
    public static DossierSearch anywhere(String text) {
        return new DossierSearch(text, EnumSet.allOf(Target.class));
    }

    /** @return a search of a code or a code's tail only (opening by code) */
    public static DossierSearch code(String text) {
        return new DossierSearch(text, EnumSet.of(Target.CODE));
    }
}
