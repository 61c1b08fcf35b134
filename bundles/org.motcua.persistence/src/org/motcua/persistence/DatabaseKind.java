// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

/** The databases MotCua runs on. */
public enum DatabaseKind {
    /** Embedded H2 file database: one workstation, works out of the box. */
    H2,
    /** PostgreSQL server: an office whose workstations share one database. */
    POSTGRESQL;

    /** @return the kind that a JDBC URL names */
    public static DatabaseKind ofUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL (jdbc:h2: or jdbc:postgresql:): " + url);
    }
}
