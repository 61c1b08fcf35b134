// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.audit;

import java.util.List;

import org.motcua.core.security.Principal;

/**
 * The hash-chained audit (docs/security.md): dossier actions, administrative records and the openings of
 * dossiers, each kind a chain per office in which every record carries the hash of the one before it.
 */
public interface AuditService {

    /**
     * Checks every chain from its first record to its head; administrators and leaders. Recorded as
     * {@code audit.verify}.
     *
     * @param exported heads exported earlier (signed, kept off the machine): each must still be in its chain, or it is
     *                 a mismatch ({@link AuditMismatch.Problem#EXPORTED_HEAD_DIFFERS}); may be empty
     * @return the chains, records and the first mismatch of each broken chain
     */
    AuditReport verify(Principal actor, List<ChainHead> exported);

    /** @return the head of every chain, for an export; administrators only. Recorded as {@code audit.heads}. */
    List<ChainHead> heads(Principal actor);

    /** @return the records {@code query} asks for, newest first; administrators and leaders */
    List<AuditRecord> list(Principal actor, AuditQuery query);

    /**
     * Records a privileged operation the caller did outside the core's transactions, as an administrative record of
     * the signed-in {@code actor}.
     *
     * @param arguments codes, file names, counts (never a citizen's data)
     */
    void record(Principal actor, AuditEvent event, String... arguments);
}
