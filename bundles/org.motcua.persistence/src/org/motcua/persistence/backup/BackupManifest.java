// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.motcua.core.MotCuaException;

/**
 * What a backup holds, written first in it: the format, the schema changeset the rows fit, when it
 * was made, and the tables in load order with their row counts (a restore checks every count).
 *
 * @param format    the backup format ({@value BackupCipher#FORMAT})
 * @param changeset the highest {@code motcua-NNNN} changeset of the database it was made from
 * @param createdAt when it was made (the workstation's clock)
 * @param rows      the row count of each table, in the order the tables are written
 */
public record BackupManifest(int format, int changeset, LocalDateTime createdAt, Map<String, Long> rows) {

    /** Copies the counts, keeping their order. */
    public BackupManifest {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** @return the manifest as the backup stores it (a properties file) */
    byte[] toBytes() {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("changeset", String.valueOf(changeset));
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("tables", String.join(",", rows.keySet()));
        rows.forEach((table, count) -> p.setProperty("rows." + table, String.valueOf(count)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "MotCua backup manifest");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** @return the manifest read from a backup, or a refusal when it is incomplete */
    static BackupManifest parse(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            List<String> tables = new ArrayList<>(Arrays.asList(p.getProperty("tables", "").split(",")));
            tables.removeIf(String::isBlank);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                rows.put(table, Long.parseLong(p.getProperty("rows." + table)));
            }
            return new BackupManifest(Integer.parseInt(p.getProperty("format")),
                    Integer.parseInt(p.getProperty("changeset")), LocalDateTime.parse(p.getProperty("createdAt")), rows);
        } catch (IOException | RuntimeException e) {
            throw new MotCuaException(e, "backup.damaged");
        }
    }
}
