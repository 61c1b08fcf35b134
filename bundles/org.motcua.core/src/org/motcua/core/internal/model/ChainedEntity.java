// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record of a hash chain (changeset 0019; docs/security.md): written once, never updated. It carries its chain's
 * office, its position, the id and hash of the record before it and its own hash, which
 * {@code org.motcua.core.internal.workflow.AuditChain} computes over {@link #chainValues()}.
 */
@MappedSuperclass
public abstract class ChainedEntity extends BaseEntity {

    /** The office of the chain (0: the installation, for a name that is no account). */
    @Column(name = "chain_office_id")
    private Long chainOfficeId;

    /** The position in the chain, from 1. */
    @Column(name = "chain_seq")
    private Long chainSeq;

    /** The id of the record before it in the chain; {@code null} for the first. */
    @Column(name = "chain_prev_id")
    private Long chainPrevId;

    /** The hash of the record before it (64 zeros for the first), lower-case hex. */
    @Column(name = "chain_prev", length = 64)
    private String chainPrev;

    /** SHA-256 of the canonical form and {@link #chainPrev}, lower-case hex. */
    @Column(name = "chain_hash", length = 64)
    private String chainHash;

    /**
     * @return the values of the chained columns, in the order of {@code AuditChain.Kind#columns}: exactly what the
     *         database will hold (the same values read back with SQL give the same hash)
     */
    public abstract List<Object> chainValues();

    /** Links the record into its chain (before it is persisted; it is never changed afterwards). */
    public void chain(long officeId, long seq, Long prevId, String prev, String hash) {
        this.chainOfficeId = officeId;
        this.chainSeq = seq;
        this.chainPrevId = prevId;
        this.chainPrev = prev;
        this.chainHash = hash;
    }

    public Long getChainOfficeId() {
        return chainOfficeId;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public Long getChainPrevId() {
        return chainPrevId;
    }

    public String getChainPrev() {
        return chainPrev;
    }

    public String getChainHash() {
        return chainHash;
    }
}
