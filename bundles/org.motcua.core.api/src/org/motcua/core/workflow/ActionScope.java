// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * Whose dossier an action is: checked after the role and the transition, before the action's own rules.
 * Each action declares one scope; the workflow engine decides it for the actor and the dossier.
 */
public enum ActionScope {
    /** The actor's own office: the dossier is created there (receive, refuse). */
    INTAKE,
    /** A user of the office that received the dossier. */
    RECEIVING_OFFICE,
    /** The department holding the dossier, with no inter-level transfer pending, after taking it. */
    HOLDER,
    /** The holder department, or the receiving office while the dossier is still at reception (status 2). */
    HOLDER_OR_RECEPTION,
    /** The holder department, or the office that received the dossier. */
    HOLDER_OR_RECEIVING_OFFICE,
    /** The holder department, or a leader of the office the dossier is in. */
    HOLDER_OR_LEADER,
    /** Only the user who last sent the dossier on, before the receiver acts. */
    LAST_SENDER,
    /** The office a pending inter-level transfer is addressed to. */
    TRANSFER_RECEIVER
}
