// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/** The answer of the receiving office to an inter-level dossier. */
public enum TransferState {
    /** Sent, neither accepted nor returned yet: escalated once past the acceptance SLA. */
    PENDING,
    /** Accepted by the receiving office. */
    ACCEPTED,
    /** Returned to the sending office with a reason. */
    RETURNED,
    /** Pulled back by the sender before the receiving office answered, or closed with the dossier. */
    RECALLED
}
