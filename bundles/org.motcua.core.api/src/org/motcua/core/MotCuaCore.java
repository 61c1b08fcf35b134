// SPDX-License-Identifier: EPL-2.0
package org.motcua.core;

import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.org.OrganizationService;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.SessionService;
import org.motcua.core.workflow.DossierQueries;
import org.motcua.core.workflow.ImportService;
import org.motcua.core.workflow.StepGuard;
import org.motcua.core.workflow.WorkflowService;

/**
 * The core's services over one database: the workflow (the only writer of dossiers), the dossier
 * queries, the organisation and the module configuration. Every operation takes and returns plain
 * data, so that the same contract can be served in-process or over a network; the engine that
 * implements it (entities, transactions) lives in the bundle {@code org.motcua.core}.
 */
public interface MotCuaCore {

    /** @return sign-in and sessions: the only source of the principals every other service asks for */
    SessionService sessions();

    /** @return the workflow service, the only way to change a dossier */
    WorkflowService workflow();

    /** @return read-only dossier queries */
    DossierQueries queries();

    /** @return offices, departments, users and calendars */
    OrganizationService organization();

    /** @return which procedure modules are enabled per office */
    ModuleConfigService modules();

    /** @return the procedure registry */
    ProcedureRegistry procedures();

    /** @return the import of an old system's action log */
    ImportService imports();

    /**
     * @return the hash-chained audit: verification, chain heads, the records (docs/security.md); an implementation
     *         without one refuses ({@code audit.unavailable})
     * @since 1.1
     */
    default org.motcua.core.audit.AuditService audit() {
        throw new MotCuaException("audit.unavailable");
    }

    /** @return the clock every service uses */
    TimeSource time();

    /** Makes a step guard type known to the workflow. */
    void addGuard(StepGuard guard);
}
