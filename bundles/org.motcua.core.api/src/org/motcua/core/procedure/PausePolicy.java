// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

/** What a supplement request does to the deadline clock; a per-procedure setting. */
public enum PausePolicy {
    /** The clock pauses while the supplement is awaited; the due date moves by the paused working time. */
    PAUSE,
    /** The clock restarts from zero when the completed dossier is received (NĐ 61/2018 reading). */
    RESTART
}
