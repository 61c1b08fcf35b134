// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.dossier;

/**
 * How a dossier stands against its due time, computed from the clock when read: an open dossier against its
 * due, a finished one (status 9) whose result is not handed back yet against its return due.
 */
public enum DeadlineState {
    /** More than one working day left. */
    ON_TRACK,
    /** Due within one working day. */
    DUE_SOON,
    /** Past its due time. */
    OVERDUE,
    /** The clock is paused (supplement or financial obligation). */
    PAUSED,
    /** Returned or closed (or finished with no return clock, before changeset 0012): no deadline any more. */
    CLOSED
}
