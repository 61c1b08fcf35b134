// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the MotCua database is. Never in code: from the workspace's configuration file or the
 * environment ({@code MOTCUA_DB_URL}, {@code MOTCUA_DB_USER}, {@code MOTCUA_DB_PASSWORD}).
 *
 * @param url      JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…})
 * @param user     database user
 * @param password database password (may be empty for H2)
 */
public record DatabaseConfig(String url, String user, String password) {

    /** Checks the URL. */
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        DatabaseKind.ofUrl(url);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** @return the kind of database */
    public DatabaseKind kind() {
        return DatabaseKind.ofUrl(url);
    }

    /** @return the embedded H2 file database {@code <folder>/motcua} (created on first start) */
    public static DatabaseConfig h2File(Path folder) {
        return new DatabaseConfig("jdbc:h2:file:" + folder.resolve("motcua").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "motcua", "");
    }

    /** @return an H2 database that lives as long as the JVM (tests) */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }
}
