// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.time.LocalDate;

/**
 * Which audit records to list; {@code null} filters nothing.
 *
 * @param user       the acting account's name
 * @param officeCode the chain's office
 * @param kind       the kind of records
 * @param from       the first day
 * @param to         the last day (inclusive)
 * @param limit      at most this many records, the newest first (1 to 10,000)
 */
public record AuditQuery(String user, String officeCode, AuditKind kind, LocalDate from, LocalDate to, int limit) {

    /** @return every record, newest first, at most {@code limit} */
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
