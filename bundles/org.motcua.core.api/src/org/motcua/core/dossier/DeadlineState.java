// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/** How an open dossier stands against its due time, computed from the clock when read. */
public enum DeadlineState {
    /** More than one working day left. */
    ON_TRACK,
    /** Due within one working day. */
    DUE_SOON,
    /** Past its due time. */
    OVERDUE,
    /** The clock is paused (supplement or financial obligation). */
    PAUSED,
    /** Finished, returned or closed: no deadline any more. */
    CLOSED
}
