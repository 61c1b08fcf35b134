// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.util.List;

/**
 * The result of checking every chain.
 *
 * @param chains     how many chains were checked
 * @param records    how many records they hold
 * @param mismatches the first mismatch of each chain that has one; empty when every chain is intact
 */
public record AuditReport(int chains, long records, List<AuditMismatch> mismatches) {

    public AuditReport {
        mismatches = List.copyOf(mismatches);
    }

    /** @return whether every chain is intact */
    public boolean intact() {
        return mismatches.isEmpty();
    }
}
