// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.util.List;
import java.util.Set;

import org.motcua.core.dossier.ActionType;
import org.motcua.core.security.Principal;

/**
 * The only way to change a dossier. Every method checks the actor's role and department, the
 * transition table and the procedure's guards, writes the audit record (and any control-slip row) in
 * the same transaction, and otherwise throws a {@link org.motcua.core.MotCuaException} whose message
 * says what is wrong, in Vietnamese and English.
 */
public interface WorkflowService {

    /** Receives a complete dossier: code, appointment (due), receipt data. */
    DossierView receive(Principal actor, ReceiveRequest request);

    /** Records an incomplete dossier with its supplement request (Mẫu 02); the clock has not started. */
    DossierView receiveIncomplete(Principal actor, ReceiveRequest request, List<String> missingItems, String reason);

    /** Refuses a dossier at reception (Mẫu 03); the reason is required. */
    DossierView refuse(Principal actor, ReceiveRequest request, String reason);

    /**
     * Performs {@code request} on the dossier.
     *
     * @param expectedVersion the {@link DossierView#version()} the actor saw; a different current
     *                        version means someone else changed the dossier meanwhile: conflict
     */
    DossierView perform(Principal actor, long dossierId, long expectedVersion, ActionRequest request);

    /** @return the actions the actor may take on the dossier now (what the UI offers) */
    Set<ActionType> allowedActions(Principal actor, long dossierId);

    /** @return what every action declares: source statuses, target status, roles and scope */
    ActionRules rules();

    /**
     * @return the actions the actor may take on the dossier now ({@link #allowedActions}) with the form each
     *         needs and the choices the core allows for this dossier and actor (the departments the next step
     *         allows, the procedures the desk may correct to); an action whose required choice has no option
     *         is left out
     */
    List<ActionDescription> describeActions(Principal actor, long dossierId);

    /**
     * @return the procedures the actor's desk may receive now: in force today, of the office's level, and
     *         supplied by a module enabled for the office (or by none); {@link #receive} refuses the others.
     *         Which papers are optional is {@link org.motcua.core.procedure.DocumentRequirement#optional()}.
     */
    List<org.motcua.core.procedure.ProcedureDefinition> receivableProcedures(Principal actor);
}
