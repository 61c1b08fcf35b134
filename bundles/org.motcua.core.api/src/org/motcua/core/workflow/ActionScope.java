// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * Whose dossier an action is: checked after the role and the transition, before the action's own rules.
 * Each action declares one scope; the workflow engine decides it for the actor and the dossier.
 * <p>
 * The <em>receiving desk</em> is the one-stop desk department that received the dossier (recorded at receipt);
 * the <em>desk stage</em> is the time the dossier spends there before it is handed over (status 2). Whatever
 * an action's roles, its desk-stage work needs a desk role ({@code Role.isDesk()}) in that department: a user
 * of another department of the same office, or of another office, is refused.
 */
public enum ActionScope {
    /**
     * A desk role in a one-stop desk department of the actor's own office: the dossier is created there, and that
     * department becomes its receiving desk (receive, refuse, receive incomplete).
     */
    INTAKE,
    /**
     * A desk role in the dossier's receiving desk department, wherever the dossier is now: correcting the
     * procedure and handing over at reception, a withdrawal, returning the result.
     */
    RECEIVING_DESK,
    /** The department holding the dossier, with no inter-level transfer pending, after taking it. */
    HOLDER,
    /**
     * While the dossier is still at the desk stage (status 2): a desk role in its receiving desk department;
     * afterwards the holder department; never with an inter-level transfer pending.
     */
    HOLDER_OR_RECEPTION,
    /** A desk role in the dossier's receiving desk department or in the department holding it. */
    HOLDER_OR_RECEIVING_DESK,
    /** The holder department, or a leader of the office the dossier is in. */
    HOLDER_OR_LEADER,
    /** Only the user who last sent the dossier on, before the receiver acts. */
    LAST_SENDER,
    /** A desk role in a one-stop desk department of the office a pending inter-level transfer is addressed to. */
    TRANSFER_RECEIVER,
    /**
     * An administrator of a top office (one with no parent): the hand-over of an abolished office's dossiers to its
     * successor (package version 1.5).
     */
    TOP_ADMINISTRATOR
}
