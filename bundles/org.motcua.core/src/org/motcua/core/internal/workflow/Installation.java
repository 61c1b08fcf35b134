// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import org.motcua.core.MotCuaException;

/**
 * Facts about the database itself, in the {@code installation} table: whether it was created as a demo. The
 * flag is written only into an empty database, so no file on a workstation can turn a real database into a
 * demo with a settable clock.
 */
public final class Installation {

    private static final String KIND = "kind";
    private static final String DEMO = "DEMO";

    private Installation() {
    }

    /** @return whether the database was created as a demo */
    public static boolean isDemo(Tx tx) {
        return tx.read(em -> !em.createNativeQuery("select setting_value from installation where setting = ? and setting_value = ?")
                .setParameter(1, KIND).setParameter(2, DEMO).getResultList().isEmpty());
    }

    /** Records that the empty database is a demo; refused once it holds an office. */
    public static void markDemo(Tx tx) {
        tx.call(em -> {
            Number offices = (Number) em.createNativeQuery("select count(*) from office").getSingleResult();
            if (offices.longValue() > 0) {
                throw new MotCuaException("database.notEmptyForDemo");
            }
            if (em.createNativeQuery("select setting_value from installation where setting = ?").setParameter(1, KIND)
                    .getResultList().isEmpty()) {
                em.createNativeQuery("insert into installation (setting, setting_value) values (?, ?)").setParameter(1, KIND)
                        .setParameter(2, DEMO).executeUpdate();
            }
            return null;
        });
    }
}
