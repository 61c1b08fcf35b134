// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/** Why the deadline clock of a dossier stopped for a while. */
public enum PauseReason {
    /** Waiting for the applicant's supplement (Mẫu 02). */
    SUPPLEMENT,
    /** Waiting for the tax authority and the payment of financial obligations (NVTC). */
    FINANCIAL_OBLIGATION
}
