// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;

/**
 * Fills the search columns ({@code applicant_folded}, {@code code_key}) of dossiers written before changeset
 * motcua-0018 or restored from an older backup: SQL cannot fold Vietnamese alike on H2 and PostgreSQL, so the core
 * does it in Java with {@link SearchKeys} when it starts. One indexed query finds nothing to do on a database already
 * filled; a fill runs in transactions of {@value #BATCH} dossiers and is safe to repeat or to run from two processes
 * at once (each row gets the same values).
 */
public final class SearchColumns {

    private static final int BATCH = 500;

    private SearchColumns() {
    }

    /** @return how many dossiers got their search columns */
    public static int fill(Tx tx) {
        int filled = 0;
        while (true) {
            int done = tx.call(em -> {
                List<Object[]> rows = em.createQuery("select d.id, d.applicantName, d.code from DossierEntity d"
                        + " where d.applicantFolded is null or d.codeKey is null order by d.id", Object[].class)
                        .setMaxResults(BATCH).getResultList();
                for (Object[] row : rows) {
                    em.createQuery("update DossierEntity d set d.applicantFolded = :f, d.codeKey = :k where d.id = :id")
                            .setParameter("f", SearchKeys.fold((String) row[1]))
                            .setParameter("k", SearchKeys.codeKey((String) row[2])).setParameter("id", row[0])
                            .executeUpdate();
                }
                return rows.size();
            });
            filled += done;
            if (done < BATCH) {
                return filled;
            }
        }
    }
}
