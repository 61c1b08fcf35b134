// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.time.LocalDateTime;

/**
 * The last record of one chain: what an exported, signed list of heads commits to. A chain whose history is
 * rewritten after an export no longer holds {@code lastHash} at position {@code lastSeq}.
 *
 * @param kind       the kind of records
 * @param officeId   the chain's office (0: the installation, for sign-in attempts of names that are no account)
 * @param officeCode the office's code ("-" for 0)
 * @param lastSeq    the position of the last record (0: no record yet)
 * @param lastId     the id of the last record
 * @param lastHash   its hash (SHA-256, lower-case hex)
 * @param lastAt     its time
 */
public record ChainHead(AuditKind kind, long officeId, String officeCode, long lastSeq, Long lastId, String lastHash,
        LocalDateTime lastAt) {
}
